package session

import (
	"strings"
	"testing"
	"time"
)

func TestTheCoachKeepsEveryTriosTime(t *testing.T) {
	t.Parallel()
	f := newWorkshopFixture(t)
	before := f.trios()
	f.do(AddTimeToAll{By: 3 * time.Minute})
	for i, r := range f.trios() {
		if got := r.Timer.Deadline.Sub(before[i].Timer.Deadline); got != 3*time.Minute {
			t.Fatalf("table %d got %s more", i+1, got)
		}
	}
	if got := f.refused(coach, AddTimeToAll{By: 2 * time.Hour}); !strings.Contains(got, "Add between") {
		t.Errorf("two hours: %q", got)
	}
	f.seat(2, lee)
	f.in(2, lee, PauseTimer{})
	res := f.do(PauseAll{})
	if len(res.Rooms) != 3 {
		t.Errorf("%d rooms paused; the one already paused is left as it is", len(res.Rooms))
	}
	for i, r := range f.trios() {
		if !r.Timer.Paused {
			t.Fatalf("table %d still runs", i+1)
		}
	}
	if got := f.refused(coach, PauseAll{}); got != "Every trio's timer is paused already." {
		t.Errorf("pausing twice: %q", got)
	}
	f.clock.Advance(time.Hour)
	f.do(ResumeAll{})
	for i, r := range f.trios() {
		if r.Timer.Paused || r.Timer.Remaining(f.clock.Now()) <= 0 {
			t.Fatalf("table %d: paused %v, %s left after the pause", i+1, r.Timer.Paused, r.Timer.Remaining(f.clock.Now()))
		}
	}
	if got := f.refused(coach, ResumeAll{}); got != "Every trio's timer is running already." {
		t.Errorf("resuming twice: %q", got)
	}
}
