package session

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"trio/content"
)

const (
	ana ParticipantID = "ana"
	ben ParticipantID = "ben"
	cy  ParticipantID = "cy"
	dan ParticipantID = "dan"
)

// busyWorkshop has four trios at different places: table 1 writing its
// cards, table 2 with its facilitator gone, table 3 voting, table 4
// empty and behind. It returns table 2's facilitator's way out.
func busyWorkshop(t *testing.T) (*workshopFixture, func()) {
	t.Helper()
	f := newWorkshopFixture(t)
	f.seat(0, maya, sam, lee)
	leaveAna := f.seatLeaving(1, ana)
	f.seat(1, ben)
	f.seat(2, cy, dan)
	f.do(MoveTriosOn{})
	f.do(MoveTriosOn{})
	f.in(0, maya, StatePosition{Text: strings.Repeat("Onboarding is the whole problem and we must rebuild it now ", 4)})
	f.in(0, sam, StatePosition{Text: "Maybe."})
	f.do(SetPace{Pace: OwnPace})
	f.goTo(0, maya, content.KindSilentWriting)
	f.goTo(1, ana, content.KindSilentWriting)
	f.goTo(2, cy, content.KindPointOfView)
	f.in(2, dan, ProposeDraft{Believe: "SECRET-DRAFT-IS-PUBLIC we fix three steps", Because: "they lose most teams"})
	f.goTo(2, cy, content.KindConsent)
	f.in(2, cy, OpenVote{})
	f.in(2, dan, CastVote{Score: 1, Concern: "SECRET-CONCERN"})
	f.in(0, maya, WriteCard{Answers: map[string]string{"position": "SECRET-CARD of Maya", "see": "SECRET-SEE"}})
	f.hub.SetTyping(f.rooms[0], sam, true)
	f.in(0, lee, MarkReady{Ready: true})
	return f, leaveAna
}

// seatLeaving seats one person and returns how their terminal leaves.
func (f *workshopFixture) seatLeaving(i int, id ParticipantID) func() {
	f.t.Helper()
	f.in(i, id, Join{Name: nameOf(id)})
	return f.enter(i, id)
}

// goTo has a trio's facilitator move it on to the first phase of a kind.
func (f *workshopFixture) goTo(i int, fac ParticipantID, kind content.Kind) {
	f.t.Helper()
	for f.room(i).CurrentPhase().Kind != kind {
		f.in(i, fac, NextPhase{})
	}
}

func TestTheDashboardShowsEveryTrioLive(t *testing.T) {
	t.Parallel()
	f, leaveAna := busyWorkshop(t)
	leaveAna()
	d, _ := f.hub.Dashboard(f.code, coach)
	if hasSignal(d.Trios[1], FacilitatorAway, "") {
		t.Errorf("table 2's facilitator was called away the moment she left: %+v", d.Trios[1].Signals)
	}
	f.clock.Advance(FacilitatorAwayNoticed)
	d, err := f.hub.Dashboard(f.code, coach)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Trios) != 4 || d.Pace != OwnPace {
		t.Fatalf("%d trios at %s", len(d.Trios), d.Pace)
	}
	one := d.Trios[0]
	if one.Kind != content.KindSilentWriting || one.CardsWritten != 1 || one.Left != f.room(0).Timer.Remaining(f.clock.Now()) {
		t.Errorf("table 1: %s, %d cards, %s left", one.Phase.Title, one.CardsWritten, one.Left)
	}
	want := []PersonStatus{
		{Name: "Maya", Role: "Product", Facilitator: true, Here: true},
		{Name: "Sam", Role: "Design", Here: true, Typing: true},
		{Name: "Lee", Role: "Engineering", Here: true, Ready: true},
	}
	if !slices.Equal(one.People, want) {
		t.Errorf("table 1's people: %+v", one.People)
	}
	if !hasSignal(one, Airtime, "Maya has") || hasSignal(one, Behind, "") {
		t.Errorf("table 1's signals: %+v", one.Signals)
	}
	if two := d.Trios[1]; !hasSignal(two, FacilitatorAway, "Ana facilitates and has been away") || two.People[0].Here {
		t.Errorf("table 2's signals: %+v", two.Signals)
	}
	three := d.Trios[2]
	if three.Consent != (ConsentStatus{State: VoteOpen, Round: 1, Voted: 1, Voters: 2}) {
		t.Errorf("table 3's vote: %+v", three.Consent)
	}
	four := d.Trios[3]
	if !hasSignal(four, Behind, "Still in The discussion while 3 of the other 3 trios are further on.") || len(four.People) != 0 {
		t.Errorf("table 4's signals: %+v", four.Signals)
	}
	f.in(2, cy, CloseVote{})
	d, _ = f.hub.Dashboard(f.code, coach)
	if three := d.Trios[2]; three.Consent.State != ClosedEarly || !hasSignal(three, VoteClosedEarly, "Round 1 of the vote was closed before everyone voted.") {
		t.Errorf("table 3 after closing early: %+v, %+v", three.Consent, three.Signals)
	}
}

