package tui

import (
	"context"
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"trio/content"
	"trio/session"
)

// BenchmarkRoomView measures drawing the room in the middle of a busy
// session (the sample session's inquiry) at two terminal sizes.
func BenchmarkRoomView(b *testing.B) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		b.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(b *testing.B) {
			store, err := session.OpenStore(context.Background(), session.Memory)
			if err != nil {
				b.Fatal(err)
			}
			defer store.Close()
			now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
			clock := func() time.Time { return now }
			hub, err := session.NewHub(context.Background(), store, session.WithClock(clock))
			if err != nil {
				b.Fatal(err)
			}
			room, err := session.PlayDemo(context.Background(), hub, content.Default(), func(d time.Duration) { now = now.Add(d) })
			if err != nil {
				b.Fatal(err)
			}
			app := New(Options{Hub: hub, Now: clock})
			app.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			app.Update(openRoomMsg{code: room.Code})
			defer app.Close()
			b.ReportAllocs()
			for b.Loop() {
				_ = app.View()
			}
		})
	}
}
