package painter

import (
	"bytes"
	"io"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"
)

// unbounded takes a terminal's size as it is: these tests choose it.
func unbounded(w, h int) (int, int) { return w, h }

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
				st := ansi.Style{}.ForegroundColor(ansi.RGBColor{R: uint8(rng.Uint32()), G: uint8(rng.Uint32()), B: uint8(rng.Uint32())})
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

// sameScreens compares two terminals cell by cell, as a person sees them:
// a blank is a blank, whatever the colour of letters it does not have.
func sameScreens(t *testing.T, got, want *vt.Emulator) bool {
	t.Helper()
	for y := range want.Height() {
		for x := range want.Width() {
			g, w := got.CellAt(x, y), want.CellAt(x, y)
			if !sameLook(g, w) {
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
// shows, with its cursor where the view wants it; across resizes too, and
// whether or not the terminal can insert characters.
func TestPaintingChangesShowsWhatPaintingAllShows(t *testing.T) {
	t.Parallel()
	for _, term := range []string{"xterm-256color", "vt100"} {
		t.Run(term, func(t *testing.T) {
			t.Parallel() // each terminal type has its own screens
			rng := rand.New(rand.NewPCG(1, uint64(len(term))))
			env := []string{"TERM=" + term}
			w, h := 40, 10
			screen, whole := newScreen(w, h), newScreen(w, h)
			p := New(screen, env, colorprofile.ANSI256, w, h, unbounded)
			v := randomView(rng, h)
			ich, dch := regexp.MustCompile(`\x1b\[\d+@`), regexp.MustCompile(`\x1b\[\d+P`)
			inserted, deleted := 0, 0
			for step := range 300 {
				if step%100 == 99 {
					w, h = 30+rng.IntN(30), 6+rng.IntN(8)
					screen.Resize(w, h)
					whole.Resize(w, h)
					p.Filter(nil, tea.WindowSizeMsg{Width: w, Height: h})
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
				if rng.IntN(2) == 0 { // someone writes there
					v.Cursor = tea.NewCursor(rng.IntN(w), rng.IntN(h))
				}
				p.Show(v)
				p.paint()
				inserted += len(ich.FindAll(p.frame.Bytes(), -1))
				deleted += len(dch.FindAll(p.frame.Bytes(), -1))
				if c := v.Cursor; c != nil {
					if at := screen.CursorPosition(); at.X != c.X || at.Y != c.Y || screen.CursorHidden() {
						t.Fatalf("step %d: the cursor is at %d,%d (hidden %v), want it shown at %d,%d", step, at.X, at.Y, screen.CursorHidden(), c.X, c.Y)
					}
				} else if !screen.CursorHidden() {
					t.Fatalf("step %d: the cursor shows, and nobody writes", step)
				}

				whole.WriteString(ansi.ResetInitialState) // as good as new
				once := New(whole, env, colorprofile.ANSI256, w, h, unbounded)
				once.Show(v)
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
	t.Parallel()
	orange := ansi.Style{}.ForegroundColor(ansi.RGBColor{R: 0xff, G: 0x80, B: 0x00}).String() + "orange" + ansi.ResetStyle
	for _, c := range []struct {
		profile colorprofile.Profile
		want    string
	}{
		{colorprofile.TrueColor, "\x1b[38;2;255;128;0morange"},
		{colorprofile.ANSI256, "\x1b[38;5;208morange"},
		{colorprofile.ANSI, "\x1b[91morange"},
		{colorprofile.Ascii, "\x1b[2Jorange"},
	} {
		var out bytes.Buffer
		p := New(&out, []string{"TERM=xterm-256color"}, c.profile, 20, 2, unbounded)
		p.Show(tea.NewView(orange))
		p.paint()
		if !strings.Contains(out.String(), c.want) {
			t.Errorf("%v: %q, want %q in it", c.profile, out.String(), c.want)
		}
	}
}
