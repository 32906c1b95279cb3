package tui

import (
	"testing"

	"trio/content"
)

func TestTheRoomShowsWhereWeAreAndWhoSpeaks(t *testing.T) {
	d := newDriver(t, 80, 24)
	d.openRoom(content.Default())
	d.sees("Should we rebuild onboarding?", "Phase 1 of 12: Check-in", "next: Frame the question",
		"▶ Maya", "Speaking as", "5:00 left")
	d.press("ctrl+s")
	d.sees("▶ Sam")
	d.press("n")
	d.sees("Phase 2 of 12: Frame the question")
	d.press("b")
	d.sees("Go back to Check-in? Nothing anyone wrote is lost. y / n")
	d.press("y")
	d.sees("Phase 1 of 12: Check-in")
}

func TestTooSmallATerminalSaysSo(t *testing.T) {
	d := newDriver(t, 50, 15)
	d.sees("Make the window larger", "this one is 50×15")
}
