package tui

import (
	"strings"
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
	maya := d.terminal(80, 24, Options{Me: "maya1", UserName: "maya", JoinCode: room})
	d.press("enter")
	maya.send(roomChangedMsg{code: room})
	maya.sees("Coach · observer", "The coach came in to observe")
	r, _ := d.hub.Room(room)
	seq := r.Seq
	coach, in := r.Person(testCoach)
	if !in || !coach.Observer || !r.Workshop.Observing {
		t.Fatalf("the coach is not in trio 2's room as an observer: %+v", coach)
	}
	d.sees("Should we rebuild onboarding?")
	d.doesNotSee("Speaking as", "ctrl+r", "enter write") // the coach speaks for nobody in the trio
	d.typeText("Hi")
	d.sees("You observe this room")
	d.press("ctrl+r")
	if r, _ := d.hub.Room(room); r.Seq != seq {
		t.Fatalf("the observing coach's keys changed the room: %d events, was %d", r.Seq, seq)
	}
	// Someone in trio 3 is ready while the coach is away from the dashboard.
	d.as(w.Trios[2].Room, "maya2", session.MarkReady{Ready: true})
	d.menu("Leave the room, back to the dashboard")
	d.sees("You left "+session.FormatCode(room), "3 here, 1 ready")
	if r, _ := d.hub.Room(room); r.Workshop.Observing {
		t.Fatal("the room still counts the coach in after they left")
	}
	maya.send(roomChangedMsg{code: room})
	maya.sees("The coach left the room.")
	maya.doesNotSee("Coach ·", "○ Coach")
}

// In lockstep a trio's facilitator is offered no move the room would
// refuse: ctrl+n says who moves every trio on, and the menu has neither
// moving on nor going back.
func TestInLockstepATrioIsOfferedNoMoveItWouldRefuse(t *testing.T) {
	d, w := newDashboard(t, 80, 24)
	d.press("ctrl+n", "enter")
	room := w.Trios[0].Room
	maya := d.terminal(80, 24, Options{Me: "maya0", UserName: "maya", JoinCode: room})
	maya.press("ctrl+n")
	maya.sees("moves every trio on together")
	maya.press("ctrl+p")
	for _, item := range maya.app.room.menu.list.Items() {
		if e := item.(menuEntry); strings.HasPrefix(e.title, "Move on") || strings.HasPrefix(e.title, "Go back") {
			t.Errorf("the menu offers %q in lockstep", e.title)
		}
	}
	maya.press("esc")
	d.coachMenu("Let each trio move on")
	maya.send(roomChangedMsg{code: room})
	maya.sees("at its own pace")
	maya.press("ctrl+n")
	maya.sees("Move the room on to")
}
