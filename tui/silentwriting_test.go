package tui

import (
	"testing"

	"trio/content"
	"trio/session"
)

// samsCard is written from Sam's own terminal: nobody else may see it.
var samsCard = session.WriteCard{Answers: map[string]string{
	"position": "Fix the invite step first.",
	"see":      "Four of five people stalled on inviting teammates.",
}}

func TestTheCardFormNeverShowsAnotherPersonsCard(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.goTo(content.KindSilentWriting)
	d.as(code, "sam", samsCard)

	d.sees("Pass the keyboard to Maya", "Maya, press enter when only you", "✓ Sam", "○ Maya")
	d.doesNotSee("Fix the invite step", "stalled on inviting")
	d.press("enter")
	d.sees("Your card, Maya", "My position", "What I see", "What I assume")
	d.doesNotSee("Fix the invite step", "stalled on inviting")
}

func TestTheCurtainComesDownForTheNextPersonAfterACardIsSaved(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.goTo(content.KindSilentWriting)
	d.press("enter")
	d.typeText("Rebuild onboarding around the first board.")
	d.press("enter")
	d.typeText("Only 38% of new teams make a board in week one.")
	d.press("enter", "enter", "enter")

	room, _ := d.hub.Room(code)
	card, ok := room.CardOf("maya")
	if !ok || card.Answer("position") != "Rebuild onboarding around the first board." ||
		card.Answer("see") != "Only 38% of new teams make a board in week one." {
		t.Fatalf("Maya's card in the room: %+v", card)
	}
	d.sees("✓ Maya’s card is saved.", "Pass the keyboard to Sam", "Sam, press enter when only you",
		"✓ Maya", "○ Sam", "○ Lee", "Press ctrl+s to pass to the next person.")
	d.doesNotSee("Rebuild onboarding", "38%")

	// Lee wrote on his own terminal meanwhile; after Sam comes Maya's
	// card is done, so nobody is left.
	d.as(code, "lee", session.WriteCard{Answers: map[string]string{"position": "Small releases."}})
	d.press("enter")
	d.doesNotSee("Rebuild onboarding", "Small releases")
	d.typeText("Fix the invite step first.")
	d.press("enter", "enter", "enter", "enter")
	d.sees("Every card is written ✓", "✓ Maya", "✓ Sam", "✓ Lee")
	d.doesNotSee("Fix the invite step")
}

func TestARefusedCardKeepsEveryWord(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.goTo(content.KindSilentWriting)
	d.press("enter", "tab")
	d.typeText("Support tickets about lost steps.")
	d.press("enter", "enter", "enter")
	d.sees("✗ Fill in \"My position\" first", "▸ My position", "Support tickets about lost steps.")
	if _, ok := d.app.room.room.CardOf("maya"); ok {
		t.Fatal("a card without a position was saved")
	}
	d.typeText("Rebuild it.")
	d.press("enter", "enter", "enter", "enter")
	room, _ := d.hub.Room(code)
	if card, _ := room.CardOf("maya"); card.Answer("see") != "Support tickets about lost steps." {
		t.Fatalf("Maya's card in the room: %+v", card)
	}
}

func TestACardCanBeRewrittenWhileHidden(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 140, 45)
	code := d.openRoom(content.Default())
	d.goTo(content.KindSilentWriting)
	d.as(code, "sam", samsCard)
	d.press("enter")
	d.typeText("Rebuild it.")
	d.press("enter", "enter", "enter")
	d.typeText("New teams.")
	d.press("enter")
	// Sam has a card, so the keyboard goes to Lee; then round to Maya.
	d.sees("Pass the keyboard to Lee")
	d.press("ctrl+s", "ctrl+s")
	d.sees("Pass the keyboard to Maya")
	d.press("enter")
	d.sees("│ Rebuild it.", "│ New teams.")
	d.doesNotSee("Fix the invite step", "stalled on inviting")
	d.typeText(" In parts.")
	d.press("enter", "enter", "enter", "enter")
	room, _ := d.hub.Room(code)
	if card, _ := room.CardOf("maya"); card.Answer("position") != "Rebuild it. In parts." || card.Answer("care") != "New teams." {
		t.Fatalf("Maya's card in the room: %+v", card)
	}
}

