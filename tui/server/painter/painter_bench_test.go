package painter

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// countingWriter counts what a terminal would receive.
type countingWriter struct{ n int }

func (w *countingWriter) Write(b []byte) (int, error) {
	w.n += len(b)
	return len(b), nil
}

// screenful is a styled screen of width×height cells, like a room's: a
// coloured heading, bordered lines, and on row line a text that says n.
func screenful(width, height, line, n int) string {
	heading := ansi.Style{}.Bold().ForegroundColor(ansi.IndexedColor(63))
	muted := ansi.Style{}.ForegroundColor(ansi.IndexedColor(245))
	rows := make([]string, height)
	for y := range rows {
		text := fmt.Sprintf("│ line %d of the room, as the sidebar and the panel draw it", y)
		if y == line {
			text = "│ " + strconv.Itoa(n) + " a contribution that just arrived"
		}
		text = ansi.Truncate(text, width-2, "")
		rows[y] = muted.String() + text + strings.Repeat(" ", width-2-ansi.StringWidth(text)) + "│" + ansi.ResetStyle
	}
	rows[0] = heading.String() + ansi.Truncate("Phase 1 of 12: Check-in", width, "") + ansi.ResetStyle
	return strings.Join(rows, "\n")
}

// BenchmarkPainter: drawing a frame that differs from the one on screen by
// one line, at 80×24 and 200×60. Reports the bytes each frame sends.
//
//	go test ./tui/server/painter -run '^$' -bench Painter -benchmem
func BenchmarkPainter(b *testing.B) {
	for _, size := range []struct{ w, h int }{{80, 24}, {200, 60}} {
		b.Run(fmt.Sprintf("%dx%d", size.w, size.h), func(b *testing.B) {
			out := &countingWriter{}
			p := New(out, []string{"TERM=xterm-256color"}, colorprofile.ANSI256, size.w, size.h, unbounded)
			frames := []tea.View{}
			for n := range 2 {
				v := tea.NewView(screenful(size.w, size.h, size.h/2, n))
				v.AltScreen, v.WindowTitle = true, "trio"
				frames = append(frames, v)
			}
			p.Show(frames[0])
			p.paint()
			out.n = 0
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				i++
				p.Show(frames[i%2])
				p.paint()
			}
			b.ReportMetric(float64(out.n)/float64(i), "B/frame")
		})
	}
}
