package session

import (
	"context"
	"path/filepath"
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
