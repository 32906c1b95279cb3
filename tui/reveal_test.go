package tui

import (
	"testing"

	"trio/content"
	"trio/session"
)

// revealRoom opens a room where Maya and Sam wrote cards, and moves it to
// the reveal round: Maya speaks first, Sam next.
func revealRoom(t *testing.T, w, h int) (*driver, string) {
	d := newDriver(t, w, h)
	code := d.openRoom(content.Default())
	d.goTo(content.KindSilentWriting)
	d.as(code, "maya", session.WriteCard{Answers: map[string]string{
		"position": "Rebuild onboarding around the first board.",
		"see":      "Only 38% of new teams make a board in week one.",
		"assume":   "A shorter path makes teams stay.",
		"care":     "New teams feel it work on day one.",
	}})
	d.as(code, "sam", samsCard)
	d.goTo(content.KindRevealRound)
	return d, code
}

func TestTheSpotlightShowsTheSpeakersCardAndNotTheNext(t *testing.T) {
	t.Parallel()
	d, _ := revealRoom(t, 80, 24)
	d.sees("🎤 Maya holds the talking stick", "Rebuild onboarding around the first board.", "🎤 Maya", "○ Sam")
	d.doesNotSee("Fix the invite step", "stalled on inviting")
}

func TestPassingTheStickMovesTheSpotlight(t *testing.T) {
	t.Parallel()
	d, code := revealRoom(t, 80, 24)
	d.press("ctrl+o")
	room, _ := d.hub.Room(code)
	if room.Reveal.Turn != 1 {
		t.Fatalf("the turn is %d", room.Reveal.Turn)
	}
	d.sees("🎤 Sam holds the talking stick", "Fix the invite step first.", "✓ Maya", "▶ Sam")
	d.doesNotSee("Rebuild onboarding around the first board.")

	d.press("ctrl+o")
	d.sees("✓ Everyone has shown their card.", "The facilitator can move on", "✓ Sam")
	d.doesNotSee("Fix the invite step first.")
}

func TestTheCoachPassesTheStickForTheSpeaker(t *testing.T) {
	t.Parallel()
	d, code := revealRoom(t, 80, 24)
	d.press("ctrl+s", "ctrl+s", "ctrl+s") // Sam, Lee, Cora
	d.press("ctrl+o")
	if room, _ := d.hub.Room(code); room.Reveal.Turn != 1 {
		t.Fatalf("the turn is %d", room.Reveal.Turn)
	}
}

func TestTheSpeakerAddsToTheirCardAndListenersNoteWhatTheyHeard(t *testing.T) {
	t.Parallel()
	d, code := revealRoom(t, 80, 24)
	d.press("enter")
	d.sees("Add to your card")
	d.typeText("The number mixes trial and paid teams.")
	d.press("enter")

	d.press("ctrl+s", "enter")
	d.sees("What I heard")
	d.typeText("Maya sees the whole path as the problem.")
	d.press("enter")

	room, _ := d.hub.Room(code)
	card, _ := room.CardOf("maya")
	added := room.About(session.CardAddition, card.ID)
	heard := room.About(session.Heard, card.ID)
	if len(added) != 1 || added[0].Author != "maya" || added[0].Text != "The number mixes trial and paid teams." {
		t.Fatalf("additions: %+v", added)
	}
	if len(heard) != 1 || heard[0].Author != "sam" || heard[0].Text != "Maya sees the whole path as the problem." {
		t.Fatalf("heard: %+v", heard)
	}
	d.seesAnywhere("+ Maya adds: The number mixes trial and paid teams.", "Sam heard: Maya sees the whole path as the problem.")
	d.doesNotSee("Fix the invite step")
}

func TestTheWholeCardShowsOnALargeScreen(t *testing.T) {
	t.Parallel()
	d, code := revealRoom(t, 140, 45)
	d.as(code, "lee", session.NoteHeard{Text: "The path, not one step."})
	d.sees("My position", "Rebuild onboarding around the first board.",
		"What I see", "Only 38% of new teams make a board in week one.",
		"What I assume", "A shorter path makes teams stay.",
		"What I care about", "New teams feel it work on day one.",
		"Lee heard: The path, not one step.", "0:00 of 1:00")
	d.doesNotSee("Fix the invite step")
}

