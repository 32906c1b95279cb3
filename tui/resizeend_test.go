package tui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"trio/content"
	"trio/session"
)

// A window made smaller shows what it showed last: a screen that had the
// newest positions on it still has them, with the older ones above.
func TestASmallerWindowKeepsTheNewestInSight(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 160, 50)
	code := d.openRoom(content.Default())
	d.goTo(content.KindDiscussion)
	for i, who := range []session.ParticipantID{"maya", "sam", "lee", "maya", "sam", "lee", "maya", "sam"} {
		d.as(code, who, session.StatePosition{Text: fmt.Sprintf("Position %d: we rebuild the first screen, because people leave there and never come back to it.", i+1)})
	}
	d.sees("Position 1:", "Position 8:")
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.sees("Position 8:", "more lines above (pgup)")
	d.doesNotSee("Position 1:", "more lines below")
}
