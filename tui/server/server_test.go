package server

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/log/v2"
	"github.com/charmbracelet/x/vt"
	gossh "golang.org/x/crypto/ssh"

	"trio/content"
	"trio/session"
)

// testServer is trio serve in-process on a loopback port.
type testServer struct {
	t     testing.TB
	srv   *Server
	hub   *session.Hub
	store *session.SQLiteStore
	addr  string
}

// startServer serves a hub on an in-memory store; the hub logs the store's
// failures to the server's logger, as trio serve does.
func startServer(t testing.TB, configure ...func(*Config)) *testServer {
	t.Helper()
	return startServerOn(t, nil, configure...)
}

// startServerOn is startServer with its listener wrapped, as behind a
// balancer.
func startServerOn(t testing.TB, wrap func(net.Listener) net.Listener, configure ...func(*Config)) *testServer {
	t.Helper()
	store, err := session.OpenStore(context.Background(), session.Memory)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	_, hostKey, _ := ed25519.GenerateKey(rand.Reader)
	block, err := gossh.MarshalPrivateKey(hostKey, "")
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{
		HostKeyPEM:  pem.EncodeToMemory(block),
		MaxSessions: 50,
		ConnectRate: 1000,
		CodeGuesses: 600,
		JoinCommand: JoinCommand(ln.Addr()),
		Logger:      log.New(io.Discard),
	}
	for _, c := range configure {
		c(&cfg)
	}
	if cfg.Hub == nil { // a test may bring a hub of its own, with limits
		if cfg.Hub, err = session.NewHub(context.Background(), store, LogSaveFailures(cfg.Logger)); err != nil {
			t.Fatal(err)
		}
	}
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	served := ln
	if wrap != nil {
		served = wrap(ln)
	}
	go srv.Serve(served)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	})
	return &testServer{t: t, srv: srv, hub: cfg.Hub, store: store, addr: ln.Addr().String()}
}

// person is someone with an SSH key.
type person struct {
	name   string
	signer gossh.Signer
}

func newPerson(t testing.TB, name string) person {
	_, key, _ := ed25519.GenerateKey(rand.Reader)
	signer, err := gossh.NewSignerFromKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return person{name: name, signer: signer}
}

func (p person) id() session.ParticipantID {
	return session.ParticipantID(gossh.FingerprintSHA256(p.signer.PublicKey()))
}

func (ts *testServer) dial(p person) *gossh.Client {
	ts.t.Helper()
	conn := ts.connect(p)
	ts.t.Cleanup(func() { conn.Close() })
	return conn
}

// connect is dial for callers that close the connection themselves.
func (ts *testServer) connect(p person) *gossh.Client {
	ts.t.Helper()
	auth := []gossh.AuthMethod{gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) { return nil, nil })}
	if p.signer != nil {
		auth = []gossh.AuthMethod{gossh.PublicKeys(p.signer)}
	}
	conn, err := gossh.Dial("tcp", ts.addr, &gossh.ClientConfig{
		User: p.name, Auth: auth, HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second,
	})
	if err != nil {
		ts.t.Fatal(err)
	}
	return conn
}

// run runs a command without a terminal and returns what it wrote (standard
// output, then standard error) and its exit status.
func (ts *testServer) run(p person, command string) (string, int) {
	ts.t.Helper()
	conn := ts.connect(p)
	defer conn.Close()
	sess, err := conn.NewSession()
	if err != nil {
		ts.t.Fatal(err)
	}
	defer sess.Close()
	var out, errOut bytes.Buffer
	sess.Stdout, sess.Stderr = &out, &errOut
	err = sess.Run(command)
	if exit, ok := err.(*gossh.ExitError); ok {
		return out.String() + errOut.String(), exit.ExitStatus()
	} else if err != nil {
		ts.t.Fatal(err)
	}
	return out.String() + errOut.String(), 0
}

// terminal is one person's terminal: an SSH session with a PTY whose
// output goes into a terminal emulator, as a real terminal would draw it.
type terminal struct {
	t     testing.TB
	conn  *gossh.Client
	sess  *gossh.Session
	stdin io.WriteCloser

	mu    sync.Mutex
	vt    *vt.Emulator
	raw   bytes.Buffer  // every byte that reached this terminal
	ended chan struct{} // closed when the session's output has ended
}

