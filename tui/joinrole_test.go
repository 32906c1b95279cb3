package tui

import (
	"testing"

	"trio/session"
)

// ←/→ on the join screen offer the trio's roles others do not hold yet:
// the room has a Product, so Sam is offered Design first, and Lee then
// Engineering. Once every role is held, the arrows offer them all.
func TestJoiningOffersTheRolesNobodyHoldsFirst(t *testing.T) {
	t.Parallel()
	maya := newRemoteDriver(t, 80, 24, "maya-key", "maya")
	maya.createRoom() // Maya is the Product of the room
	code := maya.app.room.code

	join := func(id, name string) *driver {
		d := maya.terminal(80, 24, Options{Me: session.ParticipantID(id), UserName: name, JoinCode: code})
		if d.app.screen != screenJoin {
			t.Fatalf("%s is not asked to join:\n%s", name, d.screen())
		}
		d.press("enter") // the name offered, on to the role
		return d
	}
	sam := join("sam-key", "sam")
	sam.sees("←/→: Design · Engineering · Product (taken), or type your own")
	sam.press("right")
	sam.sees("│ Design")
	sam.press("right")
	sam.sees("│ Engineering")
	sam.press("left")
	sam.sees("│ Design")
	sam.press("enter")

	lee := join("lee-key", "lee")
	lee.press("right")
	lee.sees("│ Engineering")
	lee.press("enter")

	ana := join("ana-key", "ana")
	ana.press("right")
	ana.sees("│ Product")
}
