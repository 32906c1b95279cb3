package tui

import (
	"testing"

	"trio/content"
)

// At one keyboard, ctrl+s then a number speaks as that person: the
// sidebar names the numbers there are, and one past them says so rather
// than doing nothing.
func TestSpeakingAsSomeoneNamesTheNumbersThereAre(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	d.openRoom(content.Default()) // Maya, Sam, Lee and Cora, the coach
	d.sees("ctrl+s: next, or 1–4", "Speaking as Maya")
	d.press("ctrl+s", "3")
	d.sees("Speaking as Lee")
	d.press("ctrl+s", "5")
	d.sees("There is no person 5 here: ctrl+s then 1–4 speaks as someone.")
}
