package tui

import (
	"testing"

	"trio/content"
	"trio/session"
)

// TestNoCardIsOnScreenBeforeItsReveal writes Sam's and Lee's cards from
// other terminals, then looks at every screen Maya's keyboard can reach
// before the reveal: none may show a word of them.
func TestNoCardIsOnScreenBeforeItsReveal(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 140, 45)
	code := d.openRoom(content.Default())
	d.goTo(content.KindSilentWriting)
	d.as(code, "sam", session.WriteCard{Answers: map[string]string{"position": "Samsecretposition", "see": "Samsecretdata"}})
	d.as(code, "lee", session.WriteCard{Answers: map[string]string{"position": "Leesecretposition"}})
	// Maya's turn at the keyboard, curtain and form: neither card shows.
	secrets := []string{"Samsecret", "Leesecret"}
	for _, keys := range [][]string{nil, {"enter"}, {"esc"}, {"e"}} {
		d.press(keys...)
		d.doesNotSee(secrets...)
	}
	d.press("esc")
	// Sam's turn: first the curtain, then his own card and only his.
	d.press("ctrl+s")
	d.doesNotSee(secrets...)
	d.press("enter")
	d.sees("Samsecretposition")
	d.doesNotSee("Leesecret")
	d.press("esc")
	// The reveal opens one card at a time, in the order of people: Maya's
	// first (she has none, so Sam's), and Lee's stays hidden.
	d.goTo(content.KindRevealRound)
	room, _ := d.hub.Room(code)
	speaker, _ := room.Speaker()
	if speaker != "sam" {
		t.Fatalf("first speaker %s, want sam (Maya wrote no card)", speaker)
	}
	d.sees("Samsecretposition", "▶ Sam")
	d.doesNotSee("Leesecret")
	d.as(code, "sam", session.PassTalkingStick{})
	d.sees("Leesecretposition", "▶ Lee")
}
