package main

import (
	"context"
	"io"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/x/vt"
	gossh "golang.org/x/crypto/ssh"
)

// client is one person's terminal: an SSH session with a PTY whose output
// is drawn by a terminal emulator, so that "on the screen" means what a
// terminal would show, not that bytes arrived.
type client struct {
	name   string
	stdin  io.Writer
	closer func()
	// instance is which of the target's servers this terminal reached,
	// when several serve one store.
	instance int

	received atomic.Int64 // bytes that reached this terminal
	done     chan struct{}

	mu    sync.Mutex
	term  *vt.Emulator
	waits []*wait
	text  []byte // the screen's text, rebuilt in place for the waits
}

// wait is something some code is waiting to see on the screen: seen gets
// the moment the screen first matched.
type wait struct {
	match func(screen string) bool
	seen  chan time.Time
}

// dialSpec is how a client connects.
type dialSpec struct {
	addr    string
	local   net.Addr // the loopback address to connect from; nil for any
	user    string
	signer  gossh.Signer // nil: no key (keyboard-interactive, asking nothing)
	command string       // "" for a shell
	width   int
	height  int
	timeout time.Duration
}

// dial connects and starts the session; the screen starts filling at once.
func dial(ctx context.Context, d dialSpec) (*client, error) {
	dialer := net.Dialer{Timeout: d.timeout, LocalAddr: d.local}
	raw, err := dialer.DialContext(ctx, "tcp", d.addr)
	if err != nil {
		return nil, err
	}
	auth := []gossh.AuthMethod{gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) { return nil, nil })}
	if d.signer != nil {
		auth = append([]gossh.AuthMethod{gossh.PublicKeys(d.signer)}, auth...)
	}
	raw.SetDeadline(time.Now().Add(d.timeout))
	c, chans, reqs, err := gossh.NewClientConn(raw, d.addr, &gossh.ClientConfig{
		User: d.user, Auth: auth, HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: d.timeout,
	})
	if err != nil {
		raw.Close()
		return nil, err
	}
	raw.SetDeadline(time.Time{})
	conn := gossh.NewClient(c, chans, reqs)
	cl, err := start(conn, d)
	if err != nil {
		conn.Close()
		return nil, err
	}
	return cl, nil
}

// newClient starts drawing what out brings on a screen of width × height;
// in takes the keys, and the emulator's answers to the program's
// questions (its background colour), as a terminal would send them.
func newClient(name string, in io.Writer, out io.Reader, width, height int, closer func()) *client {
	cl := &client{name: name, stdin: in, closer: closer, term: vt.NewEmulator(width, height), done: make(chan struct{})}
	go cl.read(out)
	go io.Copy(in, cl.term)
	return cl
}

func start(conn *gossh.Client, d dialSpec) (*client, error) {
	sess, err := conn.NewSession()
	if err != nil {
		return nil, err
	}
	stdin, err := sess.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := sess.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := sess.RequestPty("xterm-256color", d.height, d.width, gossh.TerminalModes{}); err != nil {
		return nil, err
	}
	cl := newClient(d.user, stdin, stdout, d.width, d.height, func() {
		sess.Close()
		conn.Close()
	})
	if d.command == "" {
		err = sess.Shell()
	} else {
		err = sess.Start(d.command)
	}
	if err != nil {
		return nil, err
	}
	return cl, nil
}

// read draws everything that arrives and, after each piece, tells whoever
// waits for a text that is now on the screen.
func (cl *client) read(stdout io.Reader) {
	defer close(cl.done)
	buf := make([]byte, 32*1024)
	for {
		n, err := stdout.Read(buf)
		if n > 0 {
			cl.mu.Lock()
			cl.term.Write(buf[:n])
			cl.received.Add(int64(n))
			if len(cl.waits) > 0 {
				now := time.Now()
				screen := cl.textLocked()
				kept := cl.waits[:0]
				for _, w := range cl.waits {
					if w.match(screen) {
						w.seen <- now
					} else {
						kept = append(kept, w)
					}
				}
				clear(cl.waits[len(kept):])
				cl.waits = kept
			}
			cl.mu.Unlock()
		}
		if err != nil {
			cl.mu.Lock()
			// Ends the emulator's answers too; closing the emulator itself
			// would race with its reader.
			cl.term.InputPipe().(io.Closer).Close()
			cl.mu.Unlock()
			return
		}
	}
}

