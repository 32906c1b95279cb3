package session

import (
	"strings"
	"testing"
)

func TestABroadcastReachesEveryRoomCleaned(t *testing.T) {
	t.Parallel()
	f := newWorkshopFixture(t)
	res := f.do(BroadcastLine{Text: "  \x1b[31m5 minutes left\x1b[0m, then we meet\u202e in plenary "})
	want := "5 minutes left, then we meet in plenary"
	if res.Removed == 0 {
		t.Error("the coach is not told what cleaning removed")
	}
	if w := f.workshop(); len(w.Broadcasts) != 1 || w.Broadcasts[0].Text != want {
		t.Fatalf("the workshop keeps %+v", w.Broadcasts)
	}
	for i, r := range f.trios() {
		if r.Workshop.Broadcast == nil || r.Workshop.Broadcast.Text != want {
			t.Fatalf("table %d shows %+v", i+1, r.Workshop.Broadcast)
		}
		if got := r.Timeline[len(r.Timeline)-1].What; got != "Cora, to every room: "+want {
			t.Fatalf("table %d's timeline says %q", i+1, got)
		}
	}
	f.do(BroadcastLine{Text: "Back to your tables"})
	if got := f.room(3).Workshop.Broadcast.Text; got != "Back to your tables" {
		t.Errorf("the latest line is %q", got)
	}
	if got := f.refused(coach, BroadcastLine{Text: strings.Repeat("long ", 40)}); !strings.HasPrefix(got, "The line for every room") {
		t.Errorf("a long line: %q", got)
	}
	if got := f.refused(coach, BroadcastLine{Text: "\x1b[2J"}); !strings.HasPrefix(got, "The line for every room") {
		t.Errorf("a line of nothing but escapes: %q", got)
	}
}
