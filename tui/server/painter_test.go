package server

import (
	"bytes"
	"context"
	"image/color"
	"io"
	"math/rand/v2"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
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

// randomView is a view of random rows: words in colours, wide characters,
// backgrounds, rows longer than the screen, blank rows.
func randomView(rng *rand.Rand, height int) tea.View {
	words := []string{"tea", "trio", "漢字", "consent", "—", "dialogue", "€5", "a", "🙂", "listen", "yes, and"}
	rows := make([]string, height)
	for y := range rows {
		var b strings.Builder
		for range rng.IntN(8) {
			word := words[rng.IntN(len(words))]
			switch rng.IntN(4) {
			case 0:
				b.WriteString(word)
			case 1:
				st := ansi.Style{}.ForegroundColor(ansi.TrueColor(rng.Uint32() & 0xffffff))
				b.WriteString(st.String() + word + ansi.ResetStyle)
			case 2:
				st := ansi.Style{}.Bold().BackgroundColor(ansi.IndexedColor(rng.IntN(256)))
				b.WriteString(st.String() + word + ansi.ResetStyle)
			case 3:
				b.WriteString(strings.Repeat(" ", rng.IntN(12)) + word)
			}
			b.WriteString(" ")
		}
		rows[y] = b.String()
	}
	v := tea.NewView(strings.Join(rows, "\n"))
	v.AltScreen = true
	return v
}

// newScreen is a terminal emulator whose answers to questions go nowhere:
// unread, they would hold up its writes. (Its reader stays: vt v0.1.0
// cannot close an emulator while it is read without a race.)
func newScreen(w, h int) *vt.Emulator {
	e := vt.NewEmulator(w, h)
	go io.Copy(io.Discard, e)
	return e
}

// sameScreens compares two terminals cell by cell.
func sameScreens(t *testing.T, got, want *vt.Emulator) bool {
	t.Helper()
	for y := range want.Height() {
		for x := range want.Width() {
			g, w := got.CellAt(x, y), want.CellAt(x, y)
			if !g.Equal(w) {
				t.Errorf("cell %d,%d is %q %+v, want %q %+v\ngot:\n%s\nwant:\n%s", x, y, g.Content, g.Style, w.Content, w.Style, got.String(), want.String())
				return false
			}
		}
	}
	return true
}

// TestPaintingChangesShowsWhatPaintingAllShows: after any series of frames,
// sending only what changed leaves a terminal showing, cell for cell and
// colour for colour, what drawing the last frame whole on a fresh terminal
// shows; across resizes too, and whether or not the terminal can insert
// characters.
func TestPaintingChangesShowsWhatPaintingAllShows(t *testing.T) {
	for _, term := range []string{"xterm-256color", "vt100"} {
		t.Run(term, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, uint64(len(term))))
			env := []string{"TERM=" + term}
			w, h := 40, 10
			screen, whole := newScreen(w, h), newScreen(w, h)
			p := newPainter(screen, env, colorprofile.ANSI256, w, h)
			v := randomView(rng, h)
			ich, dch := regexp.MustCompile(`\x1b\[\d+@`), regexp.MustCompile(`\x1b\[\d+P`)
			inserted, deleted := 0, 0
			for step := range 300 {
				if step%100 == 99 {
					w, h = 30+rng.IntN(30), 6+rng.IntN(8)
					screen.Resize(w, h)
					whole.Resize(w, h)
					p.filter(nil, tea.WindowSizeMsg{Width: w, Height: h})
				}
				// Change a few rows: new rows, or a word put into or taken
				// out of one.
				rows := strings.Split(v.Content, "\n")
				rows = append(rows, make([]string, max(0, h-len(rows)))...)[:h]
				fresh := strings.Split(randomView(rng, h).Content, "\n")
				for range 1 + rng.IntN(3) {
					y := rng.IntN(h)
					switch rng.IntN(3) {
					case 0:
						rows[y] = fresh[y]
					case 1:
						// After a space: never inside a character or a
						// colour.
						at := []int{0}
						for i := range rows[y] {
							if rows[y][i] == ' ' {
								at = append(at, i+1)
							}
						}
						i := at[rng.IntN(len(at))]
						rows[y] = rows[y][:i] + "inserted " + rows[y][i:]
					case 2:
						word := []string{"trio ", "inserted "}[rng.IntN(2)]
						rows[y] = strings.Replace(rows[y], word, "", 1)
					}
				}
				v = tea.NewView(strings.Join(rows, "\n"))
				v.AltScreen = true
				p.show(v)
				p.paint()
				inserted += len(ich.FindAll(p.frame.Bytes(), -1))
				deleted += len(dch.FindAll(p.frame.Bytes(), -1))

				whole.WriteString(ansi.ResetInitialState) // as good as new
				once := newPainter(whole, env, colorprofile.ANSI256, w, h)
				once.show(v)
				once.paint()
				if !sameScreens(t, screen, whole) {
					t.Fatalf("step %d: the screens differ", step)
				}
			}
			t.Logf("%d rows moved over to insert, %d to delete", inserted, deleted)
			if p.shifts && (inserted == 0 || deleted == 0) {
				t.Error("no row was moved over: the test did not try it")
			}
		})
	}
}

// TestColoursAreThoseTheTerminalCanShow: a colour is sent as the
// terminal's colour profile allows, as Bubble Tea's renderer sends it.
func TestColoursAreThoseTheTerminalCanShow(t *testing.T) {
	orange := ansi.Style{}.ForegroundColor(ansi.TrueColor(0xff8000)).String() + "orange" + ansi.ResetStyle
	for _, c := range []struct {
		profile colorprofile.Profile
		want    string
	}{
		{colorprofile.TrueColor, "\x1b[38;2;255;128;0morange"},
		{colorprofile.ANSI256, "\x1b[38;5;208morange"},
		{colorprofile.ANSI, "\x1b[91morange"},
		{colorprofile.Ascii, "Horange"},
	} {
		var out bytes.Buffer
		p := newPainter(&out, []string{"TERM=xterm-256color"}, c.profile, 20, 2)
		p.show(tea.NewView(orange))
		p.paint()
		if !strings.Contains(out.String(), c.want) {
			t.Errorf("%v: %q, want %q in it", c.profile, out.String(), c.want)
		}
	}
}

// frames counts the writes every painter has made to its terminal.
func (ts *testServer) frames() (n int64) {
	ts.srv.mu.Lock()
	defer ts.srv.mu.Unlock()
	for _, paint := range ts.srv.programs {
		n += paint.drawCount()
	}
	return n
}

// TestAResizedTerminalIsDrawnAgain: when the window changes size, the
// screen is drawn again for the new size: the help line moves to the new
// last row.
func TestAResizedTerminalIsDrawnAgain(t *testing.T) {
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
