package server

import (
	"bytes"
	"context"
	"image/color"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"

	"trio/session"
	"trio/tui"
)

// settle waits until nothing has reached the terminal for a while: the
// program has drawn all it had to draw.
func (term *terminal) settle() {
	term.t.Helper()
	const quiet = 300 * time.Millisecond
	deadline := time.Now().Add(5 * time.Second)
	n, since := len(term.bytes()), time.Now()
	for time.Since(since) < quiet {
		if time.Now().After(deadline) {
			term.t.Fatalf("the terminal never went quiet:\n%s", term.screen())
		}
		time.Sleep(20 * time.Millisecond)
		if m := len(term.bytes()); m != n {
			n, since = m, time.Now()
		}
	}
}

// TestAContributionReachesOthersAsItsCellsOnly: a check-in word shows on
// another person's screen as the word's cells and little more: not the
// rest of the line, not the rest of the screen.
func TestAContributionReachesOthersAsItsCellsOnly(t *testing.T) {
	t.Parallel()
	ts := startServer(t)
	maya, lee := newPerson(t, "maya"), newPerson(t, "lee")
	code := ts.openRoom(maya)
	do := func(who person, cmd session.Command) {
		t.Helper()
		if _, err := ts.hub.Do(context.Background(), code, who.id(), cmd); err != nil {
			t.Fatal(err)
		}
	}
	do(lee, session.Join{Name: "Lee"})
	do(maya, session.PauseTimer{}) // a still clock: nothing else changes
	lees := ts.open(lee, 80, 24, "join "+code)
	lees.waitFor("Phase 1 of 12", "paused")
	lees.settle()

	const word = "wonderstruck"
	before := len(lees.bytes())
	do(maya, session.CheckIn{Word: word})
	lees.waitFor(word)
	lees.settle()
	sent := lees.bytes()[before:]
	t.Logf("%d bytes for a %d-letter word: %q", len(sent), len(word), sent)
	// The word, and what comes with it: a move of the cursor, room made
	// for it in the line, the coloured " · " before it.
	if limit := 2*len(word) + 24; len(sent) > limit {
		t.Errorf("%d bytes reached Lee's terminal for a %d-letter word; want at most %d", len(sent), len(word), limit)
	}
}

// TestALetterTypedCostsTheLetter: typing at the end of a line, a letter
// comes back to the typist as the letter and nothing else: the terminal's
// own cursor stands where they write and moves on by itself, in a word's
// line and in a text area alike.
func TestALetterTypedCostsTheLetter(t *testing.T) {
	t.Parallel()
	ts := startServer(t)
	maya := newPerson(t, "maya")
	code := ts.openRoom(maya)
	do := func(cmd session.Command) {
		t.Helper()
		if _, err := ts.hub.Do(context.Background(), code, maya.id(), cmd); err != nil {
			t.Fatal(err)
		}
	}
	do(session.PauseTimer{}) // a still clock: nothing else changes
	mayas := ts.open(maya, 80, 24, "join "+code)
	mayas.waitFor("Phase 1 of 12", "paused")
	typeLetters := func(field, start, more string) {
		t.Helper()
		mayas.keys(start)
		mayas.waitFor("│ " + start)
		mayas.settle()
		for i, letter := range more {
			before := len(mayas.bytes())
			mayas.keys(string(letter))
			mayas.waitFor("│ " + start + more[:i+1])
			mayas.settle()
			if sent := mayas.bytes()[before:]; string(sent) != string(letter) {
				t.Errorf("%s: typing %q sent %d bytes back, %q; want the letter alone", field, letter, len(sent), sent)
			}
		}
	}
	typeLetters("the check-in word", "wonder", "struck")
	mayas.keys("[enter]") // sent: no words left to wait for
	mayas.waitFor("Maya · wonderstruck")
	do(session.NextPhase{})
	do(session.NextPhase{})
	do(session.PauseTimer{})
	mayas.waitFor("Phase 3 of 12: Discussion round", "paused")
	typeLetters("a position", "Teams stall", "ing")
}

// countingModel counts the messages that reach a program's model.
type countingModel struct {
	tea.Model
	updates *atomic.Int64
}

func (m countingModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m.updates.Add(1)
	next, cmd := m.Model.Update(msg)
	return countingModel{next, m.updates}, cmd
}

