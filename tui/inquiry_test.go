package tui

import (
	"testing"

	"trio/content"
	"trio/session"
)

func TestInquiryAsksAboutThePickedCard(t *testing.T) {
	t.Parallel()
	d, code := cardsOnTheTable(t, 80, 24, content.Default(), content.KindInquiry)
	// Maya sees the first view that is not hers.
	d.sees("[Sam]", "Fix the invite step first.", "Questions about Sam’s view", "Your question to Sam")
	d.doesNotSee("Ship small releases")
	d.press("right")
	d.sees("[Lee]", "Ship small releases", "Your question to Lee")
	d.doesNotSee("Fix the invite step first.")
	d.press("left")
	d.sees("[Sam]", "Fix the invite step first.")

	d.press("enter")
	d.typeText("What are you seeing in the sessions?")
	d.press("enter")
	asked := roomNow(t, d, code).ContributionsOf(session.Question)
	if len(asked) != 1 || asked[0].Author != "maya" || asked[0].About != cardOf(t, d, code, "sam") ||
		asked[0].Text != "What are you seeing in the sessions?" {
		t.Fatalf("questions in the room: %+v", asked)
	}
	d.sees("? Maya: What are you seeing in the sessions?", "waiting for Sam’s answer")
	fitsTheScreen(t, d, 80, 24)
}

func TestInquiryTheAuthorAnswers(t *testing.T) {
	t.Parallel()
	d, code := cardsOnTheTable(t, 80, 24, content.Default(), content.KindInquiry)
	d.as(code, "lee", session.AskQuestion{Perspective: cardOf(t, d, code, "sam"), Text: "Where are you least sure?"})
	d.as(code, "maya", session.AskQuestion{Perspective: cardOf(t, d, code, "sam"), Text: "What leads you to that view?"})
	d.press("ctrl+s") // Sam speaks
	d.sees("▶ Sam", "[Maya]", "Sam (you) ?2 to answer")
	d.press("right")
	d.sees("Questions about your view", "▸ Lee: Where are you least sure?", "waiting for your answer", "Your answer to Lee")
	d.press("down")
	d.sees("▸ Maya: What leads you to that view?", "Your answer to Maya")
	d.press("up", "enter")
	d.typeText("Whether the invite is the only place people stop.")
	d.press("enter")
	questions := roomNow(t, d, code).ContributionsOf(session.Question)
	answers := roomNow(t, d, code).ContributionsOf(session.Answer)
	if len(answers) != 1 || answers[0].Author != "sam" || answers[0].About != questions[0].ID {
		t.Fatalf("answers in the room: %+v", answers)
	}
	// The next question waiting comes to the top; the answer is listed
	// after it where there is room.
	d.sees("▸ Maya: What leads you to that view?", "Your answer to Maya")
}

func TestInquiryPromptCardsAreAStartingPoint(t *testing.T) {
	t.Parallel()
	d, code := cardsOnTheTable(t, 140, 45, content.Default(), content.KindInquiry)
	cards := roomNow(t, d, code).Script.PromptCards
	d.sees("Prompt cards", cards[0], cards[3])
	d.press("down")
	d.sees("▸ "+cards[0], "│ "+cards[0])
	d.press("esc", "down")
	d.sees("▸ What are you seeing", "│ "+cards[1])
	d.press("up")
	d.sees("│ " + cards[0])
	d.press("down")
	d.press("enter")
	asked := roomNow(t, d, code).ContributionsOf(session.Question)
	if len(asked) != 1 || asked[0].Text != cards[1] {
		t.Fatalf("questions in the room: %+v", asked)
	}
	// A question of one's own is never replaced by a prompt card.
	d.typeText("How did the last test go?")
	d.press("down")
	d.press("esc", "down")
	d.sees("│ How did the last test go?")
	d.doesNotSee("│ " + cards[2])
	fitsTheScreen(t, d, 140, 45)
}

func TestInquiryAnOwnCardIsForAnswering(t *testing.T) {
	t.Parallel()
	d, _ := cardsOnTheTable(t, 80, 24, content.Default(), content.KindInquiry)
	d.press("left") // Maya's own card
	d.sees("[Maya (you)]", "No questions about your view yet")
	d.doesNotSee("Your question to")
	d.press("enter", "x")
	d.doesNotSee("Your answer")
}

func TestInquiryWithBuildsTurnsToYesAnd(t *testing.T) {
	t.Parallel()
	short, ok := content.Builtin("short")
	if !ok {
		t.Skip("no short script")
	}
	d, code := cardsOnTheTable(t, 80, 24, short, content.KindInquiry)
	d.sees("◉ Ask", "○ Build", "Your question to Sam")
	d.press("tab")
	d.sees("◉ Build", "Yes to Sam’s view: what resonates", "Builds on this view")
	d.doesNotSee("And: what you add")
	d.press("enter")
	d.typeText("people give up at the invite")
	d.press("enter")
	d.sees("And: what you add", "Your yes: people give up at the invite")
	d.typeText("we could fix it in the first release")
	d.press("enter")
	builds := roomNow(t, d, code).Builds.Slice()
	if len(builds) != 1 || builds[0].Perspective != cardOf(t, d, code, "sam") || builds[0].And != "we could fix it in the first release" {
		t.Fatalf("builds in the room: %+v", builds)
	}
	// The build is whole, so the keyboard left it; tab turns back to
	// asking, and tab while writing keeps the keyboard.
	d.press("tab")
	d.sees("◉ Ask", "Your question to Sam")
	d.typeText("Why")
	d.press("tab")
	d.sees("◉ Build", "▸ Yes to Sam’s view")
}
