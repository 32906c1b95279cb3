package tui

import (
	"fmt"
	"testing"

	"trio/content"
	"trio/session"
)

// closeRoom plays a little of each side into a room and brings it to the
// close: positions in the discussion round (when the script has one), then
// cards and a question with its answer in the dialogue.
func closeRoom(d *driver, script content.Script) string {
	d.t.Helper()
	code := d.openRoom(script)
	if closeHas(script, content.KindDiscussion) {
		d.goTo(content.KindDiscussion)
		d.as(code, "maya", session.StatePosition{Text: "We need to rebuild it. Obviously the flow is too long."})
		d.as(code, "lee", session.StatePosition{Text: "That won't work this quarter."})
	}
	d.goTo(content.KindSilentWriting)
	var first string
	for _, ph := range script.Phases {
		if ph.Kind == content.KindSilentWriting {
			first = ph.Fields[0].ID
		}
	}
	d.as(code, "maya", session.WriteCard{Answers: map[string]string{first: "Rebuild onboarding around the first board."}})
	d.as(code, "sam", session.WriteCard{Answers: map[string]string{first: "Fix the invite step first."}})
	d.goTo(content.KindInquiry)
	card, _ := mustRoom(d, code).CardOf("maya")
	q := d.as(code, "lee", session.AskQuestion{Perspective: card.ID, Text: "What would need to be true for a rebuild to pay off?"})
	d.as(code, "maya", session.AnswerQuestion{Question: q.Event.Seq, Text: "That the first board comes in three steps."})
	d.goTo(content.KindClose)
	return code
}

func closeHas(script content.Script, kind content.Kind) bool {
	for _, ph := range script.Phases {
		if ph.Kind == kind {
			return true
		}
	}
	return false
}

func TestCloseSaysWhatTheContrastSaysAndTakesAReflection(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := closeRoom(d, content.Default())
	contrast := session.MeasureView(session.ViewFor(mustRoom(d, code), "maya")).Contrast
	if contrast.Discussion.Figures.Cues < 2 {
		t.Fatalf("the discussion round should count cues: %+v", contrast.Discussion)
	}
	d.sees("Dialogue went better than the discussion round: fewer",
		"advocacy cues per contribution, more questions per", "contribution and more even airtime.",
		fmt.Sprintf("• Advocacy cues: %d in 2 contributions in the", contrast.Discussion.Figures.Cues),
		"discussion round, 0 in 2 in dialogue.",
		"• Questions: 0 of 2 contributions in the discussion",
		"No reflections yet.", "What shifted for you?", "The summary and export are in the menu: ctrl+p.")
	d.doesNotSee("%", "|")

	d.press("enter")
	d.typeText("I listened more than I argued.")
	d.press("enter")
	reflections := mustRoom(d, code).ContributionsOf(session.Reflection)
	if len(reflections) != 1 || reflections[0].Author != "maya" || reflections[0].Text != "I listened more than I argued." {
		t.Fatalf("reflections = %+v", reflections)
	}
	d.sees("Maya: I listened more than I argued.")
	d.doesNotSee("No reflections yet.")
}

func TestCloseWithoutADiscussionRoundShowsOnlyTheDialogue(t *testing.T) {
	t.Parallel()
	short, ok := content.Builtin("short")
	if !ok {
		t.Skip("no short script")
	}
	d := newDriver(t, 140, 45)
	closeRoom(d, short)
	d.sees("This script has no discussion round, so these are the dialogue's figures alone.",
		"• Questions: 1 of 2 contributions in dialogue.", "Dialogue phases")
	d.doesNotSee("Discussion round", "went better")
}
