package session

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

// countingStore counts the batches of unsent text written, and can fail
// them or hold them up as a stuck disk would.
type countingStore struct {
	Store
	mu      sync.Mutex
	batches [][]Unsent
	fail    error         // each write fails with it
	stuck   chan struct{} // each write waits until it closes
}

func (s *countingStore) KeepUnsent(ctx context.Context, batch []Unsent) error {
	s.mu.Lock()
	stuck := s.stuck
	s.batches = append(s.batches, batch)
	s.mu.Unlock()
	if stuck != nil {
		<-stuck
	}
	s.mu.Lock()
	fail := s.fail
	s.mu.Unlock()
	if fail != nil {
		return fail
	}
	return s.Store.KeepUnsent(ctx, batch)
}

func (s *countingStore) writes() int { s.mu.Lock(); defer s.mu.Unlock(); return len(s.batches) }

func (s *countingStore) set(fail error, stuck chan struct{}) {
	s.mu.Lock()
	s.fail, s.stuck = fail, stuck
	s.mu.Unlock()
}

// countingFixture is a fixture whose hub writes unsent text through a
// countingStore.
func countingFixture(t *testing.T, opts ...HubOption) (*fixture, *countingStore) {
	t.Helper()
	f := newFixture(t)
	store := &countingStore{Store: f.store}
	hub, err := NewHub(f.ctx, store, append([]HubOption{WithClock(f.clock.Now)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	f.hub = hub
	for _, id := range []ParticipantID{coach, maya, sam, lee} {
		leave, _ := hub.Enter(f.code, id)
		t.Cleanup(leave)
	}
	t.Cleanup(func() { hub.Close() })
	return f, store
}

// eventually waits for a condition the hub's writer brings about.
func eventually(t *testing.T, what string, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !ok(); time.Sleep(2 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within 10 s", what)
		}
	}
}

// typeInto types a text a key at a time into one field.
func typeInto(f *fixture, who ParticipantID, key UnsentKey, text string) {
	for i := range len(text) {
		f.hub.KeepUnsent(f.code, who, key, text[:i+1])
	}
}

// TestUnsentTextIsWrittenInBatches: keys make no writes of their own; the
// writer writes each field's newest text once per interval, all fields in
// one batch, and Close writes what is left.
func TestUnsentTextIsWrittenInBatches(t *testing.T) {
	t.Parallel()
	f, store := countingFixture(t, WithUnsentWrites(time.Hour))
	typeInto(f, maya, mayasPosition, "We should start from the first week")
	typeInto(f, maya, mayasCardSee, "They get lost")
	typeInto(f, sam, samsPosition, "Sam types too")
	if n := store.writes(); n != 0 {
		t.Fatalf("%d writes before the interval is over", n)
	}
	if err := f.hub.Close(); err != nil {
		t.Fatal(err)
	}
	if n := store.writes(); n != 1 || len(store.batches[0]) != 3 {
		t.Fatalf("Close made %d writes, the first of %d texts; want one of 3", n, len(store.batches[0]))
	}
	if got := storedUnsent(t, store)[unsentID{seat{f.code, maya}, mayasPosition}]; got != "We should start from the first week" {
		t.Fatalf("stored %q", got)
	}
	f.hub.KeepUnsent(f.code, maya, mayasPosition, "after the hub closed")
	if err := f.hub.Close(); err != nil || store.writes() != 1 {
		t.Fatalf("closing again wrote again: %v, %d writes", err, store.writes())
	}

	// With a short interval, steady typing is written a batch an interval.
	const every = 20 * time.Millisecond
	f, store = countingFixture(t, WithUnsentWrites(every))
	start := time.Now()
	for i := range 300 {
		f.hub.KeepUnsent(f.code, maya, mayasPosition, fmt.Sprintf("thought %d", i))
		f.hub.KeepUnsent(f.code, lee, mayasPosition, fmt.Sprintf("Lee's %d", i))
		time.Sleep(time.Millisecond / 2)
	}
	typed := time.Since(start)
	eventually(t, "the last text is written", func() bool {
		return storedUnsent(t, store)[unsentID{seat{f.code, maya}, mayasPosition}] == "thought 299"
	})
	if n, most := store.writes(), int(typed/every)+2; n < 1 || n > most {
		t.Fatalf("%d writes for %v of typing, want 1 to %d", n, typed, most)
	}
}

// TestTextSentBeforeItIsWrittenIsNeverWritten: a word typed and sent
// within the interval is in the log, so the store writes it as unsent text
// neither to keep nor to delete; a text the store holds is deleted when
// sent, and one kept again after a write that failed still is.
func TestTextSentBeforeItIsWrittenIsNeverWritten(t *testing.T) {
	t.Parallel()
	f, store := countingFixture(t, WithUnsentWrites(time.Hour))
	typeInto(f, maya, mayasPosition, "We should start from the first week")
	f.hub.KeepUnsent(f.code, maya, mayasPosition, "")
	if err := f.hub.Close(); err != nil {
		t.Fatal(err)
	}
	if n := store.writes(); n != 0 {
		t.Fatalf("%d writes of a text sent before it was written: %+v", n, store.batches)
	}

	f, store = countingFixture(t, WithUnsentWrites(time.Millisecond))
	typeInto(f, maya, mayasPosition, "Held by the store")
	held := unsentID{seat{f.code, maya}, mayasPosition}
	eventually(t, "the text is written", func() bool { return storedUnsent(t, store)[held] == "Held by the store" })
	f.hub.KeepUnsent(f.code, maya, mayasPosition, "")
	eventually(t, "the sent text is deleted", func() bool { _, ok := storedUnsent(t, store)[held]; return !ok })

	// A deletion that failed is written again, even once the text was
	// typed and sent again meanwhile.
	typeInto(f, maya, mayasPosition, "Held again")
	eventually(t, "the text is written again", func() bool { return storedUnsent(t, store)[held] == "Held again" })
	store.set(errors.New("disk full"), nil)
	f.hub.KeepUnsent(f.code, maya, mayasPosition, "")
	eventually(t, "the deletion is tried", func() bool { return store.writes() >= 3 && len(store.batches[len(store.batches)-1]) == 1 })
	typeInto(f, maya, mayasPosition, "x")
	f.hub.KeepUnsent(f.code, maya, mayasPosition, "")
	store.set(nil, nil)
	eventually(t, "the failed deletion is written", func() bool { _, ok := storedUnsent(t, store)[held]; return !ok })
}

// TestAFailingStoreNeverHoldsUpTyping: while the store is stuck, keys and
// commands go on; when it fails, the failure is reported once, without the
// text, and the text is written once the store takes it again, which is
// reported too.
func TestAFailingStoreNeverHoldsUpTyping(t *testing.T) {
	t.Parallel()
	var failures []error
	var mu sync.Mutex
	reported := func() []error { mu.Lock(); defer mu.Unlock(); return failures }
	f, store := countingFixture(t, WithUnsentWrites(5*time.Millisecond), WithUnsentFailures(func(err error) {
		mu.Lock()
		failures = append(failures, err)
		mu.Unlock()
	}))

	const secret = "zebra-umbrella"
	stuck := make(chan struct{})
	store.set(nil, stuck)
	f.hub.KeepUnsent(f.code, maya, mayasPosition, "first")
	f.hub.KeepUnsent(f.code, maya, mayasAnswer, secret)
	eventually(t, "a write starts", func() bool { return store.writes() == 1 })
	done := make(chan struct{})
	go func() {
		defer close(done)
		typeInto(f, maya, mayasPosition, "typed while the disk is stuck")
		if _, err := f.hub.Do(f.ctx, f.code, maya, CheckIn{Word: "stuck"}); err != nil {
			t.Error(err)
		}
		f.hub.Unsent(f.code, maya)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("typing or a command waited for the stuck store")
	}
	if n := store.writes(); n != 1 {
		t.Fatalf("%d writes started while one was stuck", n)
	}

	// The stuck write fails; what was typed meanwhile is newer and stays.
	store.set(errors.New("disk I/O error"), nil)
	close(stuck)
	eventually(t, "three failed writes", func() bool { return store.writes() >= 4 })
	if got := reported(); len(got) != 1 || !strings.Contains(got[0].Error(), "disk I/O error") || strings.Contains(got[0].Error(), secret) {
		t.Fatalf("failures reported: %v", got)
	}

	store.set(nil, nil)
	eventually(t, "the text is written", func() bool {
		return storedUnsent(t, store)[unsentID{seat{f.code, maya}, mayasAnswer}] == secret
	})
	if got := storedUnsent(t, store)[unsentID{seat{f.code, maya}, mayasPosition}]; got != "typed while the disk is stuck" {
		t.Fatalf("the newest text was not the one written: %q", got)
	}
	eventually(t, "the store taking it again is reported", func() bool { return len(reported()) == 2 })
	if got := reported()[1]; got != nil {
		t.Fatalf("after a write that worked, %v was reported", got)
	}
	store.set(errors.New("disk full again"), nil)
	f.hub.KeepUnsent(f.code, maya, mayasAnswer, "more")
	eventually(t, "a new failure is reported", func() bool { return len(reported()) == 3 })
}
