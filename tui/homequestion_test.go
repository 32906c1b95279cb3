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
	questions := []string{longQuestion}
	for i := range 11 {
		questions = append(questions, fmt.Sprintf("Should we drop weekly meeting number %d?", i+1))
	}
	d.openRoomsOf(mayaAndSam, questions...)
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
	d.openRoomsOf(mayaAndSam, "Should we rebuild onboarding?", "Should we drop the weekly status meeting?")
	d.press("down", "down", "enter") // the older room
	d.sees("Should we rebuild onboarding?", "Phase 1 of 12")
	d.as(d.app.room.code, "sam", session.CheckIn{Word: "curious"}) // now the newest
	d.menu("Leave the room")
	d.sees("▸ Should we rebuild onboarding?", "enter resume")
}

// longQuestion takes three lines at 80 columns.
const longQuestion = "Should we rebuild onboarding from scratch this quarter, or fix the three screens where most people leave, and measure again before deciding anything bigger?"

var mayaAndSam = []session.Person{{ID: "maya", Name: "Maya", Role: "Product"}, {ID: "sam", Name: "Sam", Role: "Design"}}

// openRoomsOf opens a room of people for each question, a minute apart,
// so the last is the newest.
func (d *driver) openRoomsOf(people []session.Person, questions ...string) {
	d.t.Helper()
	for _, question := range questions {
		if _, err := d.hub.Open(context.Background(), session.OpenRoom{Question: question, Script: content.Default(), People: people}); err != nil {
			d.t.Fatal(err)
		}
		d.clock.Advance(time.Minute)
	}
}
