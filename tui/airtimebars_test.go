package tui

import (
	"strings"
	"testing"

	"trio/content"
	"trio/session"
)

// Whoever has spoken keeps at least one cell of airtime, however much the
// others said: an empty bar reads as someone who never spoke.
func TestWhoeverSpokeKeepsACellOfAirtime(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.goTo(content.KindDiscussion)
	d.as(code, "maya", session.StatePosition{Text: strings.Repeat("We rebuild the first screen, because people leave there. ", 6)})
	d.as(code, "sam", session.StatePosition{Text: "Agreed."})
	screen := d.screen()
	if !strings.Contains(screen, "Design ▮▯▯▯▯▯▯▯") {
		t.Errorf("Sam said one word against Maya's sixty and shows no airtime:\n%s", screen)
	}
	if !strings.Contains(screen, "Engineering ▯▯▯▯▯▯▯▯") {
		t.Errorf("Lee said nothing and shows airtime:\n%s", screen)
	}
}
