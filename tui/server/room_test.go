package server

import (
	"bytes"
	"context"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"

	"trio/session"
	"trio/tui"
)

// TestATrioSharesOneRoomOverSSH: three people, each on their own terminal,
// in one room: what one does shows on the others' screens, only the
// facilitator moves the room on, a card being written never reaches
// another terminal, and someone who drops comes back to the same seat.
func TestATrioSharesOneRoomOverSSH(t *testing.T) {
	ts := startServer(t)
	maya, sam, lee := newPerson(t, "maya"), newPerson(t, "sam"), newPerson(t, "lee")
	code := ts.openRoom(maya)
	baseline := serverGoroutines()

	mayas := ts.open(maya, 80, 24, "join "+code)
	mayas.waitFor("Phase 1 of 12: Check-in")
	sams := ts.open(sam, 80, 24, "join "+code)
	sams.waitFor("Join a room", "Your name")
	sams.keys("[enter]Design[enter]")
	sams.waitFor("Phase 1 of 12: Check-in")
	lees := ts.open(lee, 100, 30, "join "+code)
	lees.waitFor("Join a room", "Your name")
	lees.keys("[enter]")
	lees.waitFor("▸ Your role")
	lees.keys("Engineering[enter]")
	lees.waitFor("Phase 1 of 12: Check-in")
	mayas.waitFor("sam", "lee")

	// A word from Sam shows on Maya's and Lee's screens.
	sams.keys("[enter]curious[enter]")
	mayas.waitFor("curious")
	lees.waitFor("curious")

	// Only the facilitator moves the room on; it moves for everyone. A
	// letter typed by anyone is text, and moves nothing.
	sams.keys("[ctrl+n]")
	sams.waitFor("Only the facilitator moves the room on: Maya facilitates.")
	mayas.keys("nbe")
	mayas.waitFor("│ nbe")
	mayas.keys("[esc]") // her draft stays, and she is not typing now
	ts.moveOn(mayas, code, 1)
	for _, term := range []*terminal{mayas, sams, lees} {
		term.waitFor("Phase 2 of 12: Frame the question")
	}

	// Silent writing: Sam's card never reaches another terminal, not even
	// as bytes the screen would not show.
	ts.moveOn(mayas, code, 2)
	sams.waitFor("Phase 4 of 12: Silent writing")
	sams.keys("[enter]Samsecretposition[enter][enter][enter][enter]")
	mayas.keys("[enter]Rebuild around the first board.[enter][enter][enter][enter]")
	lees.keys("[enter]Small releases we can measure.[enter][enter][enter][enter]")
	waitUntil(t, "three cards are stored", func() bool {
		r, _ := ts.hub.Room(code)
		return len(r.Perspectives) == 3
	})
	mayas.keys("[ctrl+r]") // a change, so every terminal draws again
	lees.waitFor("✓")
	for name, term := range map[string]*terminal{"Maya": mayas, "Lee": lees} {
		if bytes.Contains(term.bytes(), []byte("Samsecret")) {
			t.Errorf("Sam's hidden card reached %s's terminal", name)
		}
	}

	// Lee drops: he is shown as away, not removed; with the same key he
	// comes back to his seat, without the join screen.
	lees.close()
	mayas.waitFor("away")
	again := ts.open(lee, 80, 24, "join "+code)
	again.waitFor("Phase 4 of 12: Silent writing")
	if r, _ := ts.hub.Room(code); len(r.People) != 3 {
		t.Fatalf("%d people after Lee came back, want 3", len(r.People))
	}

	lees = again

	// The rest of the exercise, each from their own terminal.
	room := func() session.Room { r, _ := ts.hub.Room(code); return r }
	ts.moveOn(mayas, code, 1)
	mayas.waitFor("Maya holds the talking stick")
	mayas.keys("[ctrl+o]")
	waitUntil(t, "Maya passed the stick", func() bool { return room().Reveal.Turn == 1 })
	sams.waitFor("sam holds the talking stick")
	sams.keys("[ctrl+o]")
	waitUntil(t, "Sam passed the stick", func() bool { return room().Reveal.Turn == 2 })
	lees.waitFor("lee holds the talking stick")
	lees.keys("[ctrl+o]")
	waitUntil(t, "everyone has spoken", func() bool { return room().Reveal.Turn == 3 })
	ts.moveOn(mayas, code, 1)
	sams.waitFor("Phase 6 of 12: Inquiry")
	sams.keys("[enter]What leads you there?[enter]")
	waitUntil(t, "Sam's question", func() bool { return len(room().ContributionsOf(session.Question)) == 1 })
	ts.moveOn(mayas, code, 1)
	lees.waitFor("Phase 7 of 12: Yes, and")
	lees.keys("[enter]the first board matters[enter]")
	waitUntil(t, "Lee's yes", func() bool { return room().Builds.Len() == 1 })
	lees.keys("we can ship it in parts[enter]")
	waitUntil(t, "Lee's and", func() bool { return room().Builds.At(0).And != "" })
	ts.moveOn(mayas, code, 1)
	sams.waitFor("Phase 8 of 12: Pros and cons")
	sams.keys("[enter]Quick to try.[enter]")
	waitUntil(t, "Sam's pro", func() bool { return len(room().ContributionsOf(session.Pro)) == 1 })
	ts.moveOn(mayas, code, 2)
	mayas.waitFor("Phase 10 of 12: Team point of view")
	mayas.keys("[enter]we fix the invite step first[enter]that is where teams stall[enter]boards do not rise[enter]")
	waitUntil(t, "Maya's draft", func() bool { return len(room().Drafts) == 1 })
	sams.waitFor("Version 1")
	ts.moveOn(mayas, code, 1)
	lees.waitFor("Phase 11 of 12: Consent")
	mayas.keys("[ctrl+o]")
	for _, term := range []*terminal{mayas, sams, lees} {
		term.waitFor("a number from 0 to 5, then enter")
	}
	mayas.keys("4[enter]")
	sams.keys("5[enter]")
	waitUntil(t, "two votes", func() bool { r, _ := room().OpenRound(); return len(r.Votes) == 2 })
	if strings.Contains(lees.screen(), "supports") {
		t.Fatalf("scores show before everyone voted:\n%s", lees.screen())
	}
	lees.keys("4[enter]")
	for _, term := range []*terminal{mayas, sams, lees} {
		term.waitFor("Round 1: ✓ consent")
	}
	ts.moveOn(mayas, code, 1)
	lees.waitFor("Phase 12 of 12: Close")
	lees.keys("[enter]I listened more than I argued.[enter]")
	mayas.waitFor("I listened more")
	out, status := ts.run(sam, "export "+code)
	if status != 0 || !strings.Contains(out, "We believe we fix the invite step first, because that is where teams stall") ||
		!strings.Contains(out, "Consent reached in round 1.") {
		t.Fatalf("export: status %d:\n%s", status, out)
	}

	// When everyone has gone, nothing of them is left behind.
	for _, term := range []*terminal{mayas, sams, lees} {
		term.close()
	}
	waitUntil(t, "no subscriber left", func() bool { return ts.hub.Subscribers(code) == 0 })
	waitUntil(t, "nobody present", func() bool { return len(ts.hub.Present(code)) == 0 })
	waitUntil(t, "goroutines back to where they were", func() bool { return serverGoroutines() <= baseline })
}

