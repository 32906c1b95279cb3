package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"trio/content"
)

// A word typed past the field's limit is cut, and the status line says
// so; once the word is sent, that is old news, even when the terminal
// delivered the letters and enter in one go and the notice came after.
func TestACutWordIsNewsOnlyUntilItIsSent(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	d.openRoom(content.Default())
	d.press("enter")
	d.sees("One word for how you arrive")

	long := strings.Repeat("overwhelmed", 4) // 44 letters, the field keeps 32
	d.send(tea.PasteMsg{Content: long})
	d.sees("Only the first 32 characters were kept")

	d.typeText("x") // one more, at the limit: the notice is said again
	_, late := d.app.Update(tea.PasteMsg{Content: "y"})
	d.press("enter")
	d.run(late) // the notice of the letter before enter, arriving after it
	d.sees("Maya · " + long[:32])
	d.doesNotSee("Only the first 32 characters were kept")
}