// open opens a terminal; setup, if any, prepares its emulator before the
// session starts (a light background, say).
func (ts *testServer) open(p person, width, height int, command string, setup ...func(*vt.Emulator)) *terminal {
	ts.t.Helper()
	// The screen is made before the session opens: a large one takes a
	// while on a busy machine, and the server closes a session that asks
	// for nothing within its grace.
	screen := vt.NewEmulator(width, height)
	conn := ts.dial(p)
	sess, err := conn.NewSession()
	if err != nil {
		ts.t.Fatal(err)
	}
	term := &terminal{t: ts.t, conn: conn, sess: sess, vt: screen, ended: make(chan struct{})}
	for _, f := range setup {
		f(term.vt)
	}
	if term.stdin, err = sess.StdinPipe(); err != nil {
		ts.t.Fatal(err)
	}
	stdout, err := sess.StdoutPipe()
	if err != nil {
		ts.t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", height, width, gossh.TerminalModes{}); err != nil {
		ts.t.Fatal(err)
	}
	go func() {
		defer close(term.ended)
		buf := make([]byte, 32*1024)
		for {
			n, err := stdout.Read(buf)
			if n > 0 {
				term.mu.Lock()
				term.raw.Write(buf[:n])
				term.vt.Write(buf[:n])
				term.mu.Unlock()
			}
			if err != nil {
				return
			}
		}
	}()
	// The emulator answers the program's questions (the background colour)
	// through its own output: pass it on as typed input.
	go io.Copy(term.stdin, term.vt)
	if command == "" {
		err = sess.Shell()
	} else {
		err = sess.Start(command)
	}
	if err != nil {
		ts.t.Fatal(err)
	}
	ts.t.Cleanup(term.close)
	return term
}

func (term *terminal) close() {
	term.sess.Close()
	term.conn.Close()
}

func (term *terminal) screen() string {
	term.mu.Lock()
	defer term.mu.Unlock()
	return term.vt.String()
}

func (term *terminal) bytes() []byte {
	term.mu.Lock()
	defer term.mu.Unlock()
	return bytes.Clone(term.raw.Bytes())
}

// waitLimit is how long a test waits for what must come before it fails:
// far longer than anything takes, as tests run side by side on two busy
// cores. Only a failing test waits it out.
const waitLimit = 10 * time.Second

// waitFor waits until the screen shows every text.
func (term *terminal) waitFor(texts ...string) {
	term.t.Helper()
	waitUntilShown(term.t, "the screen", term.screen, texts)
}