func TestYourSavedCardComesBackToRewrite(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.goTo(content.KindSilentWriting)
	d.as(code, "sam", samsCard)
	d.press("ctrl+s", "enter")
	d.sees("Your card, Sam", "│ Fix the invite step first.")
}

func TestTheCoachHasNoCardToWrite(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	d.openRoom(content.Default())
	d.goTo(content.KindSilentWriting)
	d.press("ctrl+s", "ctrl+s", "ctrl+s")
	d.sees("Cora, you are here to guide and to listen", "Thank you for holding the space.")
	d.press("enter")
	if d.app.room.panel().typing() {
		t.Fatal("the coach got a card form")
	}
}

func TestGoingBackToSilentWritingShowsNoRevealedCard(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.goTo(content.KindSilentWriting)
	d.as(code, "sam", samsCard)
	d.goTo(content.KindRevealRound)
	d.sees("Fix the invite step first.")
	d.menu("Go back to Silent writing")
	d.press("enter")
	d.sees("Silent writing")
	for range 4 {
		d.doesNotSee("Fix the invite step", "stalled on inviting")
		d.press("enter")
		d.doesNotSee("Fix the invite step", "stalled on inviting")
		d.press("esc", "ctrl+s")
	}
}

// TestAHalfWrittenCardIsNeverOnScreenOutsideItsCurtain: at one keyboard,
// esc takes Maya's half-written card behind the curtain, and so does going
// back to silent writing from the reveal; her words are kept.
func TestAHalfWrittenCardIsNeverOnScreenOutsideItsCurtain(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.goTo(content.KindSilentWriting)
	d.press("enter")
	d.typeText("MAYASECRET rebuild it")
	d.press("esc")
	d.sees("Pass the keyboard to Maya", "Maya, press enter when only you")
	d.doesNotSee("MAYASECRET")

	// Letters on the curtain do nothing: nobody starts a card on someone
	// else's turn.
	d.typeText("oops")
	d.doesNotSee("MAYASECRET", "oops")
	d.press("enter")
	d.sees("│ MAYASECRET rebuild it")
	d.doesNotSee("oops")

	// Away and back by the menu: the curtain is down again.
	d.press("esc")
	d.as(code, "sam", samsCard)
	d.as(code, "lee", session.WriteCard{Answers: map[string]string{"position": "Small releases."}})
	d.nextPhase()
	d.menu("Go back to Silent writing")
	d.press("enter")
	d.sees("Silent writing", "Pass the keyboard to Maya")
	d.doesNotSee("MAYASECRET")
	d.press("enter")
	d.sees("│ MAYASECRET rebuild it")
}

// TestMovingOnWithCardsUnwrittenAsksAndSaysHowMany: the facilitator is
// told how many cards are not written, and whose, before silent writing
// ends.
func TestMovingOnWithCardsUnwrittenAsksAndSaysHowMany(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.goTo(content.KindSilentWriting)
	d.press("ctrl+n")
	d.sees("Move the room on to Reveal round (5 of 12)? 3 of 3 cards are not written yet", "(Maya, Sam and Lee).")
	d.press("esc")
	d.as(code, "sam", samsCard)
	d.press("ctrl+n")
	d.sees("2 of 3 cards are not written yet", "(Maya and Lee).")
	d.press("esc")
	if r, _ := d.hub.Room(code); r.CurrentPhase().Kind != content.KindSilentWriting {
		t.Fatal("esc to the question moved on")
	}
}

// TestEachHandOverStartsWithTheFirstPerson: at one keyboard, silent
// writing starts with the first of the trio without a card, whoever was
// speaking; ctrl+s and a number picks a person directly.
func TestEachHandOverStartsWithTheFirstPerson(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.press("ctrl+s", "3") // Lee, straight away
	d.sees("▶ Lee")
	d.press("ctrl+s", "4") // Cora
	d.sees("▶ Cora")
	d.goTo(content.KindSilentWriting)
	d.sees("Pass the keyboard to Maya")

	// Sam wrote his card on his own; coming back to the phase starts with
	// the first who has none.
	d.as(code, "sam", samsCard)
	d.nextPhase()
	d.menu("Go back to Silent writing")
	d.press("enter")
	d.press("ctrl+s", "2") // Sam, who has a card
	d.nextPhase()
	d.menu("Go back to Silent writing")
	d.press("enter")
	d.sees("Pass the keyboard to Maya")
}
