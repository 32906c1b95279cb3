package tui

import (
	"testing"

	"trio/content"
	"trio/session"
)

func TestOneLevelHigherStepsClimbFromThePickedView(t *testing.T) {
	t.Parallel()
	d, code := cardsOnTheTable(t, 80, 24, content.Default(), content.KindOneLevelHigher)
	// Maya climbs from her own view first.
	d.sees("[Maya (you)]", "Maya’s view: Rebuild onboarding", "no steps yet", "A step up from Maya’s view")
	d.press("enter")
	d.typeText("Teams that see value in week one stay.")
	d.press("enter", "esc", "right")
	d.sees("[Sam]", "Sam’s view: Fix the invite step first.", "Maya 1 step")
	d.press("enter")
	d.typeText("A board is only useful with your team on it.")
	d.press("enter", "esc", "right", "right")
	d.sees("[shared]", "A shared step up")
	d.press("enter")
	d.typeText("More teams reach a shared board in week one.")
	d.press("enter")

	steps := roomNow(t, d, code).ContributionsOf(session.Rung)
	want := []int{cardOf(t, d, code, "maya"), cardOf(t, d, code, "sam"), 0}
	if len(steps) != len(want) {
		t.Fatalf("steps in the room: %+v", steps)
	}
	for i, s := range steps {
		if s.About != want[i] || s.Author != "maya" {
			t.Fatalf("step %d climbs from %d, want %d: %+v", i, s.About, want[i], s)
		}
	}
	d.sees("↑ Maya: More teams reach a shared board", "Maya 1 step", "Sam 1 step", "Lee none")
	fitsTheScreen(t, d, 80, 24)
}

func TestOneLevelHigherRewritesTheGoal(t *testing.T) {
	t.Parallel()
	d, code := cardsOnTheTable(t, 80, 24, content.Default(), content.KindOneLevelHigher)
	d.sees("Shared goal: not written yet")
	d.press("tab")
	d.sees("The shared goal")
	d.press("enter")
	d.sees("▸ The shared goal")
	d.typeText("New teams reach their first board in week one")
	d.press("enter")
	if goal := roomNow(t, d, code).Goal; goal != "New teams reach their first board in week one" {
		t.Fatalf("the goal is %q", goal)
	}
	d.sees("Shared goal: New teams reach their first board", "A step up from Maya’s view")

	// The rewrite starts from the goal as it is.
	d.press("tab")
	d.sees("│ New teams reach their first board in week one")
	d.typeText(", with their team on it")
	d.press("enter")
	room := roomNow(t, d, code)
	if room.Goal != "New teams reach their first board in week one, with their team on it" || len(room.Goals) != 2 {
		t.Fatalf("the goals are %+v", room.Goals)
	}
	d.sees("with their team on it", "before, Maya: “New teams reach their first board")
}

func TestOneLevelHigherShowsEveryLadderWhenWide(t *testing.T) {
	t.Parallel()
	d, code := cardsOnTheTable(t, 140, 45, content.Default(), content.KindOneLevelHigher)
	d.as(code, "sam", session.ClimbLadder{Perspective: cardOf(t, d, code, "sam"), Text: "The invite decides who stays."})
	d.as(code, "lee", session.ClimbLadder{Perspective: cardOf(t, d, code, "lee"), Text: "We only learn from real teams."})
	d.as(code, "lee", session.SetGoal{Text: "Teams reach their first shared board in week one"})
	d.sees("▸ [Maya (you)]", "↑ Sam: The invite", "decides who", "↑ Lee: We only learn",
		"Shared goal: Teams reach their first shared board in week one", "shared")
	d.press("tab")
	d.sees("The shared goal")
	d.press("enter")
	d.sees("│ Teams reach their first shared board in week one")
	fitsTheScreen(t, d, 140, 45)
}
