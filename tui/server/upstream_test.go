package server

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"io"
	"net"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"charm.land/ssh"
	"charm.land/wish/v2"
	uv "github.com/charmbracelet/ultraviolet"
	gossh "golang.org/x/crypto/ssh"
)

// These tests run the upstream code a workaround here stands in for, and
// fail once upstream no longer has the defect, saying what can go.

// TestUpstreamInputReaderStillBlocksOnAnEndedProgram: ultraviolet's
// TerminalReader (v0.0.0-20261008173134, terminal_reader.go sendEvents),
// which Bubble Tea v2.1.1 reads a program's keys with, hands each event
// over with a bare channel send: a key that comes once nobody reads (the
// program ended) blocks it for good, even after its context ends.
func TestUpstreamInputReaderStillBlocksOnAnEndedProgram(t *testing.T) {
	t.Parallel()
	in, typed := io.Pipe()
	events := make(chan uv.Event)
	ctx, cancel := context.WithCancel(context.Background())
	returned := make(chan struct{})
	go func() {
		defer close(returned)
		uv.NewTerminalReader(in, "xterm-256color").StreamEvents(ctx, events)
	}()
	go typed.Write([]byte("ab"))
	// The reader hands over a, so it is handing over b from the same read
	// as the program ends: nobody takes it.
	<-events
	cancel()
	typed.Close()
	select {
	case <-returned:
		t.Error("upstream fixed the input reader that blocks on an ended program: " +
			"remove forwardKeys and readEvents (tui/server/input.go, keyreader.go) " +
			"if uv.TerminalReader now also caps what it holds (TestUpstreamInputReaderStillKeepsAWholePaste)")
	case <-time.After(time.Second): // long enough for a fixed reader to end
	}
	for { // let it go
		select {
		case <-events:
		case <-returned:
			return
		}
	}
}

// TestUpstreamInputReaderStillKeepsAWholePaste: the same reader keeps a
// paste, however long, until it ends (and reads it all again at each new
// byte): keyreader.go caps it at maxPasteBytes.
func TestUpstreamInputReaderStillKeepsAWholePaste(t *testing.T) {
	t.Parallel()
	paste := strings.Repeat("a", 2*maxPasteBytes)
	in := strings.NewReader("\x1b[200~" + paste + "\x1b[201~")
	events := make(chan uv.Event, 16)
	go func() {
		uv.NewTerminalReader(in, "xterm-256color").StreamEvents(context.Background(), events)
		close(events)
	}()
	for e := range events {
		if p, ok := e.(uv.PasteEvent); ok {
			if len(p.Content) < len(paste) {
				t.Errorf("upstream now cuts a paste (%d of %d bytes): keyreader.go's own paste cap "+
					"(tui/server/keyreader.go maxPasteBytes) may go", len(p.Content), len(paste))
			}
			return
		}
	}
	t.Fatal("the reader gave no paste")
}

// TestUpstreamPtyStillRaces: charm.land/ssh v0.4.3 writes a window change
// into a session's PTY record without a lock while Pty() reads it
// (charmbracelet/ssh#58). Only the race detector sees it, so the check
// runs in a child process under it, and looks for its report.
func TestUpstreamPtyStillRaces(t *testing.T) {
	if os.Getenv("TRIO_PTY_RACE_CHILD") == "1" {
		resizeWhileReadingPty(t)
		return
	}
	if !raceDetector {
		t.Skip("only the race detector shows this: go test -race")
	}
	t.Parallel()
	child := exec.Command(os.Args[0], "-test.run=^TestUpstreamPtyStillRaces$", "-test.count=1")
	child.Env = append(os.Environ(), "TRIO_PTY_RACE_CHILD=1", "GORACE=halt_on_error=1")
	out, _ := child.CombinedOutput()
	if !bytes.Contains(out, []byte("WARNING: DATA RACE")) {
		t.Errorf("upstream fixed the PTY read without a lock (charmbracelet/ssh#58): "+
			"remove ptyCopies (tui/server/pty.go) and its wiring in server.go\n%s", out)
	}
}

// resizeWhileReadingPty serves sessions whose handler reads Pty() while
// their client changes the window size, on charm.land/ssh alone.
func resizeWhileReadingPty(t *testing.T) {
	_, key, _ := ed25519.GenerateKey(rand.Reader)
	block, err := gossh.MarshalPrivateKey(key, "")
	if err != nil {
		t.Fatal(err)
	}
	srv, err := wish.NewServer(wish.WithHostKeyPEM(pem.EncodeToMemory(block)),
		wish.WithMiddleware(func(ssh.Handler) ssh.Handler {
			return func(sess ssh.Session) {
				_, windows, _ := sess.Pty()
				for {
					select {
					case w := <-windows:
						if w.Width == 120 {
							return
						}
					default:
						sess.Pty()
					}
				}
			}
		}))
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	defer srv.Close()
	conn, err := gossh.Dial("tcp", ln.Addr().String(), &gossh.ClientConfig{
		User: "maya", HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	for range 5 {
		sess, err := conn.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		if err := sess.RequestPty("xterm", 40, 80, gossh.TerminalModes{}); err != nil {
			t.Fatal(err)
		}
		if err := sess.Shell(); err != nil {
			t.Fatal(err)
		}
		if err := sess.WindowChange(24, 120); err != nil {
			t.Fatal(err)
		}
		sess.Wait()
	}
}
