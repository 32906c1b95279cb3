package main

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/vt"
	gossh "golang.org/x/crypto/ssh"

	"trio/session"
)

// someone is a person with an SSH key of their own: the key is their seat.
type someone struct {
	name   string
	signer gossh.Signer
}

func newSomeone(t *testing.T, name string) someone {
	t.Helper()
	_, key, _ := ed25519.GenerateKey(rand.Reader)
	signer, err := gossh.NewSignerFromKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return someone{name: name, signer: signer}
}

func (s someone) id() session.ParticipantID {
	return session.ParticipantID(gossh.FingerprintSHA256(s.signer.PublicKey()))
}

// screen is someone's terminal on a trio server: an SSH session with a
// PTY whose output is drawn by a terminal emulator.
type screen struct {
	conn  *gossh.Client
	stdin io.WriteCloser
	drawn chan struct{} // nudged when new bytes were drawn
	gone  chan struct{} // closed when the server stops sending

	mu  sync.Mutex
	vt  *vt.Emulator
	raw bytes.Buffer
}

// connect opens a terminal of 100×30 on the server at addr and runs
// command there (join CODE).
func connect(addr string, who someone, command string) (*screen, error) {
	conn, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User: who.name, Auth: []gossh.AuthMethod{gossh.PublicKeys(who.signer)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 10 * time.Second,
	})
	if err != nil {
		return nil, err
	}
	sess, err := conn.NewSession()
	if err != nil {
		conn.Close()
		return nil, err
	}
	s := &screen{conn: conn, drawn: make(chan struct{}, 1), gone: make(chan struct{}), vt: vt.NewEmulator(100, 30)}
	stdout, err := sess.StdoutPipe()
	if err == nil {
		s.stdin, err = sess.StdinPipe()
	}
	if err == nil {
		err = sess.RequestPty("xterm-256color", 30, 100, gossh.TerminalModes{})
	}
	if err == nil {
		err = sess.Start(command)
	}
	if err != nil {
		conn.Close()
		return nil, err
	}
	go func() {
		defer close(s.gone)
		buf := make([]byte, 32*1024)
		for {
			n, err := stdout.Read(buf)
			s.mu.Lock()
			s.raw.Write(buf[:n])
			s.vt.Write(buf[:n])
			s.mu.Unlock()
			select {
			case s.drawn <- struct{}{}:
			default:
			}
			if err != nil {
				return
			}
		}
	}()
	// The emulator answers the program's questions through its input;
	// once the server is gone, its answers are dropped so that drawing the
	// last bytes never waits on them.
	go func() {
		io.Copy(s.stdin, s.vt)
		io.Copy(io.Discard, s.vt)
	}()
	return s, nil
}

func (s *screen) close() { s.conn.Close() }

func (s *screen) text() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.vt.String()
}

func (s *screen) bytes() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return bytes.Clone(s.raw.Bytes())
}

// restored reports whether the terminal is back as it was: out of the
// alternate screen, with its cursor showing.
func (s *screen) restored() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return !s.vt.IsAltScreen() && !s.vt.CursorHidden()
}

// type sends keys: text as it is, "\r" for enter.
func (s *screen) typeKeys(keys string) error {
	_, err := s.stdin.Write([]byte(keys))
	return err
}

// shows waits until the screen shows text, and reports whether it did
// before the server went away or the time ran out.
func (s *screen) shows(text string, limit time.Duration) bool {
	deadline := time.After(limit)
	for {
		if strings.Contains(s.text(), text) {
			return true
		}
		select {
		case <-s.drawn:
		case <-s.gone:
			return strings.Contains(s.text(), text) // its last bytes may hold it
		case <-deadline:
			return false
		}
	}
}

// waitFor is shows for a test that cannot go on without the text.
func (s *screen) waitFor(t *testing.T, text string) {
	t.Helper()
	if !s.shows(text, 15*time.Second) {
		t.Fatalf("the screen never showed %q:\n%s", text, s.text())
	}
}
