package tui

import (
	"fmt"
	"strings"
	"testing"

	"trio/content"
	"trio/session"
)

// A person who scrolled up to read an earlier position keeps their place
// when another arrives: the new one waits below, as in a chat, and the
// line under the list says so.
func TestAReaderScrolledUpKeepsTheirPlace(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.goTo(content.KindDiscussion)
	trio := []session.ParticipantID{"maya", "sam", "lee"}
	for i := range 12 {
		d.as(code, trio[i%3], session.StatePosition{Text: fmt.Sprintf("Position %d: we rebuild the first screen, because people leave there and never come back to it.", i+1)})
	}
	d.sees("Position 12:")
	d.press("pgup", "pgup")
	d.doesNotSee("Position 12:")
	before := d.screen()
	var shown []string
	for i := 1; i <= 12; i++ {
		if p := fmt.Sprintf("Position %d:", i); strings.Contains(before, p) {
			shown = append(shown, p)
		}
	}
	if len(shown) == 0 {
		t.Fatalf("no position on screen after pgup:\n%s", before)
	}

	d.as(code, "sam", session.StatePosition{Text: "Position 13: we measure first, then decide what to rebuild."})
	d.sees(shown...)
	d.doesNotSee("Position 13:")
	d.sees("more lines below (pgdn)")

	// Back at the end, the next position comes into view by itself.
	d.press("pgdown", "pgdown", "pgdown", "pgdown")
	d.sees("Position 13:")
	d.as(code, "lee", session.StatePosition{Text: "Position 14: we ask five people who left."})
	d.sees("Position 14:")
}