func hasSignal(s TrioStatus, kind SignalKind, say string) bool {
	return slices.ContainsFunc(s.Signals, func(sig Signal) bool { return sig.Kind == kind && strings.Contains(sig.Say, say) })
}

func TestTheDashboardHoldsNothingATrioWroteBeforeItsReveal(t *testing.T) {
	t.Parallel()
	f, _ := busyWorkshop(t)
	d, err := f.hub.Dashboard(f.code, coach)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(d)
	for _, secret := range []string{"SECRET-CARD", "SECRET-SEE", "SECRET-CONCERN", "SECRET-DRAFT", "Onboarding is the whole", `"score"`} {
		if strings.Contains(string(data), secret) {
			t.Errorf("the dashboard holds %s:\n%s", secret, data)
		}
	}
}

func TestOnlyTheCoachSeesEveryTrio(t *testing.T) {
	t.Parallel()
	f, _ := busyWorkshop(t)
	for _, who := range []ParticipantID{maya, ana, "stranger", Nobody} {
		if _, err := f.hub.Dashboard(f.code, who); err == nil || err.Error() != "Only the workshop's coach sees every trio's room." {
			t.Errorf("%q asking for the dashboard: %v", who, err)
		}
		if _, err := f.hub.PlenaryMarkdown(f.code, who); err == nil || err.Error() != "Only the workshop's coach sees the plenary export." {
			t.Errorf("%q asking for the plenary: %v", who, err)
		}
	}
	if _, err := f.hub.Dashboard("WRNG-C0DE", coach); err == nil || !strings.Contains(err.Error(), "eight letters and digits") {
		t.Errorf("a wrong code: %v", err)
	}
}

func TestATriosRoomIsPrivateFromTheOtherTrios(t *testing.T) {
	t.Parallel()
	f, _ := busyWorkshop(t)
	if got := f.refusedIn(1, maya, MarkReady{Ready: true}); got != "You are not part of this room yet: join it first." {
		t.Errorf("Maya acting at table 2 is told %q", got)
	}
	if got := f.refusedIn(0, ben, WriteCard{Answers: map[string]string{"position": "mine"}}); got != "You are not part of this room yet: join it first." {
		t.Errorf("Ben writing at table 1 is told %q", got)
	}
	for _, viewer := range []ParticipantID{ben, Nobody, coach} {
		data, _ := json.Marshal(ViewFor(f.room(1), viewer))
		if strings.Contains(string(data), "SECRET") || strings.Contains(string(data), "Onboarding is the whole") {
			t.Errorf("table 2's room, as %q sees it, holds another trio's words", viewer)
		}
		data, _ = json.Marshal(ViewFor(f.room(0), viewer))
		if strings.Contains(string(data), "SECRET-CARD") {
			t.Errorf("%q sees Maya's card before its reveal", viewer)
		}
	}
	plenary, _ := f.hub.PlenaryJSON(f.code, coach)
	for _, secret := range []string{"SECRET-CARD", "SECRET-CONCERN"} {
		if strings.Contains(string(plenary), secret) {
			t.Errorf("the plenary holds %s before it is shown", secret)
		}
	}
}

// A card is its author's turn by design: the first card revealed does not
// say its author has all the airtime.
func TestARevealedCardIsNobodysAirtime(t *testing.T) {
	t.Parallel()
	f := newWorkshopFixture(t)
	f.seat(0, maya, sam, lee)
	f.do(SetPace{Pace: OwnPace})
	f.goTo(0, maya, content.KindSilentWriting)
	long := strings.Repeat("We rebuild onboarding around the first board a team makes together ", 4)
	for _, id := range []ParticipantID{maya, sam, lee} {
		f.in(0, id, WriteCard{Answers: map[string]string{"position": long}})
	}
	f.goTo(0, maya, content.KindRevealRound)
	d, err := f.hub.Dashboard(f.code, coach)
	if err != nil {
		t.Fatal(err)
	}
	if hasSignal(d.Trios[0], Airtime, "") {
		t.Errorf("a revealed card gave its author the airtime: %+v", d.Trios[0].Signals)
	}
}

// With two trios, the one behind reads as one sentence.
func TestTheTrioBehindTheOtherOne(t *testing.T) {
	trios := []TrioStatus{{Phase: PhaseRef{Index: 3, Title: "Reveal round"}}, {Phase: PhaseRef{Index: 1, Title: "Frame the question"}}}
	s, ok := behind(trios, 1)
	if !ok || s.Say != "Still in Frame the question while the other trio is further on." {
		t.Errorf("the trio behind: %q", s.Say)
	}
}
