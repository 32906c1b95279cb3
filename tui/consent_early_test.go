package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"trio/content"
	"trio/session"
)

// consentClosedEarly is a room in consent where Maya alone voted, in
// favour, and Cora closed the round: the case people first met.
func consentClosedEarly(d *driver) string {
	d.t.Helper()
	code := consentRoom(d)
	d.as(code, "cora", session.OpenVote{})
	d.as(code, "maya", session.CastVote{Score: 4})
	d.as(code, "cora", session.CloseVote{})
	return code
}

func TestAVoteClosedEarlyIsNotConsentOnTheConsentPanel(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := consentClosedEarly(d)
	d.sees("Round 1: ✗ closed early, 2 did not vote", "Maya  4  supports",
		"Sam   –  did not vote", "Lee   –  did not vote",
		"Closed early, so this is not consent and uses up no", "new round on version 1")
	d.doesNotSee("✓ consent", "Everyone can live with")

	// The same draft is voted on again, and the round closed early does
	// not count against the script's two.
	d.as(code, "cora", session.OpenVote{})
	d.sees("Voting on version 1", "Round 2 of 3")
}

func TestClosingEarlyAsksFirstAndNamesWhoHasNotVoted(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := consentRoom(d)
	view := func() session.View { return session.ViewFor(mustRoom(d, code), "cora") }
	if q := consentCloseQuestion(view(), 80); q != "" {
		t.Errorf("with no vote open: %q", q)
	}
	d.as(code, "cora", session.OpenVote{})
	d.as(code, "maya", session.CastVote{Score: 4})
	for _, tc := range []struct {
		width int
		want  string
	}{
		{80, "Close round 1 now? Sam and Lee have not voted, so it will count as closed early, not as consent."},
		{40, "Close round 1 now? 2 people have not voted, so it will count as closed early, not as consent."},
	} {
		if got := consentCloseQuestion(view(), tc.width); got != tc.want {
			t.Errorf("at %d columns:\n got %q\nwant %q", tc.width, got, tc.want)
		}
	}
	d.as(code, "sam", session.CastVote{Score: 3})
	if got, want := consentCloseQuestion(view(), 80), "Close round 1 now? Lee has not voted, so it will count as closed early, not as consent."; got != want {
		t.Errorf("one left:\n got %q\nwant %q", got, want)
	}
}

func TestTheCloseSaysAVoteWasClosedEarly(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		width, height int
		want          string
	}{
		{140, 45, "The vote: ✗ round 1 closed early, Sam and Lee did not vote"},
		{80, 24, "The vote: ✗ round 1 closed early, 2 did not vote"},
	} {
		d := newDriver(t, tc.width, tc.height)
		consentClosedEarly(d)
		d.goTo(content.KindClose)
		d.sees(tc.want)
		d.doesNotSee("✓ consent")
	}
}

func TestTheSummarySaysAVoteWasClosedEarly(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	consentClosedEarly(d)
	d.menu("Summary and export")
	d.sees("Version 1, by Lee. Round 1 was closed early: Sam and Lee did not vote, so it", "is not consent.")
	for range 40 {
		if strings.Contains(d.screen(), "Round 1 on version 1") && strings.Contains(d.screen(), "this round is not consent.") {
			break
		}
		d.send(tea.KeyPressMsg{Code: tea.KeyPgDown})
	}
	d.sees("Round 1 on version 1", "Maya 4/5", "✗ Closed early: Sam and Lee did not vote, so this round is not", "consent.")
	d.doesNotSee("Consent reached")
}

func TestTheConsentPanelSaysWhenTheRoundsAreDone(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := consentClosedEarly(d)
	for round := range 2 {
		if round > 0 {
			d.as(code, "sam", session.ProposeDraft{Believe: "the invite step needs a redesign, tested with five teams"})
		}
		d.as(code, "cora", session.OpenVote{})
		d.as(code, "maya", session.CastVote{Score: 4})
		d.as(code, "sam", session.CastVote{Score: 2, Concern: "Name who tests it"})
		d.as(code, "lee", session.CastVote{Score: 4})
	}
	d.sees("Round 3: ✗ no consent yet", "That was the last round of voting this script allows.", "the facilitator moves on")
	d.doesNotSee("opens a new round")
}
