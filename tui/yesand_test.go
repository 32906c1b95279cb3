package tui

import (
	"strings"
	"testing"

	"trio/content"
	"trio/session"
)

func TestYesAndTheAndOpensOnlyAfterTheYes(t *testing.T) {
	t.Parallel()
	d, code := cardsOnTheTable(t, 80, 24, content.Default(), content.KindYesAnd)
	// Only the views of others are there to build on.
	d.sees("[Sam]", "Fix the invite step first.", "Yes to Sam’s view: what resonates", "The and opens once the room has your yes.")
	d.doesNotSee("Maya (you)", "And: what you add")
	d.press("right")
	d.sees("[Lee]", "Ship small releases")
	d.press("left")

	d.press("enter")
	d.typeText("the invite step is where people give up")
	d.press("tab")
	d.doesNotSee("And: what you add")
	d.press("enter")
	room := roomNow(t, d, code)
	if room.Builds.Len() != 1 || room.Builds.At(0).Author != "maya" || room.Builds.At(0).Perspective != cardOf(t, d, code, "sam") {
		t.Fatalf("builds in the room: %+v", room.Builds.Slice())
	}
	d.sees("✓ Your yes: the invite step is where people give up", "▸ And: what you add",
		"Maya: yes, the invite step is where people give up", "(and …?)")
	d.doesNotSee("Yes to Sam’s view")

	d.typeText("fixing it first can be release one")
	d.press("enter")
	build, _ := roomNow(t, d, code).Build(room.Builds.At(0).ID)
	if build.And != "fixing it first can be release one" {
		t.Fatalf("the build is %+v", build)
	}
	d.sees("Maya: yes, the invite step is where people give up,", "and fixing it first can be release one", "Yes to Sam’s view: what resonates")
	d.doesNotSee("▸ Yes to")
	d.doesNotSee("And: what you add", "(and …?)")
	fitsTheScreen(t, d, 80, 24)
}

func TestYesAndAButInTheYesIsNudgedWhileTyping(t *testing.T) {
	t.Parallel()
	d, code := cardsOnTheTable(t, 80, 24, content.Default(), content.KindYesAnd)
	d.press("enter")
	d.typeText("small steps help")
	d.doesNotSee("There is a \"but\" in your yes.")
	d.typeText(" but they may never add up")
	d.sees("There is a \"but\" in your yes.")
	if builds := roomNow(t, d, code).Builds; builds.Len() != 0 {
		t.Fatalf("nothing is sent while typing: %+v", builds)
	}
}

func TestYesAndEachPersonKeepsTheirOwnYes(t *testing.T) {
	t.Parallel()
	d, code := cardsOnTheTable(t, 80, 24, content.Default(), content.KindYesAnd)
	d.as(code, "lee", session.SayYes{Perspective: cardOf(t, d, code, "sam"), Yes: "the invite matters"})
	// Lee's open yes is his: Maya still starts with her own yes.
	d.sees("Lee: yes, the invite matters (and …?)", "what resonates")
	d.doesNotSee("And: what you add")
	d.press("ctrl+s", "ctrl+s") // Lee speaks; his first card of others is Maya's
	d.sees("▶ Lee", "[Maya]")
	d.press("right")
	d.sees("[Sam]", "✓ Your yes: the invite matters", "And: what you add")
}

func TestYesAndAtFullSize(t *testing.T) {
	t.Parallel()
	d, code := cardsOnTheTable(t, 140, 45, content.Default(), content.KindYesAnd)
	d.as(code, "sam", session.SayYes{Perspective: cardOf(t, d, code, "lee"), Yes: "small releases let us learn"})
	d.press("right")
	d.sees("[Lee]", "Ship small releases", "What I assume:", "Sam: yes, small releases let us learn (and …?)")
	fitsTheScreen(t, d, 140, 45)
}

// TestYesAndTheNextSpeakerFindsTheirOwnStep: the next person at the
// keyboard finds their own step, the and where their yes waits, out of any
// field; their first letter goes there.
func TestYesAndTheNextSpeakerFindsTheirOwnStep(t *testing.T) {
	t.Parallel()
	d, code := cardsOnTheTable(t, 80, 24, content.Default(), content.KindYesAnd)
	d.as(code, "lee", session.SayYes{Perspective: cardOf(t, d, code, "maya"), Yes: "one flow is easier to explain"})
	d.press("enter")
	d.typeText("Maya's half-written yes")
	d.press("ctrl+s", "ctrl+s") // Lee speaks, on Maya's card, where his yes waits for its and
	d.sees("▶ Lee", "✓ Your yes: one flow is easier to explain", "And: what you add to Maya’s view")
	d.doesNotSee("▸ And")
	d.typeText("and it can ship in parts")
	d.press("enter")
	build := roomNow(t, d, code).Builds.At(0)
	if build.And != "and it can ship in parts" {
		t.Fatalf("the build is %+v", build)
	}
	d.press("ctrl+s", "ctrl+s") // Cora, then Maya again: her text is where she left it
	d.sees("▶ Maya", "Maya's half-written yes")
}

func TestYesAndARefusedYesKeepsItsTextAndNoAnd(t *testing.T) {
	t.Parallel()
	d, code := cardsOnTheTable(t, 80, 24, content.Default(), content.KindYesAnd)
	d.press("ctrl+s", "ctrl+s", "ctrl+s") // Cora, who observes
	d.sees("▶ Cora")
	d.press("enter")
	d.typeText("the invite matters")
	d.press("enter")
	d.sees("✗ Observers listen and facilitate", "│ the invite matters")
	d.doesNotSee("And: what you add")
	if builds := roomNow(t, d, code).Builds; builds.Len() != 0 {
		t.Fatalf("builds in the room: %+v", builds)
	}
}

// TestYesAndReadsAsASentenceWhateverIsTyped: typing the labels' words at
// the start of each field ("Yes:", "And") does not say them twice, on
// screen or in the export.
func TestYesAndReadsAsASentenceWhateverIsTyped(t *testing.T) {
	t.Parallel()
	d, code := cardsOnTheTable(t, 140, 45, content.Default(), content.KindYesAnd)
	d.typeText("Yes: slicing the rebuild makes it safe.")
	d.press("enter")
	d.typeText("And the first slice could be the invite.")
	d.press("enter")
	d.sees("Maya: yes, slicing the rebuild makes it safe, and the first slice could be the invite.")
	d.doesNotSee("yes, Yes", "and And")
	md := string(session.ExportMarkdown(session.ViewFor(roomNow(t, d, code), session.Nobody)))
	if !strings.Contains(md, "Maya: yes, slicing the rebuild makes it safe, and the first slice could be the invite.") {
		t.Fatalf("the export does not read as a sentence:\n%s", md)
	}
}
