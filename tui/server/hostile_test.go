package server

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"

	"trio/tui"
)

// The tests here are clients that mean harm, each against one limit: what
// their bytes may make the server hold is capped, and the log says so once.

// recorder is a program that notes the pastes and the text of the keys it
// is given.
type recorder struct {
	mu     sync.Mutex
	pastes []string
	text   strings.Builder
}

func (r *recorder) model(tui.Options) tea.Model { return recording{r} }

type recording struct{ r *recorder }

func (m recording) Init() tea.Cmd { return nil }

func (m recording) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m.r.mu.Lock()
	defer m.r.mu.Unlock()
	switch msg := msg.(type) {
	case tea.PasteMsg:
		m.r.pastes = append(m.r.pastes, msg.Content)
	case tea.KeyPressMsg:
		m.r.text.WriteString(msg.Text)
	}
	return m, nil
}

func (m recording) View() tea.View { return tea.NewView("recording") }

func (r *recorder) typed() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.text.String()
}

// recorded opens a terminal on a server whose program is a recorder, and
// returns its input once the program is running.
func (ts *testServer) recorded(t *testing.T) io.Writer {
	t.Helper()
	sess, err := ts.dial(newPerson(t, "mallory")).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	stdin, err := sess.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var out syncBuffer
	sess.Stdout = &out
	if err := sess.RequestPty("xterm-256color", 24, 80, nil); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the program draws", func() bool { return bytes.Contains(out.Bytes(), []byte("recording")) })
	return stdin
}

func logs(logged *syncBuffer, what string) int { return bytes.Count(logged.Bytes(), []byte(what)) }

// TestAnUnfinishedPasteIsCutOffAtItsLimit: a paste that does not end is
// cut off at maxPasteBytes while it goes on (the log says so, once); when
// it ends, the program gets what was kept, and the keys after it.
func TestAnUnfinishedPasteIsCutOffAtItsLimit(t *testing.T) {
	t.Parallel()
	var logged syncBuffer
	rec := &recorder{}
	ts := startServer(t, func(cfg *Config) { cfg.Logger, cfg.NewModel = log.New(&logged), rec.model })
	stdin := ts.recorded(t)
	// One write: a start alone, read after a pause, may be taken for the
	// esc key as a terminal's would be.
	stdin.Write(append([]byte("\x1b[200~"), bytes.Repeat([]byte("a"), 4*maxPasteBytes)...))
	waitUntil(t, "the log tells of the paste cut off", func() bool { return logs(&logged, "a paste was cut off at its limit") > 0 })
	stdin.Write(bytes.Repeat([]byte("a"), maxPasteBytes))
	stdin.Write([]byte("\x1b[201~b"))
	waitUntil(t, "the key after the paste reaches the program", func() bool { return rec.typed() == "b" })
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if len(rec.pastes) != 1 || rec.pastes[0] != strings.Repeat("a", maxPasteBytes) {
		t.Errorf("the program got %d pastes, the first %d bytes long; want one of %d", len(rec.pastes), len(rec.pastes[0]), maxPasteBytes)
	}
	if n := logs(&logged, "a paste was cut off"); n != 1 {
		t.Errorf("the cut was logged %d times:\n%s", n, logged.Bytes())
	}
}

// TestAnUnfinishedEscapeStringIsDroppedAtItsLimit: an OSC string that
// goes on past maxUnfinishedInput is dropped up to its end, and the log
// says so once: none of it reaches the program as keys, and the key after
// it does.
func TestAnUnfinishedEscapeStringIsDroppedAtItsLimit(t *testing.T) {
	t.Parallel()
	var logged syncBuffer
	rec := &recorder{}
	ts := startServer(t, func(cfg *Config) { cfg.Logger, cfg.NewModel = log.New(&logged), rec.model })
	stdin := ts.recorded(t)
	// One write: a start alone, read after a pause, may be taken for the
	// esc key as a terminal's would be.
	stdin.Write(append([]byte("\x1b]0;"), bytes.Repeat([]byte("x"), 64*maxUnfinishedInput)...))
	waitUntil(t, "the log tells of the string dropped", func() bool {
		return logs(&logged, "an unfinished escape sequence was dropped at its limit") > 0
	})
	stdin.Write(bytes.Repeat([]byte("x"), 4*maxUnfinishedInput))
	stdin.Write([]byte("\x07b"))
	waitUntil(t, "the key after the string reaches the program", func() bool { return strings.Contains(rec.typed(), "b") })
	if typed := rec.typed(); typed != "b" {
		t.Errorf("the program was given %d keys of the string", len(typed)-1)
	}
	if n := logs(&logged, "an unfinished escape sequence"); n != 1 {
		t.Errorf("the drop was logged %d times:\n%s", n, logged.Bytes())
	}
}