// TestATerminalSizeIsClamped: a client asking for an absurd terminal gets
// one no bigger than trio draws for.
func TestATerminalSizeIsClamped(t *testing.T) {
	ts := startServer(t)
	maya := newPerson(t, "maya")
	term := ts.open(maya, 2000, 300, "")
	term.waitFor("Create a room")
	for _, line := range strings.Split(term.screen(), "\n") {
		if w := len([]rune(strings.TrimRight(line, " "))); w > maxWidth {
			t.Fatalf("a line %d cells wide reached a 2000-column terminal", w)
		}
	}
	if w, h := clampSize(65535, 65535); w != maxWidth || h != maxHeight {
		t.Errorf("clampSize(65535, 65535) = %d, %d", w, h)
	}
}

// moveOn moves the room on by phases, as a facilitator would: ctrl+n and
// enter to the question that names the next phase, once the room knows
// nobody is writing, so the question is the plain one.
func (ts *testServer) moveOn(facilitator *terminal, code string, phases int) {
	ts.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for len(ts.hub.Presence(code).Typing) > 0 {
		if time.Now().After(deadline) {
			r, _ := ts.hub.Room(code)
			var names []string
			for id := range ts.hub.Presence(code).Typing {
				names = append(names, r.Name(id))
			}
			ts.t.Fatalf("someone is still typing: %v", names)
		}
		time.Sleep(5 * time.Millisecond)
	}
	for range phases {
		facilitator.keys("[ctrl+n][enter]")
	}
}