// TestAnIdleTerminalIsSentNothing: once its screen is drawn, a terminal
// nobody types in gets no bytes, its painter draws nothing and its
// program is not woken, for longer than a frame of Bubble Tea's ticker.
func TestAnIdleTerminalIsSentNothing(t *testing.T) {
	t.Parallel()
	var updates atomic.Int64
	ts := startServer(t, func(cfg *Config) {
		cfg.NewModel = func(opts tui.Options) tea.Model { return countingModel{tui.New(opts), &updates} }
	})
	term := ts.open(newPerson(t, "maya"), 80, 24, "")
	term.waitFor("Create a room")
	term.settle()
	frames := ts.frames
	received, drawn, woken := len(term.bytes()), frames(), updates.Load()
	if drawn == 0 || woken == 0 {
		t.Fatalf("nothing counted: %d frames, %d messages", drawn, woken)
	}
	time.Sleep(1500 * time.Millisecond) // the time to watch: more than a tick of WithFPS(1)
	if n := len(term.bytes()) - received; n > 0 {
		t.Errorf("an idle terminal received %d bytes: %q", n, term.bytes()[received:])
	}
	if n := frames() - drawn; n > 0 {
		t.Errorf("an idle terminal's painter wrote %d times", n)
	}
	if n := updates.Load() - woken; n > 0 {
		t.Errorf("an idle terminal's program was woken %d times", n)
	}
}

// modeWatch keeps, as a terminal applies them, the modes and the title the
// program sets; its setup goes to open, so nothing is missed at the start.
type modeWatch struct {
	mu    sync.Mutex
	modes map[ansi.Mode]bool
	title string
}

func newModeWatch() *modeWatch {
	return &modeWatch{modes: map[ansi.Mode]bool{ansi.ModeAutoWrap: true}} // as a terminal starts
}

func (w *modeWatch) setup(e *vt.Emulator) {
	e.SetCallbacks(vt.Callbacks{
		EnableMode:  func(m ansi.Mode) { w.mu.Lock(); w.modes[m] = true; w.mu.Unlock() },
		DisableMode: func(m ansi.Mode) { w.mu.Lock(); w.modes[m] = false; w.mu.Unlock() },
		Title:       func(s string) { w.mu.Lock(); w.title = s; w.mu.Unlock() },
	})
}

func (w *modeWatch) set(m ansi.Mode) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.modes[m]
}

func (w *modeWatch) currentTitle() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.title
}

// TestTheTerminalIsGivenBackOnEveryWayOut: when a program ends (the person
// quits, the server stops, the program panics) the terminal is back on its
// main screen with its cursor and its modes as they were, and only then
// comes a parting word.
func TestTheTerminalIsGivenBackOnEveryWayOut(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name     string
		model    func(tui.Options) tea.Model
		leave    func(*testServer, *terminal)
		farewell string
	}{
		{"quit", nil, func(_ *testServer, term *terminal) { term.keys("\x03") }, ""},
		{"shutdown", nil, func(ts *testServer, _ *terminal) {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			ts.srv.Shutdown(ctx)
		}, "trio is stopping. Everything you wrote is saved.\r\n"},
		{"panic", func(opts tui.Options) tea.Model { return fragile{tui.New(opts)} },
			func(_ *testServer, term *terminal) { term.keys("x") },
			"Sorry: trio ran into a problem on our side and closed this window. Everything you sent is saved; connect again to go on.\r\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel() // each way out has its own server
			ts := startServer(t, func(cfg *Config) {
				if c.model != nil {
					cfg.NewModel = c.model
				}
			})
			watch := newModeWatch()
			term := ts.open(newPerson(t, "maya"), 80, 24, "", watch.setup)
			modeSet, title := watch.set, watch.currentTitle
			term.waitFor("Create a room")
			term.mu.Lock()
			entered := term.vt.IsAltScreen() && term.vt.CursorHidden()
			term.mu.Unlock()
			if !entered || !modeSet(ansi.ModeBracketedPaste) || modeSet(ansi.ModeAutoWrap) || title() != "trio" {
				t.Fatalf("the program did not set the terminal up: alternate screen and hidden cursor %v, bracketed paste %v, autowrap %v, title %q",
					entered, modeSet(ansi.ModeBracketedPaste), modeSet(ansi.ModeAutoWrap), title())
			}

			c.leave(ts, term)
			select {
			case <-term.ended:
			case <-time.After(5 * time.Second):
				t.Fatalf("the session did not end:\n%s", term.screen())
			}
			raw := term.bytes()
			if want := "\x1b[?1049l\x1b[?25h" + c.farewell; !bytes.HasSuffix(raw, []byte(want)) {
				t.Errorf("the terminal's last bytes are %q, want them to end with %q", raw[max(0, len(raw)-160):], want)
			}
			term.mu.Lock()
			alt, hidden := term.vt.IsAltScreen(), term.vt.CursorHidden()
			term.mu.Unlock()
			if alt || hidden || modeSet(ansi.ModeBracketedPaste) || !modeSet(ansi.ModeAutoWrap) || title() != "" {
				t.Errorf("the terminal was left with alternate screen %v, hidden cursor %v, bracketed paste %v, autowrap %v, title %q",
					alt, hidden, modeSet(ansi.ModeBracketedPaste), modeSet(ansi.ModeAutoWrap), title())
			}
		})
	}
}

