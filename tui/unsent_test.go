package tui

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"trio/content"
	"trio/session"
)

// restart stops the hub as trio does on its way out and starts a new one
// on the same store, as the next run of trio would.
func (d *driver) restart() *session.Hub {
	d.t.Helper()
	if err := d.hub.Close(); err != nil {
		d.t.Fatal(err)
	}
	hub, err := session.NewHub(context.Background(), d.store, session.WithClock(d.clock.Now))
	if err != nil {
		d.t.Fatal(err)
	}
	d.t.Cleanup(func() { hub.Close() })
	d.hub = hub
	return hub
}

// samInTheDiscussion is Maya's room over SSH with Sam joined from his own
// terminal, both in the discussion round.
func samInTheDiscussion(t *testing.T) (maya, sam *driver, code string) {
	t.Helper()
	maya = newRemoteDriver(t, 80, 24, "maya-key", "maya")
	code = maya.createRoom()
	sam = maya.terminal(80, 24, Options{Me: "sam-key", UserName: "sam"})
	sam.joinByCode(code, "Design")
	maya.goTo(content.KindDiscussion)
	sam.refresh()
	return maya, sam, code
}

// TestAParticipantsUnsentTextComesBackWithTheirKey: Sam closes his
// terminal with a position half-written in the discussion round and half
// a card in silent writing; with the same key, on a new terminal and
// after a restart, every word is where he left it, and never on Maya's
// screen.
func TestAParticipantsUnsentTextComesBackWithTheirKey(t *testing.T) {
	t.Parallel()
	maya, sam, code := samInTheDiscussion(t)
	sam.typeText("We should rebuild the whole flow")
	maya.nextPhase()
	sam.refresh()
	sam.sees("Your card, sam", "The room moved on to Silent writing while you were writing")
	maya.clock.Advance(settleAfterMove)
	sam.typeText("Fix the invite step first.")
	sam.press("enter")
	sam.typeText("Teams stall when they invite")
	sam.app.Close()

	back := maya.terminal(80, 24, Options{Me: "sam-key", UserName: "sam", JoinCode: code})
	back.sees("│ Fix the invite step first.", "│ Teams stall when they invite")
	maya.refresh()
	maya.doesNotSee("Fix the invite", "Teams stall")

	// After a restart, on a terminal at a new hub: still there, the
	// discussion's too once the room goes back to it.
	back.app.Close()
	hub := maya.restart()
	again := maya.terminal(80, 24, Options{Me: "sam-key", UserName: "sam", JoinCode: code})
	again.sees("│ Fix the invite step first.", "│ Teams stall when they invite")
	if _, err := hub.Do(context.Background(), code, "maya-key", session.PreviousPhase{}); err != nil {
		t.Fatal(err)
	}
	again.refresh()
	again.sees("Phase 3 of 12: Discussion round", "│ We should rebuild the whole flow")
}

// TestUnsentTextIsKeptPerPersonAtOneKeyboard: on one keyboard, what each
// person half-typed is theirs after the coach hands the keyboard round,
// and after trio starts again.
func TestUnsentTextIsKeptPerPersonAtOneKeyboard(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.goTo(content.KindDiscussion)
	d.typeText("Maya thinks we rebuild")
	d.press("ctrl+s")
	d.typeText("Sam would fix the invite")
	d.press("ctrl+s")
	d.doesNotSee("Maya thinks", "Sam would")

	hub := d.restart()
	d.app = New(Options{Hub: hub, Now: d.clock.Now, ExportDir: t.TempDir()})
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.send(openRoomMsg{code: code})
	d.sees("▶ Maya", "│ Maya thinks we rebuild")
	d.press("ctrl+s")
	d.sees("│ Sam would fix the invite")
	d.doesNotSee("Maya thinks")
}

// TestSendingForgetsTheUnsentText: once the room accepts a text, it is no
// longer unsent, so it never comes back in an empty field.
func TestSendingForgetsTheUnsentText(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.goTo(content.KindDiscussion)
	d.typeText("Rebuild it all.")
	if got := d.hub.UnsentText(code, "maya", session.UnsentKey{Phase: "discussion", Field: session.FieldPosition}); got != "Rebuild it all." {
		t.Fatalf("the hub keeps %q while Maya types", got)
	}
	d.press("enter")
	if unsent := d.hub.Unsent(code, "maya"); len(unsent) != 0 {
		t.Fatalf("sent text is still kept as unsent: %v", unsent)
	}
	if strings.Contains(d.screen(), "│ Rebuild it all.") {
		t.Fatalf("the sent text stays in the field:\n%s", d.screen())
	}
}

