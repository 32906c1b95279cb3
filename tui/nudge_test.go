package tui

import (
	"testing"

	"trio/content"
)

// The nudge under a field follows the phase, as the hub's does: shown in
// the dialogue phases, never in the discussion round, where advocacy is
// the point, nor in the point of view, whose grammar is "we should".
func TestTheNudgeWhileTypingFollowsThePhase(t *testing.T) {
	t.Parallel()
	d, _ := cardsOnTheTable(t, 140, 45, content.Default(), content.KindInquiry)
	d.press("enter")
	d.typeText("Obviously you see it too?")
	d.sees("✎ “Obviously”:")

	d = newDriver(t, 140, 45)
	d.openRoom(content.Default())
	d.goTo(content.KindDiscussion)
	d.press("enter")
	d.typeText("Obviously we should rebuild it.")
	d.sees("Obviously we should rebuild it.")
	d.doesNotSee("✎")

	d = newDriver(t, 140, 45)
	pointOfViewRoom(d, content.Default())
	d.press("enter")
	d.typeText("we should obviously ship the invite first")
	d.sees("we should obviously ship the invite first")
	d.doesNotSee("✎")
}
