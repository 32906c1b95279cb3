package tui

import (
	"testing"

	"trio/content"
	"trio/session"
)

const consentConcernText = "Name who runs the sessions"

// consentRoom is a room in consent, with Lee's draft to vote on.
func consentRoom(d *driver) string {
	d.t.Helper()
	code := pointOfViewRoom(d, content.Default())
	d.as(code, "lee", session.ProposeDraft{
		Believe: "the invite step needs a redesign",
		Because: "that is where most teams stall",
	})
	d.goTo(content.KindConsent)
	return code
}

func consentRound(d *driver, code string) session.ConsentRound {
	d.t.Helper()
	room := mustRoom(d, code)
	if len(room.Votes) == 0 {
		d.t.Fatal("no round was opened")
	}
	return room.Votes[len(room.Votes)-1]
}

func TestConsentVotesStaySecretUntilEveryoneHasVoted(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := consentRoom(d)
	d.sees("Version 1 · by Lee", "we believe the invite step needs a",
		"0 blocks · 1–2 not yet · 3 can live with it", "4–5 support", "The facilitator opens the vote (ctrl+o)")

	// ctrl+o opens the round as Cora, the facilitator, whoever speaks;
	// the keyboard goes to the first voter, behind a curtain.
	d.press("ctrl+s", "ctrl+s")
	d.press("ctrl+o")
	if round := consentRound(d, code); round.Closed || round.Version != 1 || len(round.Voters) != 3 {
		t.Fatalf("round = %+v", round)
	}
	d.sees("Voting on version 1", "Round 1 of 2", "Pass the keyboard to Maya", "only you can see the screen")

	// A digit before the curtain is lifted chooses nothing.
	d.press("4")
	d.doesNotSee("Your vote: 4")
	d.press("enter")
	d.sees("Your vote, Maya: a number from 0 to 5, then enter.")
	d.press("4")
	d.sees("Your vote: 4, supports.")
	if round := consentRound(d, code); len(round.Votes) != 0 {
		t.Fatalf("a digit alone cast a vote: %+v", round.Votes)
	}
	d.press("esc") // chooses again
	d.sees("Your vote, Maya: a number from 0 to 5, then enter.")
	d.press("4")
	d.press("enter")
	d.sees("✓ Maya", "Pass the keyboard to Sam")
	d.doesNotSee("4  supports", "Your vote: 4")

	d.press("enter", "2")
	d.sees("Your vote: 2, not yet.")
	d.doesNotSee("What would make it work for you?")
	d.press("enter")
	d.sees("Your vote: 2, not yet. What would make it work", "for you?")
	d.typeText(consentConcernText)
	d.press("enter")
	round := consentRound(d, code)
	if len(round.Votes) != 2 || round.Votes[1].Voter != "sam" || round.Votes[1].Score != 2 || round.Votes[1].Concern != consentConcernText {
		t.Fatalf("votes = %+v", round.Votes)
	}
	d.sees("Pass the keyboard to Lee")
	d.doesNotSee("2  not yet", consentConcernText, "4  supports")

	d.press("enter")
	d.doesNotSee("supports", consentConcernText)
	d.press("5", "enter")
	if round := consentRound(d, code); !round.Closed {
		t.Fatalf("the round is still open: %+v", round)
	}
	d.sees("Round 1: ✗ no consent yet", "Maya  4  supports", "Sam   2  not yet", "“"+consentConcernText+"”",
		"Lee   5  supports", "Amend the point of view")
}

func TestConsentClosesEarlyAmendsAndVotesAgain(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := consentRoom(d)
	d.press("ctrl+o", "enter", "1", "enter")
	d.typeText("Test it with five teams")
	d.press("enter")

	// ctrl+o closes the round as the facilitator, though Sam is speaking,
	// once asked.
	d.press("ctrl+o")
	d.sees("Close round 1 now? Sam and Lee have not voted,")
	d.press("enter")
	if round := consentRound(d, code); !round.Closed || round.Consented() {
		t.Fatalf("round = %+v", round)
	}
	d.sees("Round 1: ✗ closed early, 2 did not vote", "Maya  1  not yet", "Test it with five teams", "did not vote")

	// The amendment starts from the draft, with the concerns above it.
	d.press("enter")
	d.sees("What would make it work", "Maya: Test it with five teams", "▸ We believe")
	d.typeText(", tested with five teams")
	d.press("enter", "enter", "enter")
	latest := pointOfViewLatest(d, code)
	if latest.Version != 2 || latest.Amends != 1 || latest.Believe != "the invite step needs a redesign, tested with five teams" {
		t.Fatalf("amendment = %+v", latest)
	}
	d.sees("New: version 2 · by Sam · answers round 1", "Version 2 answers the concerns")

	d.press("ctrl+o")
	if round := consentRound(d, code); round.Number != 2 || round.Version != 2 || round.Closed {
		t.Fatalf("round = %+v", round)
	}
	d.sees("Voting on version 2", "Round 2 of 3")
}

func TestConsentShowsEachVoterOnAWideScreen(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 140, 45)
	code := consentRoom(d)
	d.press("ctrl+o", "enter", "3", "enter")
	d.sees("✓ Maya has voted", "○ Sam has not voted yet", "○ Lee has not voted yet",
		"0 blocks · 1–2 not yet · 3 can live with it · 4–5 support")
	d.doesNotSee("3  can live with it")
	d.as(code, "sam", session.CastVote{Score: 4})
	d.as(code, "lee", session.CastVote{Score: 5})
	d.sees("Round 1: ✓ consent", "Maya  3  can live with it", "Sam   4  supports", "Everyone can live with version 1")
}
