package tui

import (
	"testing"

	"trio/content"
	"trio/session"
)

func TestFrameRewordsTheQuestionFromTheRoomsOwn(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.goTo(content.KindFrame)
	d.sees("The question", "Should we rebuild onboarding?", "Not written yet.")

	d.press("enter")
	d.sees("▸ The question", "│ Should we rebuild onboarding?")
	d.press("ctrl+u")
	d.typeText("What should we do about the teams who drop out?")
	d.press("enter")

	room, _ := d.hub.Room(code)
	if room.Question != "What should we do about the teams who drop out?" {
		t.Fatalf("the room's question is %q", room.Question)
	}
	if room.Goal != "" || len(room.Goals) != 0 {
		t.Fatalf("an unchanged goal was sent: %q", room.Goal)
	}
	d.sees("What should we do about the teams who drop out?", "Press enter, or type, to reword them, Maya.")
}

func TestFrameSendsBothWhenBothChanged(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.goTo(content.KindFrame)
	d.press("enter")
	d.typeText(" Or fix it?")
	d.press("tab")
	d.typeText("More new teams reach their first board")
	d.press("enter")

	room, _ := d.hub.Room(code)
	if room.Question != "Should we rebuild onboarding? Or fix it?" || room.Goal != "More new teams reach their first board" {
		t.Fatalf("the room has %q and %q", room.Question, room.Goal)
	}
	d.sees("Wordings of the goal so far", "Maya: More new teams reach their first board")
}

func TestFrameSaysSoWhenNothingChanged(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.goTo(content.KindFrame)
	d.press("enter", "enter")
	d.sees("Nothing has changed yet")
	room, _ := d.hub.Room(code)
	if room.Question != "Should we rebuild onboarding?" || len(room.Goals) != 0 {
		t.Fatal("something unchanged was sent")
	}
}

func TestFrameStartsFromTheNewestGoalAndListsTheWordings(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 140, 45)
	code := d.openRoom(content.Default())
	d.goTo(content.KindFrame)
	d.as(code, "lee", session.SetGoal{Text: "Fewer new teams drop out"})
	d.as(code, "sam", session.SetGoal{Text: "More teams reach a shared board in week one"})
	d.sees("Lee: Fewer new teams drop out", "Sam: More teams reach a shared board in week one")

	d.press("enter", "tab")
	d.sees("│ More teams reach a shared board in week one")
	d.press("esc")
	if d.app.room.panel().drafted() {
		t.Fatal("fields left as they were count as a draft")
	}
}

// TestARewordingCannotUndoAnothersRewording: Maya opens both fields to
// reword the goal; Sam rewords the question meanwhile. Maya's enter sends
// her goal and leaves Sam's question as it is.
func TestARewordingCannotUndoAnothersRewording(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.goTo(content.KindFrame)
	d.press("tab", "enter")
	d.typeText("More new teams reach their first board")
	d.as(code, "sam", session.SetQuestion{Text: "What should we do about the teams who drop out?"})
	d.press("enter")

	room, _ := d.hub.Room(code)
	if room.Question != "What should we do about the teams who drop out?" {
		t.Fatalf("Maya's goal sent the question she never touched: it is now %q", room.Question)
	}
	if room.Goal != "More new teams reach their first board" {
		t.Fatalf("the goal is %q", room.Goal)
	}
}
