package session

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// closeEarly opens a round in which only Maya votes, all in favour, and
// the facilitator closes it.
func closeEarly(f *fixture) {
	f.t.Helper()
	f.do(coach, OpenVote{})
	f.do(maya, CastVote{Score: 5})
	f.do(coach, CloseVote{})
}

func lastMoment(r Room) string { return r.Timeline[len(r.Timeline)-1].What }

func TestAVoteClosedEarlyIsNotConsent(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	toConsent(f)
	f.do(coach, OpenVote{})
	f.do(maya, CastVote{Score: 4})
	f.do(sam, CastVote{Score: 5})
	f.do(coach, CloseVote{})
	r := f.room()
	round := r.Votes[0]
	if !round.Closed || round.Consented() || !round.ClosedEarly() {
		t.Fatalf("closed=%v consented=%v closed early=%v", round.Closed, round.Consented(), round.ClosedEarly())
	}
	if got := round.Missing(); !slices.Equal(got, []ParticipantID{lee}) {
		t.Errorf("missing = %v, want Lee", got)
	}
	if got, want := lastMoment(r), "Closed round 1 of the vote early: Lee did not vote, so it is not consent"; got != want {
		t.Errorf("timeline says %q, want %q", got, want)
	}
	// Every voter in favour, with all of them voting, is consent.
	f.do(coach, OpenVote{})
	for _, who := range []ParticipantID{maya, sam, lee} {
		f.do(who, CastVote{Score: 3})
	}
	if round := f.room().Votes[1]; !round.Consented() || round.ClosedEarly() || len(round.Missing()) != 0 {
		t.Errorf("a full round in favour: %+v", round)
	}
}

func TestClosingEarlyDoesNotUseUpARound(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	toConsent(f) // the script allows two rounds
	phase := f.room().CurrentPhase()
	closeEarly(f)
	if left := f.room().RoundsLeft(phase); left != 2 {
		t.Errorf("rounds left after an early close: %d, want 2", left)
	}
	// The same draft is voted on again: those who did not vote were not heard.
	f.do(coach, OpenVote{})
	if round := f.room().Votes[1]; round.Version != 1 || round.Number != 2 {
		t.Fatalf("second round: %+v", round)
	}
	f.do(maya, CastVote{Score: 4})
	f.do(sam, CastVote{Score: 2, Concern: "Name who tests it"})
	f.do(lee, CastVote{Score: 4})
	if got := f.refused(coach, OpenVote{}); got != "Amend the point of view first: a new round votes on a new draft." {
		t.Errorf("after a full round on the same draft: %q", got)
	}
	f.do(sam, ProposeDraft{Believe: "we fix the invite step first, and Sam tests it"})
	f.do(coach, OpenVote{})
	for _, who := range []ParticipantID{maya, sam, lee} {
		f.do(who, CastVote{Score: 4})
	}
	if left := f.room().RoundsLeft(phase); left != 0 {
		t.Errorf("rounds left after two full rounds: %d", left)
	}
	f.do(lee, ProposeDraft{Believe: "a fourth thought"})
	if got := f.refused(coach, OpenVote{}); !strings.HasPrefix(got, "This script allows 2 rounds of voting, and they are done") {
		t.Errorf("got %q", got)
	}
}

func TestExportsSayAVoteWasClosedEarly(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	toConsent(f)
	closeEarly(f)
	v := ViewFor(f.room(), Nobody)

	md := string(ExportMarkdown(v))
	for _, want := range []string{
		"Version 1, by Maya. Round 1 was closed early: Sam and Lee did not vote, so it is not consent.",
		"- Maya: 5\n\nClosed early: Sam and Lee did not vote, so this round is not consent.",
		"Closed round 1 of the vote early: Sam and Lee did not vote, so it is not consent",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown does not say %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "Consent reached") {
		t.Errorf("the Markdown calls an early close consent:\n%s", md)
	}

	data, err := ExportJSON(v)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Consent []map[string]any `json:"consent"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Consent) != 1 {
		t.Fatalf("consent rounds in the JSON: %d", len(doc.Consent))
	}
	round := doc.Consent[0]
	if round["consented"] != false || round["closed_early"] != true || round["open"] != false {
		t.Errorf("consented=%v closed_early=%v open=%v", round["consented"], round["closed_early"], round["open"])
	}
	if got, _ := json.Marshal(round["missing_voters"]); string(got) != `["Sam","Lee"]` {
		t.Errorf("missing_voters = %s", got)
	}
}

// An early close stored by an older trio, which read it as consent, comes
// back as closed early: the stored event is the same, only what it means
// changed.
func TestAnOldEarlyCloseReplaysAsClosedEarly(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	toConsent(f)
	f.do(coach, OpenVote{})
	f.do(maya, CastVote{Score: 5})
	f.do(sam, CastVote{Score: 4})
	stored, err := DecodeBody("vote-closed", []byte(`{"round":1}`))
	if err != nil {
		t.Fatal(err)
	}
	r := f.room()
	e := Event{Room: f.code, Seq: r.Seq + 1, At: r.UpdatedAt, Actor: coach, Body: stored}
	if err := f.store.Append(context.Background(), e); err != nil {
		t.Fatal(err)
	}
	again, err := NewHub(context.Background(), f.store)
	if err != nil {
		t.Fatal(err)
	}
	replayed, err := again.Room(f.code)
	if err != nil {
		t.Fatal(err)
	}
	round := replayed.Votes[0]
	if !round.ClosedEarly() || round.Consented() || !slices.Equal(round.Missing(), []ParticipantID{lee}) {
		t.Fatalf("replayed round: %+v", round)
	}
	if got := lastMoment(replayed); got != "Closed round 1 of the vote early: Lee did not vote, so it is not consent" {
		t.Errorf("timeline: %q", got)
	}
	if md := string(ExportMarkdown(ViewFor(replayed, Nobody))); !strings.Contains(md, "Round 1 was closed early: Lee did not vote") {
		t.Errorf("export of the replayed room:\n%s", md)
	}
}

func TestRoundsClosedEarlyAreBounded(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	toConsent(f)
	for range MaxConsentRounds {
		closeEarly(f)
	}
	if got := f.refused(coach, OpenVote{}); !strings.HasPrefix(got, "This room has held 100 rounds of voting") {
		t.Errorf("got %q", got)
	}
}
