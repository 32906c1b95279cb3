package session

import (
	"context"
	"reflect"
	"testing"

	"trio/content"
)

// Every terminal of a room draws its airtime from one measuring of each
// version of the room: the same figures as measuring what anyone may see,
// the newest after every change.
func TestAirtimeIsMeasuredOnceForEveryTerminal(t *testing.T) {
	hub, _, _ := newTestHub(t)
	ctx := context.Background()
	res, err := hub.Open(ctx, OpenRoom{Question: "Should we rebuild onboarding?", Script: content.Default(), People: []Person{
		{ID: coach, Name: "Cora", Role: "Coach", Observer: true},
		{ID: maya, Name: "Maya", Role: "Product"},
		{ID: sam, Name: "Sam", Role: "Design"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	code := res.Room.Code
	for res.Room.CurrentPhase().Kind != content.KindDiscussion {
		if res, err = hub.Do(ctx, code, coach, NextPhase{}); err != nil {
			t.Fatal(err)
		}
	}
	for _, said := range []struct {
		who  ParticipantID
		text string
	}{{maya, "We rebuild the first screen, because people leave there."}, {sam, "Not yet."}} {
		if res, err = hub.Do(ctx, code, said.who, StatePosition{Text: said.text}); err != nil {
			t.Fatal(err)
		}
		first, again := hub.PublicMetrics(res.Room), hub.PublicMetrics(res.Room)
		if want := MeasureView(ViewFor(res.Room, Nobody)); !reflect.DeepEqual(first, want) {
			t.Fatalf("after %s spoke the shared airtime is\n%+v\nwant\n%+v", said.who, first.People, want.People)
		}
		if &first.People[0] != &again.People[0] {
			t.Error("a second terminal measured the room again")
		}
	}
	shared := hub.PublicMetrics(res.Room)
	if shared.People[0].Airtime <= shared.People[1].Airtime || shared.People[1].Airtime == 0 {
		t.Errorf("Maya said more than Sam, who said something: %+v", shared.People)
	}
}
