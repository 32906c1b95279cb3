package tui

import (
	"testing"

	"trio/session"
)

// The shared screen numbers the cards in the order the room heard them,
// not the order they were written.
func TestTheProjectorNumbersCardsAsTheyWereRevealed(t *testing.T) {
	var v session.View
	v.Reveal.Order = []session.ParticipantID{"liam", "maya", "noor"}
	cards := []session.Perspective{{ID: 1, Author: "maya"}, {ID: 2, Author: "noor"}, {ID: 3, Author: "liam"}}
	var got []session.ParticipantID
	for _, c := range inRevealOrder(v, cards) {
		got = append(got, c.Author)
	}
	if len(got) != 3 || got[0] != "liam" || got[1] != "maya" || got[2] != "noor" {
		t.Errorf("the cards come in the order %v", got)
	}
}
