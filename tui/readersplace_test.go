package tui

import (
	"fmt"
	"strings"
	"testing"

	"trio/content"
	"trio/session"
)

// A person who scrolled up to read an earlier position can reach the
// first of a round, and keeps their place when another arrives: the new
// one waits below, as in a chat, and the line under the list says so.
func TestAReaderScrolledUpKeepsTheirPlace(t *testing.T) {
	t.Parallel()
	d, code := discussionOf(t, 16)
	d.sees("Position 16:")
	d.doesNotSee("Position 1:")
	for range 10 {
		d.press("pgup")
	}
	d.sees("Position 1:", "Position 2:")
	d.doesNotSee("Position 16:", "Earlier positions are not shown")
	before := d.screen()

	for i, who := range []session.ParticipantID{"sam", "lee", "maya"} {
		d.as(code, who, session.StatePosition{Text: fmt.Sprintf("Position %d: we measure first, then decide what to rebuild.", 17+i)})
		if got := d.screen(); bodyOf(got) != bodyOf(before) {
			t.Fatalf("the lines read moved when position %d came:\n%s\nwas:\n%s", 17+i, got, before)
		}
		d.sees("below, new ones among them (pgdn)")
	}

	// Back at the end, the news is read, and the next position comes
	// into view by itself.
	for range 12 {
		d.press("pgdown")
	}
	d.sees("Position 19:")
	d.doesNotSee("new ones among them")
	d.as(code, "lee", session.StatePosition{Text: "Position 20: we ask five people who left."})
	d.sees("Position 20:")
}

// bodyOf is a room screen's lines between the header's rule and the
// line under the list: what the person reads.
func bodyOf(screen string) string {
	lines := strings.Split(screen, "\n")
	var body []string
	for _, l := range lines[6:] {
		if strings.Contains(l, "more lines") || strings.Contains(l, "more (pg") {
			break
		}
		if _, right, ok := strings.Cut(l, "│"); ok {
			body = append(body, right)
		}
	}
	return strings.Join(body, "\n")
}

// The line under a list counts the lines above while the whole list is
// drawn; once only its newest part is, it says there is more without a
// count that would fall short, the same on every screen.
func TestTheLinesAboveAreCountedOnlyWhenAllAreThere(t *testing.T) {
	t.Parallel()
	d, code := discussionOf(t, 7)
	d.sees("more lines above (pgup)")
	postPositions(d, code, 8, 16)
	d.sees("↑ more above (pgup)")
	d.doesNotSee("more lines above")
}

// Writing under a long list hides its end as the field grows, but that is
// not scrolling up to read: the list is drawn as it is for everyone, and
// its line reads the same before, while and after writing.
func TestAGrowingFieldIsNotReadingBack(t *testing.T) {
	t.Parallel()
	d, _ := discussionOf(t, 16)
	d.sees("↑ more above (pgup)")
	d.typeText("We should measure first. Three screens lose most people, and we do not know why yet; a week of interviews would tell us.")
	d.sees("↑ more above (pgup)")
	d.doesNotSee("more lines above")
	d.press("esc")
	d.sees("↑ more above (pgup)")
}

// Someone who scrolled back to the first position and returned to the end
// reads the same line under the list as someone who never scrolled.
func TestTheLineUnderAListIsTheSameAfterReadingBack(t *testing.T) {
	t.Parallel()
	d, _ := discussionOf(t, 16)
	d.sees("↑ more above (pgup)")
	for range 10 {
		d.press("pgup")
	}
	d.sees("Position 1:")
	d.doesNotSee("more lines above")
	for range 12 {
		d.press("pgdown")
		d.doesNotSee("more lines above")
	}
	d.sees("Position 16:", "↑ more above (pgup)")
}

// discussionOf is a room at 80x24 in its discussion round, where the trio
// stated n positions in turn, each of two or three lines.
func discussionOf(t *testing.T, n int) (*driver, string) {
	t.Helper()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.goTo(content.KindDiscussion)
	postPositions(d, code, 1, n)
	return d, code
}

// postPositions states positions from to through, in turn.
func postPositions(d *driver, code string, from, through int) {
	d.t.Helper()
	trio := []session.ParticipantID{"maya", "sam", "lee"}
	for i := from; i <= through; i++ {
		d.as(code, trio[(i-1)%3], session.StatePosition{Text: fmt.Sprintf("Position %d: we rebuild the first screen, because people leave there and never come back to it.", i)})
	}
}
