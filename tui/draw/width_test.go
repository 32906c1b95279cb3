package draw

import (
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Every rune Width measures without segmenting is one cell and a
// grapheme of its own: alone, between letters, doubled, after a colour.
func TestOneCellRunesAreMeasuredAlike(t *testing.T) {
	n := 0
	for r := rune(0); r <= 0x2fff; r++ {
		if !oneCell(r) {
			continue
		}
		n++
		c := string(r)
		for _, s := range []string{c, "a" + c + "b", c + c, "\x1b[1;38;2;1;2;3m" + c + "\x1b[m", c + "é"} {
			if got, want := Width(s), ansi.StringWidth(s); got != want {
				t.Errorf("%U in %q: Width %d, ansi.StringWidth %d", r, s, got, want)
			}
		}
	}
	if n < 500 {
		t.Fatalf("only %d runes are measured quickly", n)
	}
}

func TestCellWidthMeasuresLikeTheTerminalLibrary(t *testing.T) {
	for _, s := range widthSamples {
		if got, want := Width(s), ansi.StringWidth(s); got != want {
			t.Errorf("%q: Width %d, ansi.StringWidth %d", s, got, want)
		}
	}
}

var widthSamples = []string{
	"", "plain", "tab\there", "e\u0301", "a\u200db", "👍🏽", "🇫🇷", "日本", "\x1b]8;;x\x07link\x1b]8;;\x07",
	"\x1b[", "\x1b[31", "\x1b[31mred\x1b[m", "\x1b(B", "\x1b", "\x7f", "\u00ad", "▶\ufe0f", "☺", "✓\u0301",
	"\xff\xfe", "a\u0300", "\u2028", "‐‑‒–—―‖‗‘’‚‛“”„‟†‡•‣․‥…‧", "┌─┐│└┘", "◽◾",
	"\x1b_trio-cursor;3\x1b\\after", "\x1b_open", "\x1b_a\x07b", "\x1b]8;;x\x1b\\link\x1b]8;;\x1b\\", "\x1b]0;t\x07", "★ facilitates",
}

func FuzzWidth(f *testing.F) {
	for _, s := range widthSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Width(s), ansi.StringWidth(s); got != want {
			t.Fatalf("%q: Width %d, ansi.StringWidth %d", s, got, want)
		}
		if utf8.ValidString(s) {
			w := max(0, len(s)/2)
			if got, want := Truncate(s, w, "…"), ansi.Truncate(s, w, "…"); got != want {
				t.Fatalf("%q cut to %d: %q, ansi.Truncate %q", s, w, got, want)
			}
		}
	})
}
