package tui

import (
	"testing"

	"trio/content"
	"trio/session"
)

func TestCheckInAcceptsTheAgreementsForWhoeverSpeaks(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.sees("The dialogue agreements", "Be curious. Ask before you assert.",
		"Press ctrl+o to accept them, Maya.", "○ Maya", "○ Sam")

	d.press("ctrl+o")
	room, _ := d.hub.Room(code)
	if maya, _ := room.Person("maya"); !maya.Agreed {
		t.Fatal("Maya's acceptance did not reach the room")
	}
	if sam, _ := room.Person("sam"); sam.Agreed {
		t.Fatal("Sam accepted without pressing ctrl+o")
	}
	d.sees("✓ You have accepted them, Maya.", "✓ Maya", "○ Sam")

	d.press("ctrl+s")
	d.sees("Press ctrl+o to accept them, Sam.")
}

func TestCheckInWordReachesTheRoomAndShowsBesideTheName(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.press("enter")
	d.sees("One word for how you arrive")
	d.typeText("hopeful")
	d.press("enter")
	room, _ := d.hub.Room(code)
	if word, _ := room.CheckInWord("maya"); word != "hopeful" {
		t.Fatalf("Maya's word is %q in the room", word)
	}
	d.sees("Maya · hopeful", "✓ Your word is “hopeful”, Maya. Type to change it.")
}

func TestCheckInKeepsTypingAfterARefusal(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.press("enter", "enter")
	d.sees("✗ Your word is empty.")
	d.typeText("curious")
	d.press("enter")
	room, _ := d.hub.Room(code)
	if word, _ := room.CheckInWord("maya"); word != "curious" {
		t.Fatalf("Maya's word is %q in the room", word)
	}
}

func TestCheckInUsesTheRoomOnALargeScreen(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 140, 45)
	code := d.openRoom(content.Default())
	d.as(code, "sam", session.AcceptAgreements{})
	d.sees("Hold your assumptions lightly, out where we can all look at them.", "✓ Sam", "○ Lee", "○ Cora")
}
