package session

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"
)

// workshopFixture is a hub with one workshop of four trios coached by
// Cora, whose rooms nobody has joined yet: a test seats whom it needs.
type workshopFixture struct {
	t     *testing.T
	ctx   context.Context
	clock *fakeClock
	store *SQLiteStore
	hub   *Hub
	code  string
	rooms []string
}

func newWorkshopFixture(t *testing.T, opts ...HubOption) *workshopFixture {
	t.Helper()
	hub, store, clock := newTestHub(t, opts...)
	w, err := hub.OpenWorkshop(context.Background(), OpenWorkshop{
		Title:     "Product trios, autumn",
		Coach:     Person{ID: coach, Name: "Cora"},
		Script:    testScript(),
		Questions: []string{"Should we rebuild onboarding?", "Do we sunset the legacy export?", "Which market first?", "Pricing by seat or by use?"},
		Trios:     4,
	})
	if err != nil {
		t.Fatal(err)
	}
	f := &workshopFixture{t: t, ctx: context.Background(), clock: clock, store: store, hub: hub, code: w.Code}
	for _, trio := range w.Trios {
		f.rooms = append(f.rooms, trio.Room)
	}
	return f
}

// seat has people join the trio at table i (from 0) and come in, the
// first of them facilitating.
func (f *workshopFixture) seat(i int, ids ...ParticipantID) {
	f.t.Helper()
	for _, id := range ids {
		f.in(i, id, Join{Name: nameOf(id), Role: roles[id]})
		f.enter(i, id)
	}
}

// roles are the trio's usual roles; others join without one.
var roles = map[ParticipantID]string{maya: "Product", sam: "Design", lee: "Engineering"}

// nameOf is a person's display name: their id, capitalized.
func nameOf(id ParticipantID) string {
	s := string(id)
	return string(s[0]-'a'+'A') + s[1:]
}

// enter brings a person's terminal into the trio's room.
func (f *workshopFixture) enter(i int, id ParticipantID) func() {
	f.t.Helper()
	leave, err := f.hub.Enter(f.rooms[i], id)
	if err != nil {
		f.t.Fatal(err)
	}
	f.t.Cleanup(leave)
	return leave
}

// do sends the coach's workshop command, which must be accepted.
func (f *workshopFixture) do(cmd WorkshopCommand) WorkshopResult {
	f.t.Helper()
	f.clock.Advance(10 * time.Second)
	res, err := f.hub.DoWorkshop(f.ctx, f.code, coach, cmd)
	if err != nil {
		f.t.Fatalf("%T: %v", cmd, err)
	}
	return res
}

// refused sends a workshop command that must be refused, changing nothing.
func (f *workshopFixture) refused(who ParticipantID, cmd WorkshopCommand) string {
	f.t.Helper()
	before, rooms := f.workshop(), f.trios()
	_, err := f.hub.DoWorkshop(f.ctx, f.code, who, cmd)
	var refusal *Refusal
	if !errors.As(err, &refusal) {
		f.t.Fatalf("%s %T: want a refusal, got %v", who, cmd, err)
	}
	if f.workshop().Seq != before.Seq {
		f.t.Fatalf("%s %T: refused, yet the workshop changed", who, cmd)
	}
	for i, r := range f.trios() {
		if r.Seq != rooms[i].Seq {
			f.t.Fatalf("%s %T: refused, yet table %d's room changed", who, cmd, i+1)
		}
	}
	return refusal.Reason
}

// in sends a command to the trio at table i that must be accepted.
func (f *workshopFixture) in(i int, who ParticipantID, cmd Command) Result {
	f.t.Helper()
	f.clock.Advance(10 * time.Second)
	res, err := f.hub.Do(f.ctx, f.rooms[i], who, cmd)
	if err != nil {
		f.t.Fatalf("table %d: %s %T: %v", i+1, who, cmd, err)
	}
	return res
}

// refusedIn sends a command to the trio at table i that must be refused.
func (f *workshopFixture) refusedIn(i int, who ParticipantID, cmd Command) string {
	f.t.Helper()
	before := f.room(i).Seq
	_, err := f.hub.Do(f.ctx, f.rooms[i], who, cmd)
	var refusal *Refusal
	if !errors.As(err, &refusal) {
		f.t.Fatalf("table %d: %s %T: want a refusal, got %v", i+1, who, cmd, err)
	}
	if f.room(i).Seq != before {
		f.t.Fatalf("table %d: %s %T: refused, yet the room changed", i+1, who, cmd)
	}
	return refusal.Reason
}

func (f *workshopFixture) room(i int) Room {
	f.t.Helper()
	r, err := f.hub.Room(f.rooms[i])
	if err != nil {
		f.t.Fatal(err)
	}
	return r
}

func (f *workshopFixture) trios() []Room {
	rooms := make([]Room, len(f.rooms))
	for i := range f.rooms {
		rooms[i] = f.room(i)
	}
	return rooms
}

func (f *workshopFixture) workshop() Workshop {
	f.t.Helper()
	w, err := f.hub.Workshop(f.code)
	if err != nil {
		f.t.Fatal(err)
	}
	return w
}

// phases lists the phase each trio is in, table by table.
func (f *workshopFixture) phases() string {
	out := ""
	for i, r := range f.trios() {
		if i > 0 {
			out += " "
		}
		out += fmt.Sprint(r.Phase)
	}
	return out
}
