package session

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"trio/content"
)

// stored counts the events in a store.
func stored(t *testing.T, store Store) int {
	t.Helper()
	n := 0
	if err := store.Events(context.Background(), func(Event) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	return n
}

// replayed is a new hub over the same store, with other limits.
func replayed(t *testing.T, store Store, l Limits, opts ...HubOption) *Hub {
	t.Helper()
	hub, err := NewHub(context.Background(), store, append(opts, WithLimits(l))...)
	if err != nil {
		t.Fatalf("the store did not replay under lower limits: %v", err)
	}
	return hub
}

// refusal is the reason of a refused command, or a failure.
func refusal(t *testing.T, err error) string {
	t.Helper()
	var r *Refusal
	if !errors.As(err, &r) {
		t.Fatalf("want a refusal, got %v", err)
	}
	return r.Reason
}

func openFor(who ParticipantID) OpenRoom {
	return OpenRoom{Question: "What next?", Script: testScript(), People: []Person{{ID: who, Name: string(who)}}}
}

func TestTheHubHoldsAtMostItsRooms(t *testing.T) {
	t.Parallel()
	hub, store, clock := newTestHub(t, WithLimits(Limits{Rooms: 2}))
	ctx := context.Background()
	for _, who := range []ParticipantID{maya, sam} {
		if _, err := hub.Open(ctx, openFor(who)); err != nil {
			t.Fatal(err)
		}
	}
	before := stored(t, store)
	_, err := hub.Open(ctx, openFor(lee))
	if got, want := refusal(t, err), "This server holds as many rooms as it may (2), so a new one cannot open now. Join a room by its code, or ask whoever runs the server to make room for more."; got != want {
		t.Errorf("got %q", got)
	}
	if n := stored(t, store); n != before || len(hub.Rooms()) != 2 {
		t.Fatalf("a refused room left %d events (want %d) and %d rooms", n, before, len(hub.Rooms()))
	}

	// Lowered below what the store holds: every room comes back, none is
	// added.
	again := replayed(t, store, Limits{Rooms: 1}, WithClock(clock.Now))
	if n := len(again.Rooms()); n != 2 {
		t.Fatalf("%d rooms came back, want both", n)
	}
	if _, err := again.Open(ctx, openFor(lee)); err == nil {
		t.Fatal("a room opened past the lowered limit")
	}
}

func TestOpeningRoomsAtOnceStopsAtTheLimit(t *testing.T) {
	t.Parallel()
	hub, _, _ := newTestHub(t, WithLimits(Limits{Rooms: 5}))
	errs := make(chan error, 20)
	for i := range 20 {
		go func() {
			_, err := hub.Open(context.Background(), openFor(ParticipantID(fmt.Sprint("p", i))))
			errs <- err
		}()
	}
	opened := 0
	for range 20 {
		if <-errs == nil {
			opened++
		}
	}
	if opened != 5 || len(hub.Rooms()) != 5 {
		t.Fatalf("%d opened and the hub holds %d rooms; want 5", opened, len(hub.Rooms()))
	}
}

func TestARoomHoldsAtMostItsParticipants(t *testing.T) {
	t.Parallel()
	f := newFixture(t, WithLimits(Limits{Participants: 5}))
	f.do("ana", Join{Name: "Ana"})
	before := stored(t, f.store)
	if got := f.refused("tom", Join{Name: "Tom"}); got != "This room is full: it holds at most 5 people." {
		t.Errorf("got %q", got)
	}
	if n := stored(t, f.store); n != before {
		t.Fatalf("a refused join stored %d events", n-before)
	}
	six := openFor(maya)
	for i := len(six.People); i < 6; i++ {
		six.People = append(six.People, Person{Name: fmt.Sprint("Guest ", i)})
	}
	if _, err := f.hub.Open(f.ctx, six); refusal(t, err) != "A room holds at most 5 people." {
		t.Errorf("opening a room of six: %v", err)
	}

	// Lowered below what the room has: everyone stays and goes on; only
	// newcomers are refused.
	again := replayed(t, f.store, Limits{Participants: 3})
	r, _ := again.Room(f.code)
	if len(r.People) != 5 {
		t.Fatalf("%d people came back, want 5", len(r.People))
	}
	if _, err := again.Do(f.ctx, f.code, "ana", CheckIn{Word: "still here"}); err != nil {
		t.Errorf("someone already in the room was refused: %v", err)
	}
	if _, err := again.Do(f.ctx, f.code, "tom", Join{Name: "Tom"}); refusal(t, err) != "This room is full: it holds at most 3 people." {
		t.Errorf("joining past the lowered limit: %v", err)
	}
}

func TestLimitsAboveTheCeilingsKeepTheCeilings(t *testing.T) {
	t.Parallel()
	f := newFixture(t, WithLimits(Limits{Participants: 50, Contributions: 1 << 20}))
	for i := len(f.room().People); i < MaxParticipants; i++ {
		f.do(ParticipantID(fmt.Sprint("guest", i)), Join{Name: fmt.Sprint("Guest ", i)})
	}
	if got := f.refused("tom", Join{Name: "Tom"}); got != fmt.Sprintf("This room is full: it holds at most %d people.", MaxParticipants) {
		t.Errorf("got %q", got)
	}
	d := f.hub.decision(maya, nil)
	if d.mostContributions() != MaxContributions {
		t.Errorf("a room may hold %d contributions, past the ceiling of %d", d.mostContributions(), MaxContributions)
	}
}

func TestARoomHoldsAtMostItsContributions(t *testing.T) {
	t.Parallel()
	f := newFixture(t, WithLimits(Limits{Contributions: 3}))
	for _, who := range []ParticipantID{maya, sam, lee} {
		f.do(who, CheckIn{Word: "here"})
	}
	before := stored(t, f.store)
	if got := f.refused(maya, CheckIn{Word: "again"}); got != "This room is full: it holds 3 contributions, the most one room can. Export it and open a new room to go on." {
		t.Errorf("got %q", got)
	}
	if n := stored(t, f.store); n != before {
		t.Fatalf("a refused contribution stored %d events", n-before)
	}
	// What is not a contribution goes on.
	f.do(maya, MarkReady{Ready: true})
	f.do(coach, NextPhase{})

	// Lowered below what the room holds: it keeps all three and takes
	// no more.
	again := replayed(t, f.store, Limits{Contributions: 2})
	r, _ := again.Room(f.code)
	if n := r.ContributionCount(); n != 3 {
		t.Fatalf("%d contributions came back, want 3", n)
	}
	f.hub = again
	f.goTo(content.KindDiscussion)
	if got := f.refused(sam, StatePosition{Text: "one more"}); got != "This room is full: it holds 2 contributions, the most one room can. Export it and open a new room to go on." {
		t.Errorf("got %q", got)
	}
}

func TestAFloodOfCommandsSlowsOnlyTheFlooder(t *testing.T) {
	t.Parallel()
	f := newFixture(t, WithLimits(Limits{CommandsPerSecond: 10, CommandBurst: 20}))
	sub, _ := f.hub.Subscribe(f.code)
	defer sub.Close()
	// Twenty at once pass: a burst no typist reaches.
	for i := range 20 {
		if _, err := f.hub.Do(f.ctx, f.code, sam, MarkReady{Ready: i%2 == 0}); err != nil {
			t.Fatalf("command %d of a burst of 20: %v", i, err)
		}
	}
	before, seq := stored(t, f.store), f.room().Seq
	<-sub.C
	for range 1000 {
		_, err := f.hub.Do(f.ctx, f.code, sam, MarkReady{Ready: true})
		if got := refusal(t, err); got != "Slow down a little: a room takes up to 10 changes a second from one person. Wait a moment, then try again." {
			t.Fatalf("got %q", got)
		}
	}
	if n := stored(t, f.store); n != before || f.room().Seq != seq {
		t.Fatalf("refused commands stored %d events", n-before)
	}
	select {
	case <-sub.C:
		t.Fatal("refused commands were told to the room")
	default:
	}
	// At the same instant, everyone else goes on.
	if _, err := f.hub.Do(f.ctx, f.code, maya, CheckIn{Word: "calm"}); err != nil {
		t.Fatalf("Maya was held up by Sam's flood: %v", err)
	}
	// A tenth of a second later, Sam has one more.
	f.clock.Advance(100 * time.Millisecond)
	if _, err := f.hub.Do(f.ctx, f.code, sam, MarkReady{Ready: true}); err != nil {
		t.Fatalf("Sam is still refused after the pace let one through: %v", err)
	}
	if _, err := f.hub.Do(f.ctx, f.code, sam, MarkReady{Ready: false}); err == nil {
		t.Fatal("Sam got two in a tenth of a second")
	}

	// Replay knows no pace: the store's events all come back at once.
	again := replayed(t, f.store, Limits{CommandsPerSecond: 0.001, CommandBurst: 1})
	if r, _ := again.Room(f.code); r.Seq != f.room().Seq {
		t.Fatalf("replayed to event %d, want %d", r.Seq, f.room().Seq)
	}
}

func TestTheCommandPaceForgetsPeopleAtRest(t *testing.T) {
	t.Parallel()
	f := newFixture(t, WithLimits(Limits{CommandsPerSecond: 10}))
	for i := range 1000 {
		f.hub.Do(f.ctx, f.code, ParticipantID(fmt.Sprint("stranger", i)), MarkReady{Ready: true})
		f.clock.Advance(time.Second)
	}
	lr, _ := f.hub.live(f.code)
	if n := len(lr.commands.people); n > 2*MaxParticipants {
		t.Fatalf("the pace remembers %d people, most of them long gone", n)
	}
}

func TestAFloodOfTypingIsNotToldToTheRoom(t *testing.T) {
	t.Parallel()
	f := newFixture(t, WithLimits(Limits{CommandsPerSecond: 10, CommandBurst: 20}))
	sub, _ := f.hub.Subscribe(f.code)
	defer sub.Close()
	told := func() bool {
		select {
		case <-sub.C:
			return true
		default:
			return false
		}
	}
	told()
	n := 0
	for i := range 1000 {
		f.hub.SetTyping(f.code, sam, i%2 == 0)
		if told() {
			n++
		}
	}
	if n != 0 {
		t.Fatalf("1000 typing changes within a second were told %d times; none lasted long enough to show", n)
	}
	// What is not told is still true: the facilitator asks before moving on.
	f.hub.SetTyping(f.code, sam, true)
	if !f.hub.Presence(f.code).Typing[sam] {
		t.Fatal("Sam's typing in the flood was lost")
	}
	// Sam writing on is told once the second is over.
	select {
	case <-sub.C:
	case <-time.After(10 * time.Second):
		t.Fatal("Sam's typing was never told")
	}
}
