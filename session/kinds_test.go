package session

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"trio/content"
)

func TestEveryKindIsRegisteredWhole(t *testing.T) {
	t.Parallel()
	for _, k := range content.Kinds {
		if err := KindRegistered(k); err != nil {
			t.Error(err)
		}
	}
	for k := range phaseKinds {
		if !slices.Contains(content.Kinds, k) {
			t.Errorf("session registers %q, which is not in content.Kinds", k)
		}
	}
}

func TestARegistrationSaysWhatItLacks(t *testing.T) {
	t.Parallel()
	got := strings.Join(phaseKind{}.missing(), ", ")
	want := "a demo step, a part of the exported document, a Markdown section, a side in the contrast"
	if got != want {
		t.Errorf("an empty registration lacks %q, want %q", got, want)
	}
	if err := KindRegistered("debate"); err == nil || !strings.Contains(err.Error(), `"debate"`) {
		t.Errorf("an unknown kind: %v", err)
	}
}

// unknownKindScript is the test script with a phase of a kind this trio
// does not run, as a newer trio's script would have.
func unknownKindScript() content.Script {
	s := testScript()
	s.Phases = slices.Clone(s.Phases)
	s.Phases[1].ID, s.Phases[1].Kind = "vote", "debate"
	return s
}

func TestARoomRefusesAKindItDoesNotRun(t *testing.T) {
	t.Parallel()
	hub, _, _ := newTestHub(t)
	open := openFor(maya)
	open.Script = unknownKindScript()
	_, err := hub.Open(context.Background(), open)
	want := `Phase "vote" is of kind "debate", which this trio does not run: pick another script, or update trio.`
	if got := refusal(t, err); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestAStoredRoomOfAnUnknownKindIsAnError(t *testing.T) {
	t.Parallel()
	at := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	opened := &RoomOpened{Question: "What next?", Script: unknownKindScript(), People: []Participant{{ID: maya, Name: "Maya"}}, Facilitator: maya}
	_, err := Apply(Room{}, Event{Room: "ABC123", Seq: 1, At: at, Actor: maya, Body: opened})
	if err == nil || !strings.Contains(err.Error(), `kind "debate", which this trio does not run`) {
		t.Errorf("applying a room of an unknown kind: %v", err)
	}
}

func TestTheDemoNamesAKindItCannotPlay(t *testing.T) {
	t.Parallel()
	d := demo{}
	d.play(content.Phase{ID: "vote", Kind: "debate"})
	if d.err == nil || !strings.Contains(d.err.Error(), `phase "vote" is of kind "debate"`) {
		t.Errorf("the demo of an unknown kind: %v", d.err)
	}
}

// The sample session plays a phase of every kind, and each kind's step
// adds to the room: a kind whose demo step is registered but does nothing,
// or fails, is found here even while the default script leaves it out.
func TestTheDemoPlaysEveryKind(t *testing.T) {
	t.Parallel()
	script := testScript()
	before := 0 // the room's events before the phase's step
	for i, p := range script.Phases {
		upTo := script
		upTo.Phases = script.Phases[:i+1]
		r := demoRoom(t, upTo) // fails the test if a step fails
		moves := min(i, 1)     // the move to this phase is the room's, not the step's
		if r.Seq-before-moves == 0 && i > 0 {
			t.Errorf("the demo's %s step added nothing to the room", p.Kind)
		}
		before = r.Seq
	}
}
