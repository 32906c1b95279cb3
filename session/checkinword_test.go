package session

import "testing"

// TestACheckInWordIsTheNewestStillStanding: a new word takes the place of
// the earlier one, a withdrawn word leaves the person without one, and a
// replayed room says the same.
func TestACheckInWordIsTheNewestStillStanding(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.do(maya, CheckIn{Word: "hopeful"})
	f.do(sam, CheckIn{Word: "tired"})
	curious := f.do(maya, CheckIn{Word: "curious"}).Event.Seq
	word := func(r Room, id ParticipantID) string {
		w, ok := r.CheckInWord(id)
		if !ok {
			return "(none)"
		}
		return w
	}
	if got := word(f.room(), maya); got != "curious" {
		t.Fatalf("Maya's word is %q, want curious", got)
	}
	if live := f.room().ContributionsOf(CheckInWord); len(live) != 2 {
		t.Fatalf("%d check-in words stand, want Maya's newest and Sam's", len(live))
	}
	f.do(maya, Withdraw{ID: curious})
	for _, r := range []Room{f.room(), replayedRoom(t, f)} {
		if got := word(r, maya); got != "(none)" {
			t.Fatalf("Maya withdrew her word, yet it reads %q", got)
		}
		if got := word(r, sam); got != "tired" {
			t.Fatalf("Sam's word is %q, want tired", got)
		}
	}
	f.do(maya, CheckIn{Word: "ready"})
	if got := word(f.room(), maya); got != "ready" {
		t.Fatalf("Maya's word is %q, want ready", got)
	}
}

// replayedRoom is the fixture's room as a new hub replays it from the store.
func replayedRoom(t *testing.T, f *fixture) Room {
	t.Helper()
	r, err := replayed(t, f.store, Limits{}).Room(f.code)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
