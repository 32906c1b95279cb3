package tui

import (
	"fmt"
	"testing"

	"trio/content"
	"trio/session"
)

// A room of twelve at 80x24: once Maya has accepted the agreements they
// fold to a line, and every word the room arrived with is on her screen;
// before she accepts, the agreements are what she reads.
func TestAFullRoomShowsEveryWordOnceTheAgreementsAreAccepted(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	words := map[string]string{"maya": "hopeful", "sam": "curious", "lee": "wary"}
	for i := range 8 {
		id := session.ParticipantID(fmt.Sprintf("guest%d", i))
		d.as(code, id, session.Join{Name: fmt.Sprintf("Guest %d", i)})
		words[string(id)] = fmt.Sprintf("word%d", i)
	}
	for id, word := range words {
		d.as(code, session.ParticipantID(id), session.CheckIn{Word: word})
	}
	d.sees("Hold your assumptions lightly", "ctrl+o")
	d.press("ctrl+o")
	d.sees("You have accepted the dialogue agreements, Maya", "ctrl+t reads them")
	for _, word := range words {
		d.sees(word)
	}
	d.doesNotSee("more lines below")
}
