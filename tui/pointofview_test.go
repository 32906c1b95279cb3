package tui

import (
	"testing"

	"trio/content"
	"trio/session"
)

const pointOfViewGoalText = "More new teams reach their first shared board in week one"

// pointOfViewRoom opens a room with a shared goal, brought to the team
// point of view.
func pointOfViewRoom(d *driver, script content.Script) string {
	d.t.Helper()
	code := d.openRoom(script)
	d.goTo(content.KindFrame)
	d.as(code, "lee", session.SetGoal{Text: pointOfViewGoalText})
	d.goTo(content.KindPointOfView)
	return code
}

func pointOfViewLatest(d *driver, code string) session.PointOfViewDraft {
	d.t.Helper()
	room, err := d.hub.Room(code)
	if err != nil {
		d.t.Fatal(err)
	}
	latest, ok := room.LatestDraft()
	if !ok {
		d.t.Fatal("the room has no draft")
	}
	return latest
}

func TestPointOfViewShowsTheLatestDraftAndProposesTheNext(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := pointOfViewRoom(d, content.Default())
	d.sees("Shared goal: More new teams", "No draft yet")

	d.as(code, "lee", session.ProposeDraft{
		Believe: "the invite step needs a redesign",
		Because: "that is where most teams stall",
	})
	d.sees("Version 1 · by Lee", "┃ Given more new teams reach their first shared board",
		"we believe the invite step needs a", "redesign, because that is where most teams stall.")

	// Writing starts from the latest draft: enter moves on, and on the
	// last field proposes Maya's version.
	d.press("enter")
	d.sees("▸ We believe", "the invite step needs a redesign", "enter to the next field")
	d.press("enter", "enter")
	d.sees("▸ We will know we are wrong if", "enter propose this version")
	d.typeText("week-one boards have not risen")
	d.press("enter")

	latest := pointOfViewLatest(d, code)
	if latest.Version != 2 || latest.Author != "maya" || latest.Believe != "the invite step needs a redesign" ||
		latest.WrongIf != "week-one boards have not risen" || latest.Given != pointOfViewGoalText {
		t.Fatalf("the room got %+v", latest)
	}
	d.sees("Version 2 · by Maya", "we will know we are wrong if week-one boards")
	d.seesAnywhere("Earlier versions", "v1 Lee: Given more new teams")
	d.doesNotSee("▸ We believe")
}

func TestPointOfViewKeepsTheTextTheRoomRefuses(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := pointOfViewRoom(d, content.Default())
	d.as(code, "lee", session.ProposeDraft{Believe: "the invite step needs a redesign"})
	d.press("enter", "enter", "enter", "enter")
	d.sees("That is the current draft already", "▸ We will know we are wrong if")
	if got := len(mustRoom(d, code).Drafts); got != 1 {
		t.Fatalf("the room has %d drafts, want 1", got)
	}
	// Sam's turn at the keyboard starts from the draft too, as Sam.
	d.press("esc", "ctrl+s", "enter")
	d.typeText(", one release at a time")
	d.press("enter", "enter", "enter")
	latest := pointOfViewLatest(d, code)
	if latest.Author != "sam" || latest.Believe != "the invite step needs a redesign, one release at a time" {
		t.Fatalf("the room got %+v", latest)
	}
}

func TestPointOfViewListsTheVersionsOnAWideScreen(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 140, 45)
	code := pointOfViewRoom(d, content.Default())
	d.as(code, "maya", session.ProposeDraft{Believe: "onboarding needs a rebuild"})
	d.as(code, "sam", session.ProposeDraft{Believe: "the invite step needs a fix first"})
	d.as(code, "lee", session.ProposeDraft{Believe: "the path needs a redesign in small releases"})
	// Each earlier version whole, where versions that start alike differ.
	d.sees("Version 3 · by Lee", "the path needs a", "redesign in small releases.", "Earlier versions",
		"v1 Maya: Given more new teams reach their first shared board in week one, we believe onboarding",
		"needs a rebuild.",
		"v2 Sam: Given more new teams reach their first shared board in week one, we believe the invite step",
		"needs a fix first.")
}

func mustRoom(d *driver, code string) session.Room {
	d.t.Helper()
	room, err := d.hub.Room(code)
	if err != nil {
		d.t.Fatal(err)
	}
	return room
}

// TestANewerVersionIsSaidWhileYouWrite: Maya writes from version 1; Lee's
// version 2 comes in meanwhile, and her screen says so.
func TestANewerVersionIsSaidWhileYouWrite(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := pointOfViewRoom(d, content.Default())
	d.as(code, "sam", session.ProposeDraft{Believe: "we fix the invite step first", Because: "teams stall there"})
	d.press("enter")
	d.doesNotSee("came in while you were writing")
	d.as(code, "lee", session.ProposeDraft{Believe: "we fix the invite step first, in small releases", Because: "teams stall there"})
	d.typeText(" and measure it")
	d.seesAnywhere("Version 2 by Lee came in while you were writing;", "yours starts from version 1.")
}