// TestTypingMeansWritingNow: a draft left in a field, or brought back on
// a new terminal, is kept but is not "typing": the others' sidebars and
// the facilitator's question say so only while a field has the person's
// keyboard and holds unsent text.
func TestTypingMeansWritingNow(t *testing.T) {
	t.Parallel()
	maya := newRemoteDriver(t, 80, 24, "maya-key", "maya")
	code := maya.createRoom()
	sam := maya.terminal(80, 24, Options{Me: "sam-key", UserName: "sam"})
	sam.joinByCode(code, "Design")
	typing := func() bool { return maya.hub.Presence(code).Typing["sam-key"] }

	sam.typeText("hopef")
	if !typing() {
		t.Fatal("Sam writing his word is not typing")
	}
	sam.press("esc")
	if typing() {
		t.Fatal("a word Sam left alone still counts as typing")
	}
	maya.refresh()
	maya.doesNotSee("sam typing…")
	maya.press("ctrl+n")
	maya.sees("Move the room on to Frame the question (2 of 12)? enter moves on")
	maya.press("esc")

	// Back on a new terminal, the word is there, and he is not typing
	// until he writes again.
	sam.app.Close()
	back := maya.terminal(80, 24, Options{Me: "sam-key", UserName: "sam", JoinCode: code})
	back.sees("│ hopef")
	if typing() {
		t.Fatal("a word brought back counts as typing")
	}
	back.typeText("ul")
	back.sees("│ hopeful")
	if !typing() {
		t.Fatal("Sam writing again is not typing")
	}
}

// TestAnEnterAfterAHandOverNeverSendsAKeptDraft: Lee's half-written
// reflection waits while the coach hands the keyboard round; when it comes
// back to him, the enter meant to start writing does not send it.
func TestAnEnterAfterAHandOverNeverSendsAKeptDraft(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.goTo(content.KindClose)
	d.press("ctrl+s", "3")
	d.typeText("I came in wary; hearing Sam's")
	d.press("ctrl+s", "1", "ctrl+s", "3", "enter")
	if got := mustRoom(d, code).ContributionsOf(session.Reflection); len(got) != 0 {
		t.Fatalf("the kept draft was sent: %+v", got)
	}
	d.sees("▸ What shifted for you?", "│ I came in wary; hearing Sam's")
}

// TestTheEndOfASentenceDoesNotLandInTheNextPhase: Sam is mid-sentence when
// Maya moves the room on; the rest of his sentence does not start his card,
// he is told his words are kept, and a moment later he writes as usual.
func TestTheEndOfASentenceDoesNotLandInTheNextPhase(t *testing.T) {
	t.Parallel()
	maya, sam, code := samInTheDiscussion(t)
	sam.typeText("Teams that grow past five")
	maya.nextPhase()
	sam.refresh()
	sam.typeText(" always")
	sam.sees("The room moved on to Silent writing while you were writing: your words in", "Discussion round are kept.")
	sam.doesNotSee("always")
	if got := maya.hub.Unsent(code, "sam-key"); len(got) != 1 {
		t.Fatalf("Sam's unsent text: %v", got)
	}
	maya.clock.Advance(settleAfterMove)
	sam.typeText("Fix")
	sam.sees("│ Fix")
}

// Sam sent his position and his field stands open and empty when Maya
// moves the room on: he had no words to keep, and is not told he had.
func TestAnEmptyFieldIsNotToldItsWordsAreKept(t *testing.T) {
	t.Parallel()
	maya, sam, _ := samInTheDiscussion(t)
	sam.typeText("Teams that grow past five stall.")
	sam.press("enter")
	sam.refresh()
	sam.sees("sam: Teams that grow past five stall.")
	maya.nextPhase()
	sam.refresh()
	sam.sees("Phase 4 of 12")
	sam.doesNotSee("while you were writing")
}
