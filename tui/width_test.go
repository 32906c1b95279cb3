package tui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"trio/session"
)

// Every rune cellWidth measures without segmenting is one cell and a
// grapheme of its own: alone, between letters, doubled, after a colour.
func TestOneCellRunesAreMeasuredAlike(t *testing.T) {
	t.Parallel()
	n := 0
	for r := rune(0); r <= 0x2fff; r++ {
		if !oneCell(r) {
			continue
		}
		n++
		c := string(r)
		for _, s := range []string{c, "a" + c + "b", c + c, "\x1b[1;38;2;1;2;3m" + c + "\x1b[m", c + "é"} {
			if got, want := cellWidth(s), ansi.StringWidth(s); got != want {
				t.Errorf("%U in %q: cellWidth %d, ansi.StringWidth %d", r, s, got, want)
			}
		}
	}
	if n < 500 {
		t.Fatalf("only %d runes are measured quickly", n)
	}
}

func TestCellWidthMeasuresLikeTheTerminalLibrary(t *testing.T) {
	t.Parallel()
	for _, s := range widthSamples {
		if got, want := cellWidth(s), ansi.StringWidth(s); got != want {
			t.Errorf("%q: cellWidth %d, ansi.StringWidth %d", s, got, want)
		}
	}
}

// Every line of every phase of the sample session, in colour, at two
// sizes, measured both ways.
func TestCellWidthMeasuresEveryScreenLikeTheTerminalLibrary(t *testing.T) {
	t.Parallel()
	events := demoEvents(t)
	for cut := range events {
		if _, ok := events[cut].Body.(*session.PhaseChanged); !ok {
			continue
		}
		for _, size := range [][2]int{{80, 24}, {200, 60}} {
			d := newDriverFrom(t, size[0], size[1], events[:cut])
			d.send(openRoomMsg{code: events[0].Room})
			for _, line := range strings.Split(d.app.View().Content, "\n") {
				if got, want := cellWidth(line), ansi.StringWidth(line); got != want {
					t.Errorf("%q: cellWidth %d, ansi.StringWidth %d", line, got, want)
				}
			}
		}
	}
}

var widthSamples = []string{
	"", "plain", "tab\there", "e\u0301", "a\u200db", "👍🏽", "🇫🇷", "日本", "\x1b]8;;x\x07link\x1b]8;;\x07",
	"\x1b[", "\x1b[31", "\x1b[31mred\x1b[m", "\x1b(B", "\x1b", "\x7f", "\u00ad", "▶\ufe0f", "☺", "✓\u0301",
	"\xff\xfe", "a\u0300", "\u2028", "‐‑‒–—―‖‗‘’‚‛“”„‟†‡•‣․‥…‧", "┌─┐│└┘", "◽◾",
}

func FuzzCellWidth(f *testing.F) {
	for _, s := range widthSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := cellWidth(s), ansi.StringWidth(s); got != want {
			t.Fatalf("%q: cellWidth %d, ansi.StringWidth %d", s, got, want)
		}
		if utf8.ValidString(s) {
			w := max(0, len(s)/2)
			if got, want := truncated(s, w, "…"), ansi.Truncate(s, w, "…"); got != want {
				t.Fatalf("%q cut to %d: %q, ansi.Truncate %q", s, w, got, want)
			}
		}
	})
}
