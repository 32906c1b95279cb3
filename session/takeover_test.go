package session

import (
	"bytes"
	"context"
	"reflect"
	"testing"
	"time"
)

// awayFixture is a room whose facilitator's role opens after the default
// time away; Cora the coach facilitates, and everyone is here.
func awayFixture(t *testing.T) *fixture {
	t.Helper()
	return newFixture(t, WithLimits(Limits{FacilitatorAway: DefaultFacilitatorAway}))
}

func TestAnyoneHereMayTakeTheRoleOnceTheFacilitatorIsAway(t *testing.T) {
	t.Parallel()
	f := awayFixture(t)
	f.leave(coach)
	f.clock.Advance(DefaultFacilitatorAway - 10*time.Second) // f.do adds the last 10 s

	res := f.do(sam, TakeFacilitation{})
	taken, ok := res.Event.Body.(*FacilitationTaken)
	if !ok {
		t.Fatalf("the event is a %s", res.Event.Body.EventType())
	}
	if *taken != (FacilitationTaken{From: coach, To: sam, Away: DefaultFacilitatorAway}) {
		t.Errorf("the event says %+v", *taken)
	}
	if f.room().Facilitator != sam {
		t.Fatalf("%s facilitates, want sam", f.room().Facilitator)
	}
	// The new facilitator holds the role; the old one, back, does not.
	f.do(sam, NextPhase{})
	f.enter(coach)
	if got := f.refused(coach, NextPhase{}); got != "Only the facilitator can move to the next phase." {
		t.Errorf("Cora, back, was told %q", got)
	}
	// An observer may take it as well: observers facilitate.
	f.leave(sam)
	f.clock.Advance(DefaultFacilitatorAway)
	f.do(coach, TakeFacilitation{})
	if f.room().Facilitator != coach {
		t.Fatalf("%s facilitates, want the coach", f.room().Facilitator)
	}
}

func TestTheTimelineSaysWhoTookTheRoleFromWhom(t *testing.T) {
	t.Parallel()
	f := awayFixture(t)
	f.leave(coach)
	f.clock.Advance(5 * time.Minute)
	f.do(lee, TakeFacilitation{})
	const line = "Lee took the facilitator's role while Cora was away"
	timeline := f.room().Timeline
	if last := timeline[len(timeline)-1]; last.What != line || last.Actor != lee {
		t.Errorf("the timeline ends with %q by %s", last.What, last.Actor)
	}
	if md := ExportMarkdown(ViewFor(f.room(), Nobody)); !bytes.Contains(md, []byte(line)) {
		t.Errorf("the export's timeline does not say %q:\n%s", line, md)
	}
}

func TestTheRoleCannotBeTakenBeforeTheLimit(t *testing.T) {
	t.Parallel()
	f := awayFixture(t)
	f.leave(coach)
	f.clock.Advance(40 * time.Second)
	if got, want := f.refused(sam, TakeFacilitation{}), "Cora has been away for 40 s; if they are not back within 1 min 20 s, you can take the role."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	f.clock.Advance(79*time.Second + 500*time.Millisecond)
	if got, want := f.refused(sam, TakeFacilitation{}), "Cora has been away for 1 min 59 s; if they are not back within 1 s, you can take the role."; got != want {
		t.Errorf("half a second before: got %q, want %q", got, want)
	}
	f.clock.Advance(500 * time.Millisecond)
	if _, err := f.hub.Do(f.ctx, f.code, sam, TakeFacilitation{}); err != nil {
		t.Fatalf("at the limit: %v", err)
	}
}

func TestTheRoleCannotBeTakenWhileTheFacilitatorIsHere(t *testing.T) {
	t.Parallel()
	f := awayFixture(t)
	f.clock.Advance(time.Hour)
	want := "Cora facilitates and is here: ask them to hand the role over."
	if got := f.refused(sam, TakeFacilitation{}); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// Coming back starts the time away afresh.
	f.leave(coach)
	f.clock.Advance(time.Hour)
	f.enter(coach)
	f.leave(coach)
	f.clock.Advance(time.Minute)
	if got, want := f.refused(sam, TakeFacilitation{}), "Cora has been away for 1 min; if they are not back within 1 min, you can take the role."; got != want {
		t.Errorf("after coming back and leaving again: got %q, want %q", got, want)
	}
	// Here from a second terminal, the facilitator is here still.
	f.enter(coach)
	f.enter(coach)
	f.leave(coach)
	f.clock.Advance(time.Hour)
	if got := f.refused(sam, TakeFacilitation{}); got != want {
		t.Errorf("with one of two terminals left: got %q", got)
	}
}

func TestSomeoneAwayCannotTakeTheRole(t *testing.T) {
	t.Parallel()
	f := awayFixture(t)
	f.leave(coach)
	f.leave(sam)
	f.clock.Advance(time.Hour)
	for who, want := range map[ParticipantID]string{
		sam:        "Only someone in the room can take the facilitator's role: come into the room first.",
		"stranger": "You are not part of this room yet: join it first.",
		coach:      "You facilitate already.",
	} {
		if got := f.refused(who, TakeFacilitation{}); got != want {
			t.Errorf("%s: got %q, want %q", who, got, want)
		}
	}
}