// TestChannelsThatAskForNothingAreCountedAndClosed: beside its terminal,
// a connection opens session channels that ask for nothing. They count
// against its cap as they open, so one past it is refused; the server
// closes them after the grace, and the terminal goes on.
func TestChannelsThatAskForNothingAreCountedAndClosed(t *testing.T) {
	t.Parallel()
	var logged syncBuffer
	ts := startServer(t, func(cfg *Config) {
		cfg.Logger = log.New(&logged)
		cfg.MaxSessionsPerConn = 3
		cfg.LoginGrace = 2 * time.Second // and so the grace of a session
	})
	conn := ts.dial(newPerson(t, "mallory"))
	term, err := conn.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	var out syncBuffer
	term.Stdout = &out
	if _, err := term.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	if err := term.RequestPty("xterm-256color", 24, 80, nil); err != nil {
		t.Fatal(err)
	}
	if err := term.Shell(); err != nil {
		t.Fatal(err)
	}
	var idle []gossh.Channel
	for range 2 {
		ch, _, err := conn.OpenChannel("session", nil)
		if err != nil {
			t.Fatal(err)
		}
		idle = append(idle, ch)
	}
	if _, _, err := conn.OpenChannel("session", nil); err == nil || !strings.Contains(err.Error(), "too many sessions on one connection") {
		t.Fatalf("a fourth session on a connection for three: %v", err)
	}
	for i, ch := range idle {
		closed := make(chan struct{})
		go func() { io.Copy(io.Discard, ch); close(closed) }()
		select {
		case <-closed:
		case <-time.After(10 * time.Second):
			t.Fatalf("idle channel %d is still open 10 s after opening", i)
		}
	}
	if n := logs(&logged, "closed a session that asked for nothing"); n != 1 {
		t.Errorf("closing the idle channels was logged %d times:\n%s", n, logged.Bytes())
	}
	waitUntil(t, "the terminal draws the lobby", func() bool { return bytes.Contains(out.Bytes(), []byte("Create a room")) })
	waitUntil(t, "room for a session again", func() bool {
		sess, err := conn.NewSession()
		if err != nil {
			return false
		}
		defer sess.Close()
		help, err := sess.Output("help")
		return err == nil && bytes.Contains(help, []byte("export CODE"))
	})
}

// TestEnvRequestsAreCapped: a session may set maxEnvRequests variables of
// up to maxEnvBytes; one past either is refused, and the log says so once.
func TestEnvRequestsAreCapped(t *testing.T) {
	t.Parallel()
	var logged syncBuffer
	ts := startServer(t, func(cfg *Config) { cfg.Logger = log.New(&logged) })
	sess, err := ts.dial(newPerson(t, "mallory")).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.Setenv("BIG", strings.Repeat("x", maxEnvBytes)); err == nil {
		t.Error("an env request longer than its cap was taken")
	}
	kept := 0
	for i := range 2 * maxEnvRequests {
		if sess.Setenv(fmt.Sprint("LC_", i), "C.UTF-8") == nil {
			kept++
		}
	}
	if kept != maxEnvRequests {
		t.Errorf("%d env requests were taken, want %d", kept, maxEnvRequests)
	}
	if n := logs(&logged, "refused env requests past their caps"); n != 1 {
		t.Errorf("the refusals were logged %d times:\n%s", n, logged.Bytes())
	}
	if out, err := sess.Output("help"); err != nil || !bytes.Contains(out, []byte("export CODE")) {
		t.Fatalf("the session after its env: %v %q", err, out)
	}
}

// TestSilentSocketsLeaveRoomForAPerson: with trio serve's limits, 100
// sockets from ten addresses of one network connect and say nothing; a
// person from another network still gets in within a second.
func TestSilentSocketsLeaveRoomForAPerson(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(cfg *Config) {
		cfg.LoginGrace = 30 * time.Second
		cfg.MaxWaiting = 100
		cfg.MaxWaitingPerIP = 10
		cfg.MaxWaitingStart = 30
	})
	for i := range 10 {
		for range 10 {
			defer silentSocket(t, ts.addr, fmt.Sprint("127.0.0.", 11+i)).Close()
		}
	}
	maya := newPerson(t, "maya")
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP("127.0.1.2")}, Timeout: time.Second}
	raw, err := d.Dial("tcp", ts.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	raw.SetDeadline(time.Now().Add(time.Second))
	c, chans, reqs, err := gossh.NewClientConn(raw, ts.addr, &gossh.ClientConfig{
		User: "maya", Auth: []gossh.AuthMethod{gossh.PublicKeys(maya.signer)}, HostKeyCallback: gossh.InsecureIgnoreHostKey(),
	})
	if err != nil {
		t.Fatalf("a person could not log in within a second beside 100 silent sockets: %v", err)
	}
	client := gossh.NewClient(c, chans, reqs)
	sess, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if out, err := sess.Output("help"); err != nil || !bytes.Contains(out, []byte("export CODE")) {
		t.Fatalf("the person's help: %v %q", err, out)
	}
}

// TestALoginIsClosedWithoutASession: a connection that logs in without a
// key and opens no session is closed at the login grace, although it keeps
// the connection busy with keepalives.
func TestALoginIsClosedWithoutASession(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(cfg *Config) { cfg.LoginGrace = time.Second })
	conn, err := ts.keyless("127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	closed := make(chan struct{})
	go func() { conn.Wait(); close(closed) }()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case <-closed:
			return
		case <-tick.C:
			conn.SendRequest("keepalive@openssh.com", true, nil)
		case <-deadline:
			t.Fatal("a login without a session is still open 10 s after a grace of 1 s")
		}
	}
}

// silentSocket connects from a loopback address and says nothing. It
// returns once the server has taken it (it sends its version first) or
// refused it.
func silentSocket(t testing.TB, addr, from string) net.Conn {
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := c.Read(make([]byte, 1)); err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, syscall.ECONNRESET) {
		t.Fatalf("a silent socket heard neither the server's version nor its refusal: %v", err)
	}
	return c
}