func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("waited in vain: %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func pprofDump() string {
	buf := make([]byte, 1<<20)
	return string(buf[:runtime.Stack(buf, true)])
}

// serverGoroutines counts the goroutines that are not the test's own
// terminals: each terminal keeps one passing its emulator's answers on,
// which vt v0.1.0 cannot end without a race.
func serverGoroutines() int {
	n := 0
	for _, g := range strings.Split(pprofDump(), "\n\n") {
		if !strings.Contains(g, "(*testServer).open") {
			n++
		}
	}
	return n
}

// TestShutdownTellsEveryTerminal: stopping the server ends each program,
// which restores its terminal, and says so.
func TestShutdownTellsEveryTerminal(t *testing.T) {
	ts := startServer(t)
	maya := newPerson(t, "maya")
	code := ts.openRoom(maya)
	term := ts.open(maya, 80, 24, "join "+code)
	term.waitFor("Phase 1 of 12")
	term.keys("[enter]hopeful[enter]")
	waitUntil(t, "the word is stored", func() bool {
		r, _ := ts.hub.Room(code)
		return len(r.ContributionsOf(session.CheckInWord)) == 1
	})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	start := time.Now()
	if err := ts.srv.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > 4*time.Second {
		t.Errorf("shutdown took %v", took)
	}
	term.waitFor("trio is stopping. Everything you wrote is saved.")
	if !bytes.Contains(term.bytes(), []byte("\x1b[?1049l")) {
		t.Error("the terminal was not taken out of the alternate screen")
	}
}

// fragile is a model that breaks when x is pressed: a bug in one terminal.
type fragile struct{ tea.Model }

func (f fragile) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if key, ok := msg.(tea.KeyPressMsg); ok && key.String() == "x" {
		panic("a bug in one terminal")
	}
	m, cmd := f.Model.Update(msg)
	return fragile{m}, cmd
}

// TestAPanicEndsOnlyItsOwnSession: a panic in one terminal's model ends
// that session with an apology; the others and the server go on.
func TestAPanicEndsOnlyItsOwnSession(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(cfg *Config) {
		cfg.NewModel = func(opts tui.Options) tea.Model { return fragile{tui.New(opts)} }
	})
	maya, sam := newPerson(t, "maya"), newPerson(t, "sam")
	mayas := ts.open(maya, 80, 24, "")
	sams := ts.open(sam, 80, 24, "")
	mayas.waitFor("Create a room")
	sams.waitFor("Create a room")
	sams.keys("x")
	sams.waitFor("Sorry: trio ran into a problem on our side and closed this window.")
	mayas.keys("j")
	mayas.waitFor("▸ Join a room by its code")
	if _, status := ts.run(sam, "help"); status != 0 {
		t.Fatalf("the server stopped answering after a panic: status %d", status)
	}
}

