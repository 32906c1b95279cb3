package tui

import (
	"testing"

	"trio/session"
)

// A room's question is what a person joins it by: the lobby cuts a long
// one to a line, and the room chosen shows it whole.
func TestTheChosenRoomShowsItsQuestionWhole(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	d.openRoomsOf([]session.Person{{ID: "maya-key", Name: "maya", Role: "Product"}}, longQuestion, "Should we drop the weekly status meeting?")
	lobby := d.terminal(80, 24, Options{Me: "maya-key", UserName: "maya"})
	lobby.sees("Your rooms", "Should we drop the weekly status meeting?", "Should we rebuild onboarding from scratch")
	lobby.doesNotSee("anything bigger?")

	lobby.press("down", "down", "down")
	lobby.sees("anything bigger?", "Should we drop the weekly status meeting?", "enter open the room")
	lobby.press("up")
	lobby.doesNotSee("anything bigger?")
}

// Over SSH too, leaving a room comes back to the lobby with the cursor on
// it, ready to go back in.
func TestLeavingARoomComesBackToItInTheLobby(t *testing.T) {
	t.Parallel()
	maya := newRemoteDriver(t, 80, 24, "maya-key", "maya")
	maya.createRoom()
	maya.menu("Leave the room")
	maya.sees("▸ Should we rebuild onboarding?", "enter open the room")
}
