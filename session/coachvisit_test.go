package session

import (
	"strings"
	"testing"
	"time"
)

func TestTheCoachComesInAsAnObserverAndLeaves(t *testing.T) {
	t.Parallel()
	f := newWorkshopFixture(t)
	f.seat(0, maya, sam)
	if got := f.refusedIn(0, coach, Join{Name: "Cora"}); !strings.Contains(got, "come into the room as an observer") {
		t.Errorf("the coach joining is told %q", got)
	}
	if got := f.refusedIn(0, maya, CoachEnters{}); got != "Only the workshop's coach can come into a trio's room as its coach." {
		t.Errorf("Maya is told %q", got)
	}
	f.in(0, coach, CoachEnters{})
	r := f.room(0)
	p, in := r.Person(coach)
	if !in || !p.Observer || p.Name != "Cora" || !r.Workshop.Observing || r.Facilitator != maya {
		t.Fatalf("the coach came in as %+v (in %v), observing %v, facilitator %q", p, in, r.Workshop.Observing, r.Facilitator)
	}
	if got := f.refusedIn(0, coach, CoachEnters{}); got != "You are in this room already." {
		t.Errorf("coming in twice: %q", got)
	}
	if got := f.refusedIn(0, coach, WriteCard{Answers: map[string]string{"position": "mine"}}); !strings.Contains(got, "Observers listen") {
		t.Errorf("the coach writing a card is told %q", got)
	}
	if got := f.refusedIn(0, coach, MarkReady{Ready: true}); !strings.Contains(got, "ready marks are the trio's") {
		t.Errorf("the observing coach marking ready is told %q", got)
	}
	f.in(0, coach, CoachLeaves{})
	if f.room(0).Workshop.Observing {
		t.Fatal("the coach left, yet observes")
	}
	if got := f.refusedIn(0, coach, MarkReady{Ready: true}); got != "You have left this room: come in again as an observer first." {
		t.Errorf("the coach acting after leaving is told %q", got)
	}
	if got := f.refusedIn(0, coach, CoachLeaves{}); got != "You are not in this room." {
		t.Errorf("leaving twice: %q", got)
	}
	f.in(0, coach, CoachEnters{})
	if n := len(f.room(0).People); n != 3 {
		t.Errorf("coming back made %d people, not 3", n)
	}
	if got := f.refusedIn(1, sam, Join{Name: "cora"}); !strings.Contains(got, "Cora coaches this workshop") {
		t.Errorf("a name like the coach's is told %q", got)
	}
}

func TestAFullTriosRoomKeepsTheCoachsSeat(t *testing.T) {
	t.Parallel()
	f := newWorkshopFixture(t, WithLimits(Limits{Participants: 3}))
	f.seat(0, maya, sam)
	if got := f.refusedIn(0, lee, Join{Name: "Lee"}); !strings.Contains(got, "at most 3 people") {
		t.Errorf("the third joiner is told %q", got)
	}
	f.in(0, coach, CoachEnters{})
	if n := len(f.room(0).People); n != 3 {
		t.Errorf("%d people, not 3", n)
	}
}

func TestTheCoachCannotTakeAnEmptyTable(t *testing.T) {
	t.Parallel()
	f := newWorkshopFixture(t, WithLimits(Limits{FacilitatorAway: DefaultFacilitatorAway}))
	f.in(0, coach, CoachEnters{})
	f.enter(0, coach)
	f.clock.Advance(time.Hour)
	if f.hub.Presence(f.rooms[0]).FacilitationOpen {
		t.Error("a table nobody facilitates yet offers the role")
	}
	if got := f.refusedIn(0, coach, TakeFacilitation{}); got != "Nobody facilitates this table yet: the first of the trio to join will." {
		t.Errorf("the coach taking the role is told %q", got)
	}
	f.seat(0, maya)
	if f.room(0).Facilitator != maya {
		t.Errorf("%q facilitates, not Maya, the first of the trio", f.room(0).Facilitator)
	}
}