// TestPassingTheStickOverUnsentWordsAsksAndKeepsThem: Sam, holding the
// stick on his own terminal, is adding to his card when Maya, the
// facilitator, passes the stick. She is asked first, naming him; his words
// stay his draft, and his screen says so.
func TestPassingTheStickOverUnsentWordsAsksAndKeepsThem(t *testing.T) {
	t.Parallel()
	maya := newRemoteDriver(t, 80, 24, "maya-key", "maya")
	code := maya.createRoom()
	sam := maya.terminal(80, 24, Options{Me: "sam-key", UserName: "sam"})
	sam.joinByCode(code, "Design")
	maya.goTo(content.KindSilentWriting)
	maya.as(code, "sam-key", session.WriteCard{Answers: map[string]string{"position": "Fix the invite step first."}})
	maya.as(code, "maya-key", session.WriteCard{Answers: map[string]string{"position": "Rebuild it."}})
	maya.goTo(content.KindRevealRound)
	sam.refresh()
	if speaker, _ := mustRoom(maya, code).Speaker(); speaker != "sam-key" {
		maya.as(code, "maya-key", session.PassTalkingStick{})
	}
	sam.refresh()
	sam.sees("sam holds the talking stick")
	sam.typeText("And the invite email is the worst part")

	maya.refresh()
	maya.press("ctrl+o")
	maya.sees("sam has not sent what they are writing about sam’s card. Pass the talking")
	turn := mustRoom(maya, code).Reveal.Turn
	maya.press("enter")
	if mustRoom(maya, code).Reveal.Turn != turn+1 {
		t.Fatal("enter to the question did not pass the stick")
	}
	sam.refresh()
	sam.sees("The talking stick moved on before you sent your", "addition; it is kept as your draft:", "“And the invite")
	sam.doesNotSee("enter send")
	if got := sam.hub.UnsentText(code, "sam-key", session.UnsentKey{Phase: "reveal", Field: session.FieldAddition}); got != "And the invite email is the worst part" {
		t.Fatalf("Sam's addition is kept as %q", got)
	}
}

// TestTheCoachIsAskedBeforePassingOverTheSpeakersWords: at one keyboard,
// the same question comes when the speaker has an addition unsent.
func TestTheCoachIsAskedBeforePassingOverTheSpeakersWords(t *testing.T) {
	t.Parallel()
	d, code := revealRoom(t, 80, 24)
	d.typeText("one more thing")
	d.press("ctrl+o")
	d.sees("Maya has not sent what they are writing about Maya’s card. Pass the talking")
	d.press("esc")
	if mustRoom(d, code).Reveal.Turn != 0 {
		t.Fatal("esc to the question passed the stick")
	}
	d.press("ctrl+o", "enter")
	if mustRoom(d, code).Reveal.Turn != 1 {
		t.Fatal("enter to the question did not pass the stick")
	}
}

// TestAListenersNoteIsKeptWhenTheStickMovesOn: Sam's half-written note
// about Maya's card is not put under Sam's own turn, nor lost: his screen
// says it is kept.
func TestAListenersNoteIsKeptWhenTheStickMovesOn(t *testing.T) {
	t.Parallel()
	d, code := revealRoom(t, 80, 24)
	d.press("ctrl+s", "3") // Lee listens while Maya speaks
	d.typeText("Maya assumes teams start alone and")
	d.press("ctrl+s", "1")
	d.press("ctrl+o") // Maya passes the stick to Sam, asked first
	d.sees("Lee has not sent what they are writing about Maya’s card.")
	d.press("enter")
	if mustRoom(d, code).Reveal.Turn != 1 {
		t.Fatal("the stick did not pass")
	}
	d.press("ctrl+s", "3")
	d.sees("The talking stick moved on before you sent your note", "about Maya’s card; it is kept", "“Maya", "assumes teams start alone and”")
	d.doesNotSee("│ Maya assumes")
	if heard := mustRoom(d, code).ContributionsOf(session.Heard); len(heard) != 0 {
		t.Fatalf("a half-written note was sent: %+v", heard)
	}
}
