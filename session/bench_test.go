package session

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"trio/content"
)

// benchRoom is the sample session, played once: a realistic room to measure.
func benchRoom(b *testing.B) (*Hub, Room) {
	b.Helper()
	hub, _, clock := newTestHub(b)
	r, err := PlayDemo(context.Background(), hub, content.Default(), clock.Advance)
	if err != nil {
		b.Fatal(err)
	}
	return hub, r
}

// BenchmarkDo measures one command decided, stored (in memory) and applied.
func BenchmarkDo(b *testing.B) {
	hub, r := benchRoom(b)
	ctx := context.Background()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := hub.Do(ctx, r.Code, "maya", MarkReady{Ready: i%2 == 0}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkViewFor measures the per-viewer projection of a finished room.
func BenchmarkViewFor(b *testing.B) {
	_, r := benchRoom(b)
	b.ReportAllocs()
	for b.Loop() {
		_ = ViewFor(r, "sam")
	}
}

// BenchmarkAppendDurable measures one event appended to a file store and
// synced to disk: the floor of a command's latency.
func BenchmarkAppendDurable(b *testing.B) {
	ctx := context.Background()
	store, err := OpenStore(ctx, filepath.Join(b.TempDir(), "trio.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		e := Event{Room: "ABCDEFGH", Seq: i + 1, Actor: "maya", Body: &ContributionAdded{Kind: Position, Text: "a position of ordinary length, a sentence or two"}}
		if err := store.Append(ctx, e); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExportMarkdown measures exporting the sample session.
func BenchmarkExportMarkdown(b *testing.B) {
	_, r := benchRoom(b)
	v := ViewFor(r, Nobody)
	b.ReportAllocs()
	for b.Loop() {
		_ = ExportMarkdown(v)
	}
}

// BenchmarkReplay100kEvents measures opening a store of 100,000 events in
// 100 rooms and replaying every room, as trio does when it starts.
func BenchmarkReplay100kEvents(b *testing.B) {
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "trio.db")
	store, err := OpenStore(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	// Writing the log without a sync per event keeps the setup short; the
	// replay reads it as any store.
	if _, err := store.db.ExecContext(ctx, "PRAGMA synchronous = OFF"); err != nil {
		b.Fatal(err)
	}
	hub, err := NewHub(ctx, store)
	if err != nil {
		b.Fatal(err)
	}
	const rooms, perRoom = 100, 1000
	for range rooms {
		res, err := hub.Open(ctx, OpenRoom{Question: "Should we rebuild onboarding?", Script: content.Default(),
			People: []Person{{ID: "maya", Name: "Maya", Role: "Product"}}})
		if err != nil {
			b.Fatal(err)
		}
		for i := 1; i < perRoom; i++ {
			if _, err := hub.Do(ctx, res.Room.Code, "maya", MarkReady{Ready: i%2 == 1}); err != nil {
				b.Fatal(err)
			}
		}
	}
	store.Close()
	b.ReportAllocs()
	for b.Loop() {
		store, err := OpenStore(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		hub, err := NewHub(ctx, store)
		if err != nil {
			b.Fatal(err)
		}
		if n := len(hub.Rooms()); n != rooms {
			b.Fatalf("%d rooms replayed, want %d", n, rooms)
		}
		store.Close()
	}
}

// BenchmarkKeepUnsent measures one key typed in a paragraph, as the hub
// keeps it for its author; the writes to the store happen apart, in
// batches.
func BenchmarkKeepUnsent(b *testing.B) {
	hub, r := benchRoom(b)
	key := UnsentKey{Phase: r.CurrentPhase().ID, Field: FieldReflection}
	text := strings.Repeat("a paragraph of ordinary words ", 30)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		hub.KeepUnsent(r.Code, "maya", key, text[:len(text)-i%2])
	}
	b.StopTimer()
	if err := hub.Close(); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkAWordInAFullRoom measures one contribution to a room of 10 and
// of 2,000 contributions as the session sees it: decided, stored (in
// memory) and applied by the hub, then projected for each of the four
// people in the room, and the airtime measured for the bars on every
// screen. A change should cost the same however much the room holds.
func BenchmarkAWordInAFullRoom(b *testing.B) {
	for _, held := range []int{10, 2000} {
		b.Run(fmt.Sprint(held), func(b *testing.B) {
			hub, code := fullRoom(b, held-1)
			live := hub.rooms[code]
			filled := *live.snap.Load()
			ctx := context.Background()
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				// Every word comes to the room as it was filled, so the
				// room holds held contributions with it, however many
				// words the benchmark sends. The room keeps its count of
				// events, so the store takes the next one.
				rewound := filled
				rewound.Seq = live.snap.Load().Seq
				live.snap.Store(&rewound)
				res, err := hub.Do(ctx, code, maya, StatePosition{Text: fmt.Sprintf("Word %d: we rebuild the first screen, because people leave there.", i)})
				if err != nil {
					b.Fatal(err)
				}
				for _, id := range []ParticipantID{coach, maya, sam, lee} {
					_ = ViewFor(res.Room, id)
				}
				_ = MeasureView(ViewFor(res.Room, Nobody))
			}
		})
	}
}

// fullRoom is a room of a coach and a trio in the discussion round, where
// the trio stated n positions in turn.
func fullRoom(b testing.TB, n int) (*Hub, string) {
	b.Helper()
	ctx := context.Background()
	hub, _, _ := newTestHub(b)
	res, err := hub.Open(ctx, OpenRoom{Question: "Should we rebuild onboarding?", Script: content.Default(), People: []Person{
		{ID: coach, Name: "Cora", Role: "Coach", Observer: true},
		{ID: maya, Name: "Maya", Role: "Product"},
		{ID: sam, Name: "Sam", Role: "Design"},
		{ID: lee, Name: "Lee", Role: "Engineering"},
	}})
	if err != nil {
		b.Fatal(err)
	}
	code := res.Room.Code
	for res.Room.CurrentPhase().Kind != content.KindDiscussion {
		if res, err = hub.Do(ctx, code, coach, NextPhase{}); err != nil {
			b.Fatal(err)
		}
	}
	trio := []ParticipantID{maya, sam, lee}
	for i := range n {
		text := fmt.Sprintf("Position %d: we rebuild the first screen, because people leave there.", i)
		if _, err := hub.Do(ctx, code, trio[i%3], StatePosition{Text: text}); err != nil {
			b.Fatal(err)
		}
	}
	return hub, code
}
