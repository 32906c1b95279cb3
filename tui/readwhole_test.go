package tui

import (
	"fmt"
	"strings"
	"testing"

	"trio/content"
	"trio/session"
)

// TestAVoteCountsOnlyOnceTheWholeVersionWasRead opens the second vote of
// the sample session, its version as long as the room allows, at 80x24: a
// score typed before the end of the version was on screen says to read on
// and is not taken; once pgdn has shown the end, it is.
func TestAVoteCountsOnlyOnceTheWholeVersionWasRead(t *testing.T) {
	t.Parallel()
	long := longSession(t)
	cut, opened := 0, 0
	for j, e := range long.events {
		if _, ok := e.Body.(*session.VoteOpened); ok {
			if opened++; opened == 2 {
				cut = j + 1
				break
			}
		}
	}
	d := newDriverFrom(t, 80, 24, long.events[:cut])
	d.send(openRoomMsg{code: long.events[0].Room})
	d.press("enter") // only Maya can see the screen
	d.press("4")
	d.sees("Read the whole version first")
	if _, chosen := d.app.room.panel().(*consentPanel).chosen["maya"]; chosen {
		t.Fatalf("a score was taken before the version was read:\n%s", d.screen())
	}
	end := long.marks["draft 3"][2].n
	for range 100 {
		if strings.Contains(strings.Join(strings.Fields(d.screen()), " "), fmt.Sprintf(" %d>>", end)) {
			break
		}
		d.press("pgdown")
	}
	d.press("4")
	if score, chosen := d.app.room.panel().(*consentPanel).chosen["maya"]; !chosen || score != 4 {
		t.Fatalf("with the whole version read, 4 was not taken:\n%s", d.screen())
	}
}

// TestTheFieldBeingWrittenStaysInSight fills every field of a card with a
// long paragraph at 80x24 and 64x20: whatever is typed last is on the
// screen as it is typed, the field never below the bottom.
func TestTheFieldBeingWrittenStaysInSight(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {64, 20}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			t.Parallel()
			d := newDriver(t, size[0], size[1])
			d.openRoom(content.Default())
			d.goTo(content.KindSilentWriting)
			d.press("enter")
			for field := range 4 {
				for sentence := range 6 {
					d.typeText(fmt.Sprintf(" One more thing, as people say, and then another f%ds%d.", field, sentence))
					d.sees(fmt.Sprintf("f%ds%d", field, sentence))
				}
				if field < 3 {
					d.press("enter")
				}
			}
		})
	}
}

// TestWhatYouSendIsInSight: at the close, read from the top, what Maya
// sends lands below the fold of a long list; it is on screen once sent.
func TestWhatYouSendIsInSight(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.goTo(content.KindClose)
	for _, who := range []session.ParticipantID{"sam", "lee"} {
		d.as(code, who, session.Reflect{Text: "We have said this before, and we will say it again, because it matters more than anything else here: writing alone first made the difference, and asking before asserting kept us honest."})
	}
	d.press("home")
	d.typeText("Pelicans carry the onboarding flow across the bay.")
	d.press("enter")
	d.sees("Pelicans carry the onboarding")
}
