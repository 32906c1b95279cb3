package session

import (
	"slices"
	"strings"
	"testing"
)

func TestOnlyTheCoachActsOnTheWorkshop(t *testing.T) {
	t.Parallel()
	f := newWorkshopFixture(t)
	f.seat(0, maya, sam)
	for _, cmd := range []WorkshopCommand{
		MoveTriosOn{}, SetPace{Pace: OwnPace}, AddTimeToAll{By: 60e9}, PauseAll{}, ResumeAll{}, BroadcastLine{Text: "hello"},
	} {
		for _, who := range []ParticipantID{maya, "stranger", Nobody} {
			if got := f.refused(who, cmd); !strings.HasPrefix(got, "Only the workshop's coach can ") {
				t.Errorf("%q %T is told %q", who, cmd, got)
			}
		}
	}
}

func TestLockstepMovesEveryTrioTogether(t *testing.T) {
	t.Parallel()
	f := newWorkshopFixture(t)
	f.seat(0, maya, sam)
	f.seat(1, lee)
	res := f.do(MoveTriosOn{})
	if got := f.phases(); got != "1 1 1 1" || len(res.Rooms) != 4 || len(res.Asked) != 0 {
		t.Fatalf("phases %s after the coach's move, %d rooms changed", got, len(res.Rooms))
	}
	if got := f.refusedIn(0, maya, NextPhase{}); !strings.Contains(got, "Cora moves every trio on together") {
		t.Errorf("the facilitator moving alone is told %q", got)
	}
	f.refusedIn(0, maya, PreviousPhase{})
	f.do(SetPace{Pace: OwnPace})
	if got := f.refused(coach, SetPace{Pace: OwnPace}); got != "The trios go at their own pace already." {
		t.Errorf("own pace twice: %q", got)
	}
	f.in(0, maya, NextPhase{})
	f.in(0, maya, NextPhase{})
	if got := f.phases(); got != "3 1 1 1" {
		t.Fatalf("phases %s at their own pace", got)
	}
	// Together means to one phase: the one after the furthest trio's.
	f.do(MoveTriosOn{})
	if got := f.phases(); got != "4 4 4 4" {
		t.Fatalf("phases %s after moving on together", got)
	}
	if w := f.workshop(); w.Pace != OwnPace || !strings.HasPrefix(w.Timeline[len(w.Timeline)-1].What, "Moved every trio on to ") {
		t.Errorf("the workshop is %s, its timeline ends %q", w.Pace, w.Timeline[len(w.Timeline)-1].What)
	}
	for range len(testScript().Phases) {
		if _, err := f.hub.DoWorkshop(f.ctx, f.code, coach, MoveTriosOn{}); err != nil {
			break
		}
	}
	if got := f.refused(coach, MoveTriosOn{}); !strings.Contains(got, "last phase") {
		t.Errorf("moving past the end: %q", got)
	}
}

func TestATrioWhereSomeoneWritesIsAskedNotMoved(t *testing.T) {
	t.Parallel()
	f := newWorkshopFixture(t)
	f.seat(0, maya, sam, lee)
	f.hub.SetTyping(f.rooms[0], sam, true)
	res := f.do(MoveTriosOn{})
	if got := f.phases(); got != "0 1 1 1" || !slices.Equal(res.Asked, f.rooms[:1]) {
		t.Fatalf("phases %s, asked %v", got, res.Asked)
	}
	ask := f.room(0).Workshop.MoveAsked
	if ask == nil || ask.To != 1 || !slices.Equal(ask.Typing, []ParticipantID{sam}) {
		t.Fatalf("the question is %+v", ask)
	}
	timeline := f.room(0).Timeline
	if got := timeline[len(timeline)-1].What; got != "Cora moves every trio on to The frame; Sam is still writing, so Maya decides when" {
		t.Errorf("the timeline says %q", got)
	}
	if got := f.refusedIn(0, sam, AcceptMove{}); got != "Only the facilitator can answer the coach's move." {
		t.Errorf("Sam answering is told %q", got)
	}
	f.in(0, maya, AcceptMove{})
	if r := f.room(0); r.Phase != 1 || r.Workshop.MoveAsked != nil {
		t.Fatalf("after the yes the trio is in phase %d, asked %+v", r.Phase, r.Workshop.MoveAsked)
	}
	if got := f.refusedIn(0, maya, AcceptMove{}); got != "The coach has not asked this trio to move on." {
		t.Errorf("a second yes is told %q", got)
	}
}

func TestTheCoachsNextMoveFindsNobodyWriting(t *testing.T) {
	t.Parallel()
	f := newWorkshopFixture(t)
	f.seat(0, maya, sam)
	f.hub.SetTyping(f.rooms[0], maya, true)
	f.do(MoveTriosOn{})
	if f.room(0).Workshop.MoveAsked == nil {
		t.Fatal("the facilitator writing was not asked")
	}
	f.hub.SetTyping(f.rooms[0], maya, false)
	f.do(MoveTriosOn{})
	if got := f.phases(); got != "2 2 2 2" || f.room(0).Workshop.MoveAsked != nil {
		t.Fatalf("phases %s, still asked: %v", got, f.room(0).Workshop.MoveAsked != nil)
	}
}

func TestTheCoachWritingHoldsNoTrio(t *testing.T) {
	t.Parallel()
	f := newWorkshopFixture(t)
	f.seat(0, maya)
	f.in(0, coach, CoachEnters{})
	f.enter(0, coach)
	f.hub.SetTyping(f.rooms[0], coach, true)
	if res := f.do(MoveTriosOn{}); len(res.Asked) != 0 || f.room(0).Phase != 1 {
		t.Fatalf("the coach's own writing held the trio: asked %v", res.Asked)
	}
}