// TestAFrozenTerminalDelaysNobody: a client that stops reading (its SSH
// window fills up) never holds up the room or the other terminals.
func TestAFrozenTerminalDelaysNobody(t *testing.T) {
	t.Parallel()
	ts := startServer(t)
	maya, sam, lee := newPerson(t, "maya"), newPerson(t, "sam"), newPerson(t, "lee")
	code := ts.openRoom(maya)
	for _, p := range []person{sam, lee} {
		if _, err := ts.hub.Do(context.Background(), code, p.id(), session.Join{Name: p.name}); err != nil {
			t.Fatal(err)
		}
	}
	// Sam's terminal: a PTY whose output nobody ever reads.
	conn := ts.dial(sam)
	frozen, err := conn.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := frozen.StdoutPipe(); err != nil {
		t.Fatal(err)
	}
	if err := frozen.RequestPty("xterm-256color", 60, 200, nil); err != nil {
		t.Fatal(err)
	}
	if err := frozen.Start("join " + code); err != nil {
		t.Fatal(err)
	}
	lees := ts.open(lee, 80, 24, "join "+code)
	lees.waitFor("Phase 1 of 12")
	// Full repaints and hundreds of changes: far more output than the 2 MB
	// of Sam's SSH window.
	for i := range 400 {
		if err := frozen.WindowChange(60-i%2, 200-i%2); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 300 {
		if _, err := ts.hub.Do(context.Background(), code, maya.id(), session.MarkReady{Ready: i%2 == 0}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := ts.hub.Do(context.Background(), code, maya.id(), session.CheckIn{Word: "steady"}); err != nil {
		t.Fatal(err)
	}
	lees.waitFor("steady")
}

// TestHugeTerminalsAndResizeStormsCostLittle: a client asking for a
// 65535×65535 terminal and then resizing ten thousand times costs the
// server less than 10 MB more than an ordinary 80×24 terminal does.
func TestHugeTerminalsAndResizeStormsCostLittle(t *testing.T) {
	ts := startServer(t)
	maya := newPerson(t, "maya")
	heap := func() int64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return int64(m.HeapInuse)
	}
	open := func(w, h int) *gossh.Session {
		sess, err := ts.dial(maya).NewSession()
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { sess.Close() })
		out, err := sess.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		go io.Copy(io.Discard, out)
		if err := sess.RequestPty("xterm-256color", h, w, nil); err != nil {
			t.Fatal(err)
		}
		if err := sess.Shell(); err != nil {
			t.Fatal(err)
		}
		return sess
	}
	open(80, 24)
	waitUntil(t, "the ordinary session runs", func() bool { return ts.srv.sessions.Load() == 1 })
	before := heap()
	huge := open(65535, 65535)
	// The storm starts once the program runs: charm.land/ssh writes a new
	// size where Pty() reads it without a lock, a race of the library's
	// own while a session starts.
	waitUntil(t, "the huge session's program runs", func() bool {
		ts.srv.mu.Lock()
		defer ts.srv.mu.Unlock()
		return len(ts.srv.programs) == 2
	})
	for i := range 10000 {
		if err := huge.WindowChange(65535-i%7, 65535-i%5); err != nil {
			t.Fatal(err)
		}
	}
	// Resize requests still in flight take memory for a moment; what must
	// hold is that the cost settles under 10 MB.
	waitUntil(t, "the server's memory settles within 10 MB", func() bool { return heap()-before < 10<<20 })
}

// TestConnectDisconnectCyclesLeaveNothingBehind: a thousand people come
// and go, with and without a terminal; goroutines and memory come back to
// where they were.
func TestConnectDisconnectCyclesLeaveNothingBehind(t *testing.T) {
	ts := startServer(t)
	maya := newPerson(t, "maya")
	code := ts.openRoom(maya)
	heap := func() int64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return int64(m.HeapInuse)
	}
	baseline, before := serverGoroutines(), heap()
	for i := range 1000 {
		if i%10 == 0 {
			ts.visit(maya, "join "+code, "Phase 1 of 12")
			continue
		}
		if _, status := ts.run(maya, "help"); status != 0 {
			t.Fatalf("cycle %d: status %d", i, status)
		}
	}
	// Bubble Tea's own input reader could block for good on a key arriving
	// as its program ended; the server reads the keys itself (forwardKeys),
	// so nothing may be left.
	waitUntil(t, "goroutines back to where they were", func() bool { return serverGoroutines() <= baseline })
	waitUntil(t, "no subscriber left", func() bool { return ts.hub.Subscribers(code) == 0 })
	waitUntil(t, "memory back within 10 MB", func() bool {
		grew := heap() - before
		t.Logf("heap %+.1f MB", float64(grew)/(1<<20))
		return grew < 10<<20
	})
}

// visit opens a terminal, waits until its output shows text, and leaves,
// keeping nothing of it.
func (ts *testServer) visit(p person, command, text string) {
	ts.t.Helper()
	conn := ts.connect(p)
	defer conn.Close()
	sess, err := conn.NewSession()
	if err != nil {
		ts.t.Fatal(err)
	}
	defer sess.Close()
	out, err := sess.StdoutPipe()
	if err != nil {
		ts.t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", 24, 80, nil); err != nil {
		ts.t.Fatal(err)
	}
	if err := sess.Start(command); err != nil {
		ts.t.Fatal(err)
	}
	var seen []byte
	buf := make([]byte, 4096)
	for !bytes.Contains(seen, []byte(text)) {
		n, err := out.Read(buf)
		if err != nil {
			ts.t.Fatalf("the terminal closed before showing %q", text)
		}
		seen = append(seen, buf[:n]...)
	}
}