// expect starts waiting for one more occurrence of text than the screen
// shows now. Call it before the keystroke that should bring the text: the
// text may be there already (a prefix of a word, a letter), and only a
// new one is the keystroke's.
func (cl *client) expect(text string) *wait {
	cl.mu.Lock()
	defer cl.mu.Unlock()
	n := strings.Count(cl.textLocked(), text) + 1
	return cl.await(func(screen string) bool { return strings.Count(screen, text) >= n })
}

// expectShown waits until the screen shows text at all, or for "" shows
// anything; what is there already counts at once.
func (cl *client) expectShown(text string) *wait {
	match := func(screen string) bool { return strings.Contains(screen, text) }
	if text == "" {
		match = func(screen string) bool { return screen != "" }
	}
	cl.mu.Lock()
	defer cl.mu.Unlock()
	if match(cl.textLocked()) {
		w := &wait{seen: make(chan time.Time, 1)}
		w.seen <- time.Now()
		return w
	}
	return cl.await(match)
}

func (cl *client) await(match func(string) bool) *wait {
	w := &wait{match: match, seen: make(chan time.Time, 1)}
	cl.waits = append(cl.waits, w)
	return w
}

// until waits for w up to the deadline; ok is false when it never showed
// (and then nobody waits for it any more).
func (cl *client) until(w *wait, deadline time.Time) (time.Time, bool) {
	t := time.NewTimer(time.Until(deadline))
	defer t.Stop()
	select {
	case at := <-w.seen:
		return at, true
	case <-cl.done:
	case <-t.C:
	}
	cl.mu.Lock()
	defer cl.mu.Unlock()
	for i, x := range cl.waits {
		if x == w {
			cl.waits = append(cl.waits[:i], cl.waits[i+1:]...)
			break
		}
	}
	select {
	case at := <-w.seen: // it came as the time ran out
		return at, true
	default:
		return time.Time{}, false
	}
}

// send types keys and returns the moment they went out.
func (cl *client) send(keys string) (time.Time, error) {
	at := time.Now()
	_, err := io.WriteString(cl.stdin, keys)
	return at, err
}

// textLocked is the screen's characters, a line of cells a line: what a
// person reads, without colours. It is far cheaper than the emulator's
// String, which compares every cell's style; with thousands of screens
// the instrument must not be what is slow.
func (cl *client) textLocked() string {
	b := cl.text[:0]
	w, h := cl.term.Width(), cl.term.Height()
	for y := range h {
		for x := range w {
			c := cl.term.CellAt(x, y)
			switch {
			case c == nil:
				b = append(b, ' ')
			case c.Content == "" && c.Width == 0:
				// the second half of a wide character
			case c.Content == "":
				b = append(b, ' ')
			default:
				b = append(b, c.Content...)
			}
		}
		b = append(b, '\n')
	}
	cl.text = b
	return string(b)
}

// screen is what the terminal shows now.
func (cl *client) screen() string {
	cl.mu.Lock()
	defer cl.mu.Unlock()
	return cl.term.String()
}

// alive reports whether the session is still open.
func (cl *client) alive() bool {
	select {
	case <-cl.done:
		return false
	default:
		return true
	}
}

func (cl *client) close() { cl.closer() }

// loopbackSource spreads clients over 127.0.0.1 to 127.0.0.250, so a
// server's per-address limits meet many addresses, as they would in life.
func loopbackSource(i int) net.Addr {
	return &net.TCPAddr{IP: net.IPv4(127, 0, 0, byte(1+i%250))}
}
