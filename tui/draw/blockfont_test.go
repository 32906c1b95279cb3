package draw

import (
	"strings"
	"testing"
)

func TestBlockTextDrawsAClockInBlocks(t *testing.T) {
	t.Parallel()
	got := strings.Join(BlockText("1:05", 1), "\n")
	want := strings.Join([]string{
		"  ██        ██████  ██████",
		"████    ██  ██  ██  ██    ",
		"  ██        ██  ██  ██████",
		"  ██    ██  ██  ██      ██",
		"██████      ██████  ██████",
	}, "\n")
	if got != want {
		t.Fatalf("1:05 in blocks is\n%s\nwant\n%s", got, want)
	}
}

func TestBlockTextGrowsWithItsScale(t *testing.T) {
	t.Parallel()
	for _, scale := range []int{1, 2, 3} {
		lines := BlockText("12:34", scale)
		if len(lines) != BlockHeight*scale {
			t.Fatalf("at scale %d the clock is %d lines high, want %d", scale, len(lines), BlockHeight*scale)
		}
		for _, l := range lines {
			if w := Width(l); w != BlockWidth("12:34", scale) {
				t.Fatalf("at scale %d a line is %d wide, want %d: %q", scale, w, BlockWidth("12:34", scale), l)
			}
		}
	}
}

func TestBlockTextLeavesOutWhatItCannotDraw(t *testing.T) {
	t.Parallel()
	if got := BlockText("\x1b]x\a7", 1)[0]; got != "██████" {
		t.Fatalf("what is not a digit was drawn: %q", got)
	}
	if BlockWidth("min", 1) != 0 {
		t.Fatal("letters were given a width")
	}
}
