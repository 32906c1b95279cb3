package tui

import (
	"strings"
	"testing"

	"trio/tui/draw"
)

func widthsOf(entries []string) []int {
	widths := make([]int, len(entries))
	for i, e := range entries {
		widths[i] = draw.Width(e)
	}
	return widths
}

// In a room of twelve at the check-in, a word arriving beside one name
// moves nobody else's entry: the others stay in their columns, so every
// screen redraws that one entry.
func TestAWordArrivingMovesNobodyElse(t *testing.T) {
	names := []string{"○ Maya", "○ Sam", "○ Lee", "○ Ana", "○ Ben", "○ Cleo", "○ Dev", "○ Eva", "○ Finn", "○ Gus", "○ Hana", "○ Ivo"}
	before := append([]string(nil), names...)
	before[0] += " · hopeful"
	after := append([]string(nil), before...)
	after[5] += " · curious"
	was, is := strings.Split(checkInGrid(before, widthsOf(before), 53), "\n"), strings.Split(checkInGrid(after, widthsOf(after), 53), "\n")
	if len(was) != len(is) {
		t.Fatalf("the grid went from %d lines to %d", len(was), len(is))
	}
	changed := 0
	for i := range was {
		if was[i] != is[i] {
			changed++
			if !strings.HasPrefix(is[i], strings.TrimRight(was[i], " ")[:strings.Index(was[i], "○ Cleo")]) {
				t.Errorf("the entries before Cleo's moved:\n%q\n%q", was[i], is[i])
			}
		}
	}
	if changed != 1 {
		t.Errorf("%d lines changed for one word; want Cleo's alone:\n%s\n---\n%s", changed, strings.Join(was, "\n"), strings.Join(is, "\n"))
	}
	for _, line := range is {
		if w := len([]rune(line)); w > 53 {
			t.Errorf("a line of %d columns in 53: %q", w, line)
		}
	}
}

// A trio's entries that fit on one line read as they always did: the
// columns are for lists of several lines.
func TestEntriesThatFitOnOneLineFlow(t *testing.T) {
	entries := []string{"✓ Maya · hopeful", "✓ Sam · curious", "✓ Lee · wary"}
	for _, width := range []int{49, 53, 80} {
		if got, want := checkInGrid(entries, widthsOf(entries), width), checkInFlow(entries, width); got != want {
			t.Errorf("at %d columns the grid laid %q, the flow %q", width, got, want)
		}
	}
}
