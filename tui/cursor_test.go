package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// An editor's cursor, marked in its own rows, is found wherever the
// layout put those rows: below a header, beside a column of colour, and
// the mark never reaches the screen.
func TestTheCursorIsPlacedWhereTheEditorWasDrawn(t *testing.T) {
	field := markCursor("│ first line\n│ Teams stall", tea.NewCursor(13, 1))
	sidebar := "\x1b[38;5;147mPeople\x1b[m   │ "
	screen := "Header\n" + sidebar + "Your position\n" + sidebar + field[:len("│ first line")] + "\n" + sidebar + field[len("│ first line\n"):] + "\nstatus"
	lines, c := placeCursor(strings.Split(screen, "\n"))
	got := strings.Join(lines, "\n")
	// The sidebar takes 11 columns, the bar and the text 13.
	if c == nil || c.X != 11+13 || c.Y != 3 {
		t.Fatalf("the cursor is at %+v, want column 24 of row 3", c)
	}
	if want := "Header\n" + sidebar + "Your position\n" + sidebar + "│ first line\n" + sidebar + "│ Teams stall\nstatus"; got != want {
		t.Errorf("the screen is %q, want the mark taken out: %q", got, want)
	}
	if _, c := placeCursor([]string{"a screen", "with no editor"}); c != nil {
		t.Errorf("a screen with no editor has its cursor at %+v", c)
	}
	if got := markCursor("one row", tea.NewCursor(3, 4)); got != "one row" {
		t.Errorf("a cursor below the editor's rows marked %q", got)
	}
}