func TestNoTimeAwayMeansTheRoleIsOnlyHandedOver(t *testing.T) {
	t.Parallel()
	f := newFixture(t) // FacilitatorAway 0
	f.leave(coach)
	f.clock.Advance(24 * time.Hour)
	want := "Here the facilitator's role is only handed over, never taken: when Cora is back, ask them to hand it to you."
	if got := f.refused(sam, TakeFacilitation{}); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if p := f.hub.Presence(f.code); p.FacilitationOpen {
		t.Error("the role shows as open")
	}
}

func TestATakenRoleReplaysToTheSameRoom(t *testing.T) {
	t.Parallel()
	f := awayFixture(t)
	f.leave(coach)
	f.clock.Advance(3 * time.Minute)
	f.do(maya, TakeFacilitation{})
	f.do(maya, NextPhase{})
	again, err := NewHub(context.Background(), f.store)
	if err != nil {
		t.Fatal(err)
	}
	replayed, err := again.Room(f.code)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(replayed, f.room()) {
		t.Fatal("the replayed room differs from the live one")
	}
	if replayed.Facilitator != maya {
		t.Fatalf("%s facilitates after the replay, want maya", replayed.Facilitator)
	}
}

// TestARestartNeitherHandsTheRoleOverAtOnceNorKeepsItOutOfReach: after a
// restart nobody has been here yet; the facilitator counts as away from the
// start, however long ago they left.
func TestARestartNeitherHandsTheRoleOverAtOnceNorKeepsItOutOfReach(t *testing.T) {
	t.Parallel()
	f := awayFixture(t)
	f.leave(coach)
	f.clock.Advance(time.Hour)
	f.hub, _ = NewHub(f.ctx, f.store, WithClock(f.clock.Now), WithLimits(Limits{FacilitatorAway: DefaultFacilitatorAway}))
	f.enter(sam)
	f.clock.Advance(30 * time.Second)
	if got, want := f.refused(sam, TakeFacilitation{}), "Cora has been away for 30 s; if they are not back within 1 min 30 s, you can take the role."; got != want {
		t.Errorf("after a restart: got %q, want %q", got, want)
	}
	f.clock.Advance(90 * time.Second)
	if _, err := f.hub.Do(f.ctx, f.code, sam, TakeFacilitation{}); err != nil {
		t.Fatalf("the limit after the restart: %v", err)
	}
}

func TestTakeoverTellsAScreenWhatToOffer(t *testing.T) {
	t.Parallel()
	f := awayFixture(t)
	seq := f.room().Seq
	if got := f.hub.Takeover(f.code, sam); got.CanTake || got.Why != "Cora facilitates and is here: ask them to hand the role over." || got.Offer() != "" {
		t.Errorf("with Cora here: %+v", got)
	}
	if got := f.hub.Takeover(f.code, coach); got.CanTake || got.Why != "You facilitate already." {
		t.Errorf("to Cora: %+v", got)
	}
	f.leave(coach)
	f.clock.Advance(40 * time.Second)
	got := f.hub.Takeover(f.code, sam)
	if got.CanTake || got.Away != 40*time.Second || got.Why != "Cora has been away for 40 s; if they are not back within 1 min 20 s, you can take the role." {
		t.Errorf("40 s after Cora left: %+v", got)
	}
	f.clock.Advance(80 * time.Second)
	got = f.hub.Takeover(f.code, sam)
	if !got.CanTake || got.Why != "" || got.Facilitator != coach || got.FacilitatorName != "Cora" {
		t.Fatalf("2 min after Cora left: %+v", got)
	}
	if got.Offer() != "Cora is away: you can take the facilitator's role." {
		t.Errorf("offer: %q", got.Offer())
	}
	if got.Question() != "Take the facilitator's role while Cora is away? Everyone is told, and the timeline keeps it." {
		t.Errorf("question: %q", got.Question())
	}
	if f.room().Seq != seq || f.room().Facilitator != coach {
		t.Error("asking changed the room")
	}
}

// TestTheRoomIsToldWhenTheRoleOpens: the moment the facilitator has been
// away long enough, every screen in the room is nudged and reads the role
// as open, with no clock of its own.
func TestTheRoomIsToldWhenTheRoleOpens(t *testing.T) {
	t.Parallel()
	const limit = 50 * time.Millisecond
	f := newFixture(t, WithLimits(Limits{FacilitatorAway: limit}))
	sub, err := f.hub.Subscribe(f.code)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	f.leave(coach)
	<-sub.C // Cora left
	closed := f.hub.Presence(f.code)
	if closed.FacilitationOpen {
		t.Fatal("the role is open the moment Cora left")
	}
	f.clock.Advance(limit)
	select {
	case <-sub.C:
	case <-time.After(5 * time.Second):
		t.Fatal("nobody was told when the role opened")
	}
	open := f.hub.Presence(f.code)
	if !open.FacilitationOpen {
		t.Fatal("the role is not open after the limit")
	}
	if open.Equal(closed) {
		t.Fatal("the presence reads the same with the role open: screens would not draw the offer")
	}
	f.enter(coach)
	if f.hub.Presence(f.code).FacilitationOpen {
		t.Fatal("the role is still open with Cora back")
	}
}
