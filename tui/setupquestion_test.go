package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"trio/tui/draw"
)

// A long question is read whole while it is typed, wrapped under its bar
// with the terminal's cursor after its last letter, not only once the
// field is left; and a question pasted over two lines is still one line.
func TestTheQuestionWrapsWhileItIsTyped(t *testing.T) {
	t.Parallel()
	d := setupWalk(t, 80, 24)
	d.typeText(longQuestion)
	d.sees("│ Should we rebuild onboarding from scratch")
	last := -1
	for y, line := range strings.Split(d.screen(), "\n") {
		if strings.HasSuffix(strings.TrimRight(line, " "), "anything bigger?") {
			last = y
			if c := d.app.View().Cursor; c == nil || c.Y != y || c.X != draw.Width(strings.TrimRight(line, " ")) {
				t.Fatalf("the cursor is at %+v, want it after the question's last letter, line %d:\n%s", c, y, d.screen())
			}
		}
	}
	if last != 5 {
		t.Fatalf("the question's end is on line %d, want the third of its field:\n%s", last, d.screen())
	}

	d.press("enter") // on to the goal
	d.send(tea.PasteMsg{Content: "Fewer new teams drop out,\nand more reach a first board."})
	d.press("enter")
	if got, want := d.app.setup.goal.Value(), "Fewer new teams drop out, and more reach a first board."; got != want {
		t.Fatalf("the goal pasted over two lines is %q, want %q", got, want)
	}
}
