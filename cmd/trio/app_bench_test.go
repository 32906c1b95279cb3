package main

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"trio/content"
	"trio/session"
	"trio/tui"
)

// BenchmarkStartToFirstFrame measures what stands between typing trio and
// seeing the home screen: opening the store, replaying its rooms (twenty
// finished workshops here) and drawing the first frame at 80x24.
func BenchmarkStartToFirstFrame(b *testing.B) {
	ctx := context.Background()
	db := filepath.Join(b.TempDir(), "trio.db")
	clock := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	hub, closeStore, err := openHub(ctx, db, session.WithClock(func() time.Time { return clock }))
	if err != nil {
		b.Fatal(err)
	}
	for range 20 {
		if _, err := session.PlayDemo(ctx, hub, content.Default(), func(d time.Duration) { clock = clock.Add(d) }); err != nil {
			b.Fatal(err)
		}
	}
	closeStore()
	b.ReportAllocs()
	for b.Loop() {
		hub, closeStore, err := openHub(ctx, db)
		if err != nil {
			b.Fatal(err)
		}
		app := tui.New(tui.Options{Hub: hub})
		app.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		if app.View().Content == "" {
			b.Fatal("no first frame")
		}
		closeStore()
	}
}
