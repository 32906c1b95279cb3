package tui

import (
	"fmt"
	"strings"
	"testing"

	"trio/session"
)

// TestAVoteCountsOnlyOnceTheWholeVersionWasRead opens the second vote of
// the sample session, its version as long as the room allows, at 80x24: a
// score typed before the end of the version was on screen says to read on
// and is not taken; once pgdn has shown the end, it is.
func TestAVoteCountsOnlyOnceTheWholeVersionWasRead(t *testing.T) {
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
