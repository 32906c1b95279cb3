package tui

import (
	"testing"

	"trio/session"
)

// The join screen names who is in the room, and says so when nobody is:
// a workshop's rooms open empty.
func TestTheJoinScreenSaysWhoIsInTheRoom(t *testing.T) {
	if got := whoIsHere(session.Room{}); got != "Nobody is in the room yet: the first to join facilitates it." {
		t.Errorf("an empty room: %q", got)
	}
	room := session.Room{Facilitator: "maya", People: []session.Participant{{ID: "maya", Name: "Maya", Role: "Product"}, {ID: "sam", Name: "Sam"}}}
	if got := whoIsHere(room); got != "In the room: Maya (Product) and Sam. Maya facilitates." {
		t.Errorf("a room of two: %q", got)
	}
}
