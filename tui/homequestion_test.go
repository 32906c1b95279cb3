package tui

import (
	"context"
	"fmt"
	"testing"
	"time"

	"trio/content"
	"trio/session"
)

// At one keyboard, the rooms to resume are cut to a line each, and the
// one chosen shows its question whole, on screen however far down the
// list it is.
func TestTheRoomChosenToResumeShowsItsQuestionWhole(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	long := "Should we rebuild onboarding from scratch this quarter, or fix the three screens where most people leave, and measure again before deciding anything bigger?"
	questions := []string{long}
	for i := range 11 {
		questions = append(questions, fmt.Sprintf("Should we drop weekly meeting number %d?", i+1))
	}
	for _, question := range questions {
		if _, err := d.hub.Open(context.Background(), session.OpenRoom{Question: question, Script: content.Default(), People: []session.Person{
			{ID: "maya", Name: "Maya", Role: "Product"}, {ID: "sam", Name: "Sam", Role: "Design"},
		}}); err != nil {
			t.Fatal(err)
		}
		d.clock.Advance(time.Minute)
	}
	d.press("down")
	d.sees("Resume a workshop", "Should we drop weekly meeting number 11?")
	for range 11 { // the oldest room is the last
		d.press("down")
	}
	d.sees("▸ Should we rebuild onboarding from scratch", "anything bigger?", "phase 1 of 12: Check-in")
	d.doesNotSee("number 11?")
	d.sees("enter resume")
}

// Leaving a room goes back to the list with the cursor on that room,
// wherever leaving it moved it in the list.
func TestLeavingARoomComesBackToItInTheList(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	for _, question := range []string{"Should we rebuild onboarding?", "Should we drop the weekly status meeting?"} {
		if _, err := d.hub.Open(context.Background(), session.OpenRoom{Question: question, Script: content.Default(), People: []session.Person{
			{ID: "maya", Name: "Maya", Role: "Product"}, {ID: "sam", Name: "Sam", Role: "Design"},
		}}); err != nil {
			t.Fatal(err)
		}
		d.clock.Advance(time.Minute)
	}
	d.press("down", "down", "enter") // the older room
	d.sees("Should we rebuild onboarding?", "Phase 1 of 12")
	d.as(d.app.room.code, "sam", session.CheckIn{Word: "curious"}) // now the newest
	d.menu("Leave the room")
	d.sees("▸ Should we rebuild onboarding?", "enter resume")
}
