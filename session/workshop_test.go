package session

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestAWorkshopOpensARoomForEachTrio(t *testing.T) {
	t.Parallel()
	f := newWorkshopFixture(t)
	w := f.workshop()
	if len(w.Trios) != 4 || w.Pace != Lockstep || w.Coach != coach || w.CoachName != "Cora" {
		t.Fatalf("workshop opened as %+v", w)
	}
	seen := map[string]bool{w.Code: true}
	for i, trio := range w.Trios {
		if seen[trio.Room] {
			t.Fatalf("table %d shares the code %s", trio.Table, trio.Room)
		}
		seen[trio.Room] = true
		r := f.room(i)
		link := r.Workshop
		if link == nil || link.Code != w.Code || link.Table != i+1 || link.Coach != coach || !link.Lockstep {
			t.Fatalf("table %d's room is linked as %+v", i+1, link)
		}
		if r.Question != trio.Question || len(r.People) != 0 || r.Facilitator != "" {
			t.Fatalf("table %d's room opened with %q, %d people, facilitator %q", i+1, r.Question, len(r.People), r.Facilitator)
		}
	}
	if f.room(1).Question != "Do we sunset the legacy export?" {
		t.Errorf("table 2 was given %q", f.room(1).Question)
	}
}

func TestOneQuestionServesEveryTrio(t *testing.T) {
	t.Parallel()
	hub, _, _ := newTestHub(t)
	w, err := hub.OpenWorkshop(context.Background(), OpenWorkshop{Title: "One question", Coach: Person{ID: coach, Name: "Cora"},
		Script: testScript(), Questions: []string{"Should we rebuild onboarding?"}, Trios: 5, Pace: OwnPace})
	if err != nil {
		t.Fatal(err)
	}
	for _, trio := range w.Trios {
		r, _ := hub.Room(trio.Room)
		if r.Question != "Should we rebuild onboarding?" || r.Workshop.Lockstep {
			t.Fatalf("table %d opened with %q, lockstep %v", trio.Table, r.Question, r.Workshop.Lockstep)
		}
	}
}

func TestAWorkshopIsRefusedWithAWayForward(t *testing.T) {
	t.Parallel()
	good := func() OpenWorkshop {
		return OpenWorkshop{Title: "T", Coach: Person{ID: coach, Name: "Cora"}, Script: testScript(), Questions: []string{"Q?"}, Trios: 4}
	}
	for _, tc := range []struct {
		name   string
		change func(*OpenWorkshop)
		want   string
	}{
		{"too few trios", func(c *OpenWorkshop) { c.Trios = 1 }, "A workshop has 2 to 8 trios"},
		{"too many trios", func(c *OpenWorkshop) { c.Trios = 9 }, "A workshop has 2 to 8 trios"},
		{"no coach", func(c *OpenWorkshop) { c.Coach.ID = "" }, "sign in with a key"},
		{"questions that do not fit", func(c *OpenWorkshop) { c.Questions = []string{"A?", "B?"} }, "one for each of the 4 trios"},
		{"an empty question", func(c *OpenWorkshop) { c.Questions = []string{" "} }, "The question"},
		{"no title", func(c *OpenWorkshop) { c.Title = "" }, "The workshop's title"},
		{"no phases", func(c *OpenWorkshop) { c.Script.Phases = nil }, "pick another script"},
		{"an unknown pace", func(c *OpenWorkshop) { c.Pace = "fast" }, "Choose lockstep"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			hub, _, _ := newTestHub(t)
			c := good()
			tc.change(&c)
			_, err := hub.OpenWorkshop(context.Background(), c)
			if _, ok := err.(*Refusal); !ok || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want a refusal saying %q", err, tc.want)
			}
			if len(hub.Rooms()) != 0 || len(hub.Workshops()) != 0 {
				t.Fatal("a refused workshop left rooms behind")
			}
		})
	}
}

func TestAWorkshopSurvivesARestart(t *testing.T) {
	t.Parallel()
	f := newWorkshopFixture(t)
	f.seat(0, maya, sam)
	f.do(BroadcastLine{Text: "Ten minutes, then plenary"})
	f.do(MoveTriosOn{})
	again, err := NewHub(context.Background(), f.store)
	if err != nil {
		t.Fatal(err)
	}
	w, err := again.Workshop(f.code)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(w, f.workshop()) {
		t.Fatalf("the workshop came back as\n%+v\nnot\n%+v", w, f.workshop())
	}
	for i, code := range f.rooms {
		r, err := again.Room(code)
		if err != nil || !reflect.DeepEqual(r, f.room(i)) {
			t.Fatalf("table %d's room came back different (%v)", i+1, err)
		}
	}
	// The rooms are the workshop's again: the coach acts on them.
	if _, err := again.DoWorkshop(context.Background(), f.code, coach, AddTimeToAll{By: 60e9}); err != nil {
		t.Fatal(err)
	}
}

func TestTheFirstToJoinATriosRoomFacilitates(t *testing.T) {
	t.Parallel()
	f := newWorkshopFixture(t)
	f.seat(0, sam, maya)
	r := f.room(0)
	if r.Facilitator != sam {
		t.Fatalf("%q facilitates, not Sam, who joined first", r.Facilitator)
	}
	if got := r.Timeline[1].What; got != "Sam joined and facilitates" {
		t.Errorf("the timeline says %q", got)
	}
	if got := r.Timeline[2].What; got != "Maya joined" {
		t.Errorf("the timeline says %q", got)
	}
	if f.room(1).Facilitator != "" {
		t.Error("a join in one trio gave another trio a facilitator")
	}
}

func TestAWorkshopsRoomsCountAgainstTheRoomLimitTogether(t *testing.T) {
	t.Parallel()
	hub, _, _ := newTestHub(t, WithLimits(Limits{Rooms: 6}))
	open := OpenWorkshop{Title: "T", Coach: Person{ID: coach, Name: "Cora"}, Script: testScript(), Questions: []string{"Q?"}, Trios: 4}
	if _, err := hub.OpenWorkshop(context.Background(), open); err != nil {
		t.Fatal(err)
	}
	_, err := hub.OpenWorkshop(context.Background(), open)
	if _, ok := err.(*Refusal); !ok || !strings.Contains(err.Error(), "so the 4 rooms of a workshop cannot open now") {
		t.Fatalf("a second workshop past the limit: %v", err)
	}
	if n := len(hub.Rooms()); n != 4 {
		t.Errorf("%d rooms, not the first workshop's 4", n)
	}
}

// A trio's room opens before anyone is in it: its first phase's time
// starts when its first member joins, and a second member does not start
// it again.
func TestATriosFirstPhaseStartsWithItsFirstMember(t *testing.T) {
	t.Parallel()
	f := newWorkshopFixture(t)
	box := f.room(0).CurrentPhase().Timebox
	f.clock.Advance(3 * time.Minute)
	f.seat(0, sam)
	joined := f.clock.Now()
	if got := f.room(0).Timer.Remaining(joined); got != box {
		t.Errorf("Sam joined with %s of the first phase left, want the whole %s", got, box)
	}
	f.seat(0, maya)
	if got := f.room(0).Timer.Remaining(joined); got != box {
		t.Errorf("Maya's joining moved the clock: %s left at Sam's joining", got)
	}
}