// waitUntilShown waits until a screen shows every text; whose names it
// when it never does.
func waitUntilShown(t testing.TB, whose string, screen func() string, texts []string) {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for {
		s := screen()
		missing := ""
		for _, text := range texts {
			if !strings.Contains(s, text) {
				missing = text
				break
			}
		}
		if missing == "" {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s never showed %q:\n%s", whose, missing, s)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// keys types on the terminal: text as it is, and names in brackets for
// special keys: [enter], [esc], [tab].
func (term *terminal) keys(s string) {
	term.t.Helper()
	if _, err := term.stdin.Write(keyBytes(s)); err != nil {
		term.t.Fatal(err)
	}
}

// keyBytes are the bytes a terminal sends for text with special keys
// named in brackets.
func keyBytes(s string) []byte {
	special := map[string]string{"[enter]": "\r", "[esc]": "\x1b", "[tab]": "\t",
		"[ctrl+b]": "\x02", "[ctrl+n]": "\x0e", "[ctrl+o]": "\x0f", "[ctrl+p]": "\x10", "[ctrl+r]": "\x12",
		"[up]": "\x1b[A", "[down]": "\x1b[B", "[home]": "\x1b[H", "[end]": "\x1b[F"}
	for name, seq := range special {
		s = strings.ReplaceAll(s, name, seq)
	}
	return []byte(s)
}

// menu opens the room's menu and chooses the entry that starts with title,
// as a person would: by reading where it is and pressing ↓ until there.
func (term *terminal) menu(title string) {
	term.t.Helper()
	chooseFromMenu(term.t, term, title)
}

// keyboardScreen is a terminal a test reads and types on.
type keyboardScreen interface {
	screen() string
	keys(string)
	waitFor(...string)
}

// chooseFromMenu opens a menu with ctrl+p and chooses the entry that
// starts with title, by reading where it is and pressing ↓ until there.
func chooseFromMenu(t testing.TB, term keyboardScreen, title string) {
	t.Helper()
	term.keys("[ctrl+p]")
	term.waitFor("What would you like to do")
	at, want := -1, -1
	for i, line := range strings.Split(term.screen(), "\n") {
		// An entry stands at the start of its line, or after a panel's bar.
		entry := strings.TrimLeft(line, " ")
		if _, after, ok := strings.Cut(line, "│ "); ok {
			entry = strings.TrimLeft(after, " ")
		}
		switch {
		case strings.HasPrefix(entry, "▸ "+title):
			at, want = i, i
		case strings.HasPrefix(entry, "▸ "):
			at = i
		case strings.HasPrefix(entry, title):
			want = i
		}
	}
	if at < 0 || want < at {
		t.Fatalf("the menu has no %q below its cursor:\n%s", title, term.screen())
	}
	term.keys(strings.Repeat("[down]", want-at) + "[enter]")
}

// openRoom opens a room with its facilitator, straight through the hub.
func (ts *testServer) openRoom(facilitator person) string {
	ts.t.Helper()
	res, err := ts.hub.Open(context.Background(), session.OpenRoom{
		Question: "Should we rebuild onboarding?",
		Script:   content.Default(),
		People:   []session.Person{{ID: facilitator.id(), Name: "Maya", Role: "Product"}},
	})
	if err != nil {
		ts.t.Fatal(err)
	}
	return res.Room.Code
}

func TestExportWithoutATerminal(t *testing.T) {
	t.Parallel()
	ts := startServer(t)
	maya, stranger := newPerson(t, "maya"), newPerson(t, "eve")
	code := ts.openRoom(maya)
	room, _ := ts.hub.Room(code)

	out, status := ts.run(maya, "export "+session.FormatCode(code))
	if status != 0 || out != string(session.ExportMarkdown(session.ViewFor(room, maya.id()))) {
		t.Fatalf("export: status %d:\n%s", status, out)
	}
	out, status = ts.run(maya, "export "+strings.ToLower(code)+" --format json")
	if status != 0 || !strings.HasPrefix(out, "{\n  \"schema\": \"trio.export/v1\"") {
		t.Fatalf("json export: status %d:\n%s", status, out)
	}
	// Anyone may export an open room; a locked one only its people.
	if _, status := ts.run(stranger, "export "+code); status != 0 {
		t.Errorf("a stranger's export of an open room: status %d", status)
	}
	if _, err := ts.hub.Do(context.Background(), code, maya.id(), session.LockRoom{Locked: true}); err != nil {
		t.Fatal(err)
	}
	out, status = ts.run(stranger, "export "+code)
	if status != 1 || out != "trio: this room is locked: only the people in it can export it.\n" {
		t.Errorf("a stranger's export of a locked room: status %d, %q", status, out)
	}
	out, status = ts.run(stranger, "fly")
	if status != 1 || out != fmt.Sprintf("trio: unknown command %q. See %s help\n", "fly", ts.srv.cfg.JoinCommand) {
		t.Errorf("an unknown command: status %d, %q", status, out)
	}
	out, status = ts.run(stranger, "help")
	if status != 0 || !strings.Contains(out, "export CODE") {
		t.Errorf("help: status %d, %q", status, out)
	}
}

func TestAllowKeysAdmitsOnlyThoseKeys(t *testing.T) {
	t.Parallel()
	maya, eve := newPerson(t, "maya"), newPerson(t, "eve")
	ts := startServer(t, func(cfg *Config) { cfg.AllowKeys = []gossh.PublicKey{maya.signer.PublicKey()} })
	if _, status := ts.run(maya, "help"); status != 0 {
		t.Fatalf("an allowed key: status %d", status)
	}
	for _, who := range []person{eve, {name: "guest"}} {
		auth := []gossh.AuthMethod{gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) { return nil, nil })}
		if who.signer != nil {
			auth = []gossh.AuthMethod{gossh.PublicKeys(who.signer)}
		}
		_, err := gossh.Dial("tcp", ts.addr, &gossh.ClientConfig{User: who.name, Auth: auth, HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second})
		if err == nil {
			t.Errorf("%s got in past --allow-keys", who.name)
		}
	}
}

func TestPeopleWithoutAKeyJoinAsSomeoneNew(t *testing.T) {
	t.Parallel()
	ts := startServer(t)
	maya := newPerson(t, "maya")
	code := ts.openRoom(maya)
	guest := person{name: "ana"}
	// The first time, as the SSH user name offers; the second time the
	// same name is taken (by the first, now away), so the guest adds an
	// initial.
	for _, keys := range []string{"[enter]Data[enter]", "\x15ana b[enter]Data[enter]"} {
		term := ts.open(guest, 80, 24, "join "+code)
		term.waitFor("Join a room", "│ ana")
		term.keys(keys)
		term.waitFor("Phase 1 of 12: Check-in")
		term.close()
	}
	if r, _ := ts.hub.Room(code); len(r.People) != 3 {
		t.Fatalf("%d people, want Maya and two guests", len(r.People))
	}
}

// TestSilentConnectionsAreClosedAndAPersonStillGetsIn: a thousand
// connections that never speak are refused or closed within the login grace
// time, and a real person from another block of addresses still logs in
// meanwhile.
func TestSilentConnectionsAreClosedAndAPersonStillGetsIn(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(cfg *Config) {
		cfg.LoginGrace = 300 * time.Millisecond
		cfg.MaxWaiting = 100
		cfg.MaxWaitingPerIP = 50
	})
	var silent []net.Conn
	for range 1000 {
		conn, err := net.Dial("tcp", ts.addr)
		if err != nil {
			t.Fatal(err)
		}
		silent = append(silent, conn)
	}
	defer func() {
		for _, c := range silent {
			c.Close()
		}
	}()

	// A person from another loopback /24 logs in while they wait.
	dialer := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP("127.0.1.2")}, Timeout: time.Second}
	raw, err := dialer.Dial("tcp", ts.addr)
	if err != nil {
		t.Fatal(err)
	}
	maya := newPerson(t, "maya")
	raw.SetDeadline(time.Now().Add(time.Second))
	c, chans, reqs, err := gossh.NewClientConn(raw, ts.addr, &gossh.ClientConfig{
		User: "maya", Auth: []gossh.AuthMethod{gossh.PublicKeys(maya.signer)}, HostKeyCallback: gossh.InsecureIgnoreHostKey(),
	})
	if err != nil {
		t.Fatalf("a person could not log in within a second among silent connections: %v", err)
	}
	raw.SetDeadline(time.Time{})
	client := gossh.NewClient(c, chans, reqs)
	defer client.Close()
	sess, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if out, err := sess.Output("help"); err != nil || !bytes.Contains(out, []byte("export CODE")) {
		t.Fatalf("the person's help: %v %q", err, out)
	}

	// Every silent connection is closed by the server: refused at once, or
	// when the grace time runs out.
	for i, conn := range silent {
		conn.SetReadDeadline(time.Now().Add(3 * time.Second))
		buf := make([]byte, 256)
		for {
			_, err := conn.Read(buf)
			if err == nil {
				continue // the server's version line
			}
			if ne, ok := err.(net.Error); ok && ne.Timeout() {
				t.Fatalf("silent connection %d is still open after the grace time", i)
			}
			break
		}
	}
}

