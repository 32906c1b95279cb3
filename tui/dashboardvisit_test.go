package tui

import (
	"testing"

	"trio/session"
)

// From the dashboard the coach goes into a trio's room with enter, as an
// observer the trio sees come in; the room's menu takes them back to the
// dashboard, which kept up meanwhile, and the trio sees them leave.
func TestTheCoachGoesIntoATriosRoomAndBack(t *testing.T) {
	d, w := newDashboard(t, 80, 24)
	d.press("down")
	room := w.Trios[1].Room
	d.press("enter")
	maya := d.terminal(80, 24, Options{Me: "maya1", UserName: "maya", JoinCode: room})
	maya.sees("Coach · observer")
	r, _ := d.hub.Room(room)
	coach, in := r.Person(testCoach)
	if !in || !coach.Observer || !r.Workshop.Observing {
		t.Fatalf("the coach is not in trio 2's room as an observer: %+v", coach)
	}
	d.sees("Should we rebuild onboarding?")
	d.doesNotSee("Speaking as") // the coach speaks for nobody in the trio
	// Someone in trio 3 is ready while the coach is away from the dashboard.
	d.as(w.Trios[2].Room, "maya2", session.MarkReady{Ready: true})
	d.menu("Leave the room, back to the dashboard")
	d.sees("You left "+session.FormatCode(room), "3 here, 1 ready")
	if r, _ := d.hub.Room(room); r.Workshop.Observing {
		t.Fatal("the room still counts the coach in after they left")
	}
	maya.send(roomChangedMsg{code: room})
	maya.sees("Coach away")
}
