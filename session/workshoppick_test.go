package session

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestTrioChoicesHoldNoWordOfATrio: anyone with a workshop's code sees
// each table's question as the workshop gave it and who is in each room,
// never what a trio wrote, and of a locked room only that it is locked.
func TestTrioChoicesHoldNoWordOfATrio(t *testing.T) {
	t.Parallel()
	f := newWorkshopFixture(t, WithLimits(Limits{Participants: 4}))
	f.seat(0, maya, sam, lee)
	f.in(0, coach, CoachEnters{})
	f.in(0, maya, SetQuestion{Text: "SECRET-REWORDING of onboarding"})
	leaveAna := f.seatLeaving(1, ana)
	leaveAna()
	f.seat(2, cy)
	f.in(2, cy, LockRoom{Locked: true})

	got, err := f.hub.TrioChoices(strings.ToLower(FormatCode(f.code)), ben)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(got)
	if strings.Contains(string(data), "SECRET") || strings.Contains(string(data), "Cy") {
		t.Fatalf("the tables show what a trio wrote, or who is in a locked room: %s", data)
	}
	if got.Title != "Product trios, autumn" || got.Coach != "Cora" || len(got.Trios) != 4 {
		t.Fatalf("the workshop: %+v", got)
	}
	one := got.Trios[0]
	want := []Seat{{"Maya", true}, {"Sam", true}, {"Lee", true}}
	if one.Table != 1 || one.Room != FormatCode(f.rooms[0]) || one.Question != "Should we rebuild onboarding?" || !slices.Equal(one.People, want) {
		t.Errorf("table 1, where the coach observes: %+v", one)
	}
	if !one.Full || one.Yours || one.Locked {
		t.Errorf("table 1 is full, not Ben's, open: %+v", one)
	}
	if two := got.Trios[1]; !slices.Equal(two.People, []Seat{{"Ana", false}}) || two.Full {
		t.Errorf("table 2, Ana away: %+v", two)
	}
	if three := got.Trios[2]; !three.Locked || len(three.People) != 0 {
		t.Errorf("table 3, locked: %+v", three)
	}
	if four := got.Trios[3]; four.Table != 4 || len(four.People) != 0 || four.Question != "Pricing by seat or by use?" {
		t.Errorf("table 4, empty: %+v", four)
	}

	mine, err := f.hub.TrioChoices(f.code, cy)
	if err != nil {
		t.Fatal(err)
	}
	if three := mine.Trios[2]; !three.Yours || !slices.Equal(three.People, []Seat{{"Cy", true}}) {
		t.Errorf("Cy's own locked room: %+v", three)
	}
}

func TestTrioChoicesRefuseAWrongCode(t *testing.T) {
	t.Parallel()
	f := newWorkshopFixture(t)
	for _, code := range []string{f.rooms[0], "ABCD-EFGH"} {
		if _, err := f.hub.TrioChoices(code, ben); err == nil || !strings.Contains(err.Error(), "There is no workshop with the code") {
			t.Errorf("%s: %v", code, err)
		}
	}
}