// backgroundModel notes the terminal backgrounds its program is told.
type backgroundModel struct {
	tea.Model
	mu   *sync.Mutex
	seen *[]tea.BackgroundColorMsg
}

func (m backgroundModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if bg, ok := msg.(tea.BackgroundColorMsg); ok {
		m.mu.Lock()
		*m.seen = append(*m.seen, bg)
		m.mu.Unlock()
	}
	next, cmd := m.Model.Update(msg)
	return backgroundModel{next, m.mu, m.seen}, cmd
}

// TestTheTerminalIsAskedItsBackgroundOnce: the app's question about the
// background colour reaches the terminal once, and the answer (a light
// background here) reaches the app, which picks its styles from it.
func TestTheTerminalIsAskedItsBackgroundOnce(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	var seen []tea.BackgroundColorMsg
	ts := startServer(t, func(cfg *Config) {
		cfg.NewModel = func(opts tui.Options) tea.Model { return backgroundModel{tui.New(opts), &mu, &seen} }
	})
	light := func(e *vt.Emulator) { e.SetDefaultBackgroundColor(color.White) }
	term := ts.open(newPerson(t, "maya"), 80, 24, "", light)
	term.waitFor("Create a room")
	waitUntil(t, "the app is told the background", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(seen) > 0
	})
	term.settle()
	mu.Lock()
	defer mu.Unlock()
	if len(seen) != 1 || seen[0].IsDark() {
		t.Errorf("the app was told %v, want one light background", seen)
	}
	if n := strings.Count(string(term.bytes()), ansi.RequestBackgroundColor); n != 1 {
		t.Errorf("the terminal was asked its background %d times", n)
	}
}

// frames counts the writes every painter has made to its terminal.
func (ts *testServer) frames() (n int64) {
	ts.srv.mu.Lock()
	defer ts.srv.mu.Unlock()
	for _, paint := range ts.srv.programs {
		n += paint.Frames()
	}
	return n
}

// TestAResizedTerminalIsDrawnAgain: when the window changes size, the
// screen is drawn again for the new size: the help line moves to the new
// last row.
func TestAResizedTerminalIsDrawnAgain(t *testing.T) {
	t.Parallel()
	ts := startServer(t)
	term := ts.open(newPerson(t, "maya"), 80, 24, "")
	term.waitFor("Create a room")
	lastRow := func() string {
		rows := strings.Split(term.screen(), "\n")
		return rows[len(rows)-1]
	}
	if !strings.Contains(lastRow(), "ctrl+c quit") {
		t.Fatalf("the help line is not on the last row:\n%s", term.screen())
	}
	term.mu.Lock()
	term.vt.Resize(100, 30)
	term.mu.Unlock()
	if err := term.sess.WindowChange(30, 100); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the help line on the new last row", func() bool { return strings.Contains(lastRow(), "ctrl+c quit") })
	if rows := strings.Split(term.screen(), "\n"); strings.Contains(rows[23], "ctrl+c quit") {
		t.Errorf("the old help line stayed on row 24:\n%s", term.screen())
	}
}
