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
// session (the sample session's inquiry) at two terminal sizes, from
// nothing kept.
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
			defer hub.Close()
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
				app.forgetDrawing()
				_ = app.View()
			}
		})
	}
}

// forgetDrawing drops what View keeps between frames, so the next one is
// drawn from nothing.
func (a *App) forgetDrawing() {
	a.changed, a.fitted, a.drawnFooter = true, fittedScreen{}, drawn{}
	if a.room != nil {
		a.room.drawnHeader, a.room.drawnSidebar = drawn{}, drawn{}
	}
}

// threeTerminals is a room on its first screen, the check-in, with Maya,
// Sam and Lee each on their own terminal of width×height.
func threeTerminals(b *testing.B, width, height int) (maya, sam, lee *driver) {
	maya = newRemoteDriver(b, width, height, "maya-key", "maya")
	code := maya.createRoom("Should we rebuild onboarding?")
	sam = maya.terminal(width, height, Options{Me: "sam-key", UserName: "sam"})
	sam.joinByCode(code, "Design")
	lee = maya.terminal(width, height, Options{Me: "lee-key", UserName: "lee"})
	lee.joinByCode(code, "Engineering")
	maya.refresh()
	return maya, sam, lee
}

// BenchmarkTypingAKey measures what one key costs the typist's terminal:
// the key handled and the screen drawn again, as in a check-in word.
func BenchmarkTypingAKey(b *testing.B) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		b.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(b *testing.B) {
			maya, _, _ := threeTerminals(b, size[0], size[1])
			maya.press("enter")
			maya.typeText("hope")
			typeKeys(b, maya)
		})
	}
}

// BenchmarkTypingAKeyInAParagraph is the same in a field that wraps and
// grows, a text area: the discussion's position.
func BenchmarkTypingAKeyInAParagraph(b *testing.B) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		b.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(b *testing.B) {
			maya, _, _ := threeTerminals(b, size[0], size[1])
			maya.goTo(content.KindDiscussion)
			maya.press("enter")
			maya.typeText("We should rebuild it, because")
			if !maya.app.room.typing() {
				b.Fatalf("the discussion's field is not open:\n%s", maya.screen())
			}
			typeKeys(b, maya)
		})
	}
}

// typeKeys types x and rubs it out again, drawing the screen after each.
func typeKeys(b *testing.B, d *driver) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		k := keyPress("x")
		if i%2 == 1 {
			k = keyPress("backspace")
		}
		d.app.Update(k)
		_ = d.app.View()
	}
}

// BenchmarkAnotherPersonsWord measures what a contribution costs each
// other terminal in the room: the change noticed and the screen drawn
// again with the new word.
func BenchmarkAnotherPersonsWord(b *testing.B) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		b.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(b *testing.B) {
			words := []string{"hopeful", "curious"}
			var maya, sam *driver
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				// A new room every 200 words, about as many as a busy session
				// holds: every contribution copies the room's list of them.
				if i%200 == 0 {
					b.StopTimer()
					maya, sam, _ = threeTerminals(b, size[0], size[1])
					b.StartTimer()
				}
				code := maya.app.room.code
				if _, err := maya.hub.Do(context.Background(), code, "maya-key", session.CheckIn{Word: words[i%2]}); err != nil {
					b.Fatal(err)
				}
				sam.app.Update(roomChangedMsg{code: code})
				_ = sam.app.View()
			}
		})
	}
}