// TestOneConnectionOpensOnlySoManySessions: two sessions run on one
// connection; a third is refused as it opens, with a sentence, until one
// of the two ends.
func TestOneConnectionOpensOnlySoManySessions(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(cfg *Config) { cfg.MaxSessionsPerConn = 2 })
	conn := ts.dial(newPerson(t, "maya"))
	var running []*gossh.Session
	for range 2 {
		sess, err := conn.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		defer sess.Close()
		if err := sess.RequestPty("xterm", 24, 80, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := sess.StdoutPipe(); err != nil {
			t.Fatal(err)
		}
		if err := sess.Shell(); err != nil {
			t.Fatal(err)
		}
		running = append(running, sess)
	}
	// The two stay open in the lobby; a third on the same connection is
	// turned away.
	waitUntil(t, "two sessions running", func() bool { return ts.srv.sessions.Load() == 2 })
	_, err := conn.NewSession()
	if err == nil || !strings.Contains(err.Error(), "trio: too many sessions on one connection.") {
		t.Fatalf("a third session: %v", err)
	}
	running[0].Close()
	waitUntil(t, "a session to be had again", func() bool {
		third, err := conn.NewSession()
		if err != nil {
			return false
		}
		defer third.Close()
		out, err := third.Output("help")
		return err == nil && bytes.Contains(out, []byte("export CODE"))
	})
}

// TestRoomCodesResistGuessing: someone trying code after code is stopped
// after a few, with a message that says to wait; the right code does not
// get through meanwhile either.
func TestRoomCodesResistGuessing(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(cfg *Config) { cfg.CodeGuesses = 1 })
	maya := newPerson(t, "maya")
	code := ts.openRoom(maya)
	guesser := newPerson(t, "mallory")
	wrong, stopped := 0, 0
	for i := range 40 {
		const alphabet = "23456789ABCDEFGHJKMNPQRSTWXYZ"
		guess := "KMNP" + string(alphabet[i%29]) + string(alphabet[i/29]) + "XY"
		out, status := ts.run(guesser, "export "+guess)
		switch {
		case status == 1 && strings.Contains(out, "There is no room with the code"):
			wrong++
		case status == 1 && out == "trio: Too many room codes tried from here. Wait a minute, then try again.\n":
			stopped++
		default:
			t.Fatalf("guess %d: status %d, %q", i, status, out)
		}
	}
	if wrong > 11 || stopped < 29 {
		t.Fatalf("%d guesses were looked up and %d stopped; want at most 11 looked up", wrong, stopped)
	}
	if out, _ := ts.run(guesser, "export "+code); !strings.Contains(out, "Too many room codes tried") {
		t.Errorf("the right code got through the limit: %q", out)
	}
}
