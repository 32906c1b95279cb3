package tui

import (
	"context"
	"image/color"
	"slices"
	"testing"

	"trio/session"
)

// TestTheProjectorFollowsTheRoom: the talking stick passes, and the
// projector turns to the card just revealed; the clock and the phase
// follow the facilitator.
func TestTheProjectorFollowsTheRoom(t *testing.T) {
	t.Parallel()
	reveal := projectorMoments(t)["reveal"]
	before := reveal[:len(reveal)-1] // Maya holds the stick; Sam's card is hidden
	d := projectorOn(t, 80, 24, before, color.Black)
	code := before[0].Room
	d.sees("Maya’s view", "card 1 of 1", "Reveal round")
	d.doesNotSee("Sam’s view", "Fix the invite step first")

	room, _ := d.hub.Room(code)
	if _, err := d.hub.Do(context.Background(), code, room.Facilitator, session.PassTalkingStick{}); err != nil {
		t.Fatal(err)
	}
	d.send(roomChangedMsg{code: code})
	d.sees("Sam’s view", "card 2 of 2", "Fix the invite step first")

	d.press("left")
	d.sees("Maya’s view", "card 1 of 2")
	d.press("space")
	d.sees("Sam’s view", "card 2 of 2")

	if _, err := d.hub.Do(context.Background(), code, room.Facilitator, session.PauseTimer{}); err != nil {
		t.Fatal(err)
	}
	d.send(roomChangedMsg{code: code})
	d.sees("paused, 2 min left")
}

// TestNoKeyChangesTheRoom presses, at each moment of the session the
// projector shows, every printable key and every key trio documents
// (the room's ctrl keys too): the room's events, its presence and who
// is typing stay as they were, and the projector is never shown as a
// person in the room.
func TestNoKeyChangesTheRoom(t *testing.T) {
	t.Parallel()
	var keys []string
	for r := rune(0x21); r < 0x7f; r++ {
		keys = append(keys, string(r))
	}
	keys = append(keys, "space", "enter", "esc", "tab", "shift+tab", "backspace",
		"up", "down", "left", "right", "pgup", "pgdown", "home", "end",
		"ctrl+n", "ctrl+r", "ctrl+o", "ctrl+s", "ctrl+p", "ctrl+t", "ctrl+x", "ctrl+b", "ctrl+z",
		"ctrl+s", "1", "ctrl+p", "enter", "ctrl+n", "enter", "0", "5", "enter",
		"ctrl+c") // last: it leaves
	for moment, events := range projectorMoments(t) {
		t.Run(moment, func(t *testing.T) {
			t.Parallel()
			d := projectorOn(t, 80, 24, events, color.Black)
			code := events[0].Room
			was, _ := d.hub.Room(code)
			stored := len(d.events())
			if n := d.hub.Subscribers(code); n != 1 {
				t.Fatalf("the projector holds %d subscriptions, want 1", n)
			}
			for _, k := range keys {
				d.press(k)
				if d.app.projector == nil {
					t.Fatalf("%q left the projector", k)
				}
			}
			now, _ := d.hub.Room(code)
			if now.Seq != was.Seq || len(d.events()) != stored {
				t.Fatalf("keys changed the room: %d events, then %d", stored, len(d.events()))
			}
			presence := d.hub.Presence(code)
			if len(presence.Here) != 0 || len(presence.Typing) != 0 {
				t.Fatalf("the projector shows as someone in the room: %+v", presence)
			}
			if !slices.Equal(now.People, was.People) {
				t.Fatal("keys changed who is in the room")
			}
			if n := d.hub.Subscribers(code); n != 0 {
				t.Fatalf("ctrl+c left %d subscriptions behind", n)
			}
		})
	}
}
