package session

import (
	"context"
	"reflect"
	"testing"
)

// Every terminal of a room draws its airtime from one measuring of each
// version of the room: the same figures as measuring what anyone may see,
// the newest after every change.
func TestAirtimeIsMeasuredOnceForEveryTerminal(t *testing.T) {
	hub, code := fullRoom(t, 0)
	ctx := context.Background()
	var res Result
	var err error
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
