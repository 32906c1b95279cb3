package session

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"trio/content"
)

// testScript has one phase of every kind, with short time boxes.
func testScript() content.Script {
	phase := func(id string, kind content.Kind) content.Phase {
		return content.Phase{ID: id, Kind: kind, Title: "The " + id, Purpose: "Why " + id, Prompt: "Do " + id, Timebox: 2 * time.Minute}
	}
	s := content.Script{
		Name:        "test",
		Title:       "Test script",
		PromptCards: []string{"What leads you to that view?"},
		Cues: []content.Cue{
			{ID: "yes-but", Phrases: []string{"yes, but", "yes but"}, Suggestion: "Try yes, and."},
			{ID: "obviously", Phrases: []string{"obviously"}, Suggestion: "Try my hunch is."},
			{ID: "we-should", Phrases: []string{"we should"}, Suggestion: "Try what if we."},
		},
	}
	for _, k := range content.Kinds {
		p := phase(string(k), k)
		switch k {
		case content.KindSilentWriting:
			p.Fields = []content.CardField{
				{ID: "position", Label: "My position"},
				{ID: "see", Label: "What I see"},
				{ID: "assume", Label: "What I assume"},
				{ID: "care", Label: "What I care about"},
			}
		case content.KindRevealRound:
			p.PerSpeaker = time.Minute
		case content.KindConsent:
			p.Threshold, p.Rounds = 3, 2
		}
		s.Phases = append(s.Phases, p)
	}
	return s
}

// fakeClock is a clock tests move by hand.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }

func (c *fakeClock) Advance(d time.Duration) { c.mu.Lock(); defer c.mu.Unlock(); c.now = c.now.Add(d) }

// codes hands out predictable room codes.
func codes() func() (string, error) {
	var mu sync.Mutex
	n := 0
	return func() (string, error) {
		mu.Lock()
		defer mu.Unlock()
		n++
		code := make([]byte, codeLength)
		for i, x := codeLength-1, n; i >= 0; i, x = i-1, x/len(codeAlphabet) {
			code[i] = codeAlphabet[x%len(codeAlphabet)]
		}
		return string(code), nil
	}
}

// newTestHub is a hub on an in-memory store, with a fake clock and
// predictable room codes, and any other options.
func newTestHub(t testing.TB, opts ...HubOption) (*Hub, *SQLiteStore, *fakeClock) {
	t.Helper()
	store, err := OpenStore(context.Background(), Memory)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	clock := newFakeClock()
	hub, err := NewHub(context.Background(), store, append([]HubOption{WithClock(clock.Now), WithCodes(codes())}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return hub, store, clock
}

// fixture is a hub with one room of three people and a coach who
// facilitates; everyone present. Options change the hub.
type fixture struct {
	t     *testing.T
	ctx   context.Context
	clock *fakeClock
	store *SQLiteStore
	hub   *Hub
	code  string
	// leaves closes each person's newest terminal in the room.
	leaves map[ParticipantID]func()
}

const (
	coach ParticipantID = "coach"
	maya  ParticipantID = "maya"
	sam   ParticipantID = "sam"
	lee   ParticipantID = "lee"
)

func newFixture(t *testing.T, opts ...HubOption) *fixture {
	t.Helper()
	return newFixtureOf(t, testScript(), opts...)
}

// newFixtureOf is the fixture's room running another script.
func newFixtureOf(t *testing.T, script content.Script, opts ...HubOption) *fixture {
	t.Helper()
	ctx := context.Background()
	hub, store, clock := newTestHub(t, opts...)
	res, err := hub.Open(ctx, OpenRoom{
		Question: "Should we rebuild onboarding?",
		Script:   script,
		People: []Person{
			{ID: coach, Name: "Cora", Role: "Coach", Observer: true},
			{ID: maya, Name: "Maya", Role: "Product"},
			{ID: sam, Name: "Sam", Role: "Design"},
			{ID: lee, Name: "Lee", Role: "Engineering"},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{t: t, ctx: ctx, clock: clock, store: store, hub: hub, code: res.Room.Code, leaves: map[ParticipantID]func(){}}
	for _, id := range []ParticipantID{coach, maya, sam, lee} {
		f.enter(id)
	}
	return f
}

// enter brings a person into the room, from one more terminal.
func (f *fixture) enter(id ParticipantID) {
	f.t.Helper()
	leave, err := f.hub.Enter(f.code, id)
	if err != nil {
		f.t.Fatal(err)
	}
	f.t.Cleanup(leave)
	f.leaves[id] = leave
}

// leave closes the terminal a person last entered from.
func (f *fixture) leave(id ParticipantID) {
	f.t.Helper()
	leave, ok := f.leaves[id]
	if !ok {
		f.t.Fatalf("%s has no terminal to leave from", id)
	}
	delete(f.leaves, id)
	leave()
}

// do sends a command that must be accepted.
func (f *fixture) do(who ParticipantID, cmd Command) Result {
	f.t.Helper()
	f.clock.Advance(10 * time.Second)
	res, err := f.hub.Do(f.ctx, f.code, who, cmd)
	if err != nil {
		f.t.Fatalf("%s %T: %v", who, cmd, err)
	}
	return res
}

// refused sends a command that must be refused, and returns the reason.
func (f *fixture) refused(who ParticipantID, cmd Command) string {
	f.t.Helper()
	before := f.room().Seq
	_, err := f.hub.Do(f.ctx, f.code, who, cmd)
	var refusal *Refusal
	if !errors.As(err, &refusal) {
		f.t.Fatalf("%s %T: want a refusal, got %v", who, cmd, err)
	}
	if after := f.room().Seq; after != before {
		f.t.Fatalf("%s %T: refused, yet the room moved from event %d to %d", who, cmd, before, after)
	}
	return refusal.Reason
}

func (f *fixture) room() Room {
	f.t.Helper()
	r, err := f.hub.Room(f.code)
	if err != nil {
		f.t.Fatal(err)
	}
	return r
}

// goTo moves the room forward to the first phase of a kind.
func (f *fixture) goTo(kind content.Kind) {
	f.t.Helper()
	for f.room().CurrentPhase().Kind != kind {
		f.do(coach, NextPhase{})
	}
}

// writeCards has the trio write their cards in silent writing.
func (f *fixture) writeCards() {
	f.t.Helper()
	f.goTo(content.KindSilentWriting)
	for _, who := range []ParticipantID{maya, sam, lee} {
		f.do(who, WriteCard{Answers: map[string]string{"position": "Card of " + string(who), "see": string(who) + " sees"}})
	}
}

func (f *fixture) card(who ParticipantID) int {
	f.t.Helper()
	card, ok := f.room().CardOf(who)
	if !ok {
		f.t.Fatalf("%s has no card", who)
	}
	return card.ID
}
