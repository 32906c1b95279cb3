package tui

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"trio/content"
	"trio/session"
	"trio/tui/draw"
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
	a.changed, a.fitted, a.drawnFooter = true, draw.Screen{}, draw.Kept[string, string]{}
	if a.room != nil {
		a.room.drawnHeader, a.room.drawnSidebar = draw.Kept[headerOf, string]{}, draw.Kept[string, []string]{}
	}
}

// threeTerminals is a room on its first screen, the check-in, with Maya,
// Sam and Lee each on their own terminal of width×height.
func threeTerminals(b testing.TB, width, height int) (maya, sam, lee *driver) {
	maya = newRemoteDriver(b, width, height, "maya-key", "maya")
	code := maya.createRoom()
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

// BenchmarkAWordInAFullRoom measures the whole of one change as a room of
// three terminals sees it, in a room of 10 and of 2,000 contributions: the
// hub deciding, storing and applying a word, then each terminal noticing
// the change and drawing its screen again. A change should cost the same
// however much the room holds.
func BenchmarkAWordInAFullRoom(b *testing.B) {
	for _, phase := range []content.Kind{content.KindCheckIn, content.KindDiscussion} {
		for _, held := range []int{10, 2000} {
			b.Run(fmt.Sprintf("%s/%d", phase, held), func(b *testing.B) {
				// A full room takes no more words: a room is filled to
				// held-window contributions, takes window words, and the
				// next is filled, so the room holds from held-window+1 to
				// held with each word.
				const window = 10
				var room *benchScope
				var terminals []*driver
				b.ReportAllocs()
				for i := 0; b.Loop(); i++ {
					if i%window == 0 {
						b.StopTimer()
						if room != nil {
							room.close()
						}
						room = &benchScope{TB: b}
						terminals = filledRoom(room, phase, held-window)
						b.StartTimer()
					}
					maya := terminals[0]
					code := maya.app.room.code
					if _, err := maya.hub.Do(context.Background(), code, "maya-key", aWord(phase, i)); err != nil {
						b.Fatal(err)
					}
					for _, t := range terminals {
						t.app.Update(roomChangedMsg{code: code})
						_ = t.app.View()
					}
				}
				b.StopTimer()
				room.close()
			})
		}
	}
}

// benchScope is a benchmark's room that closes when the benchmark moves
// on to the next, rather than at its end: a benchmark fills many.
type benchScope struct {
	testing.TB
	cleanups []func()
}

func (s *benchScope) Cleanup(f func()) { s.cleanups = append(s.cleanups, f) }

func (s *benchScope) close() {
	for _, f := range slices.Backward(s.cleanups) {
		f()
	}
	s.cleanups = nil
}

// filledRoom is three terminals in a room at a phase of kind, holding n
// contributions the three of them made there in turn.
func filledRoom(t testing.TB, kind content.Kind, n int) []*driver {
	maya, sam, lee := threeTerminals(t, 80, 24)
	maya.goTo(kind)
	code := maya.app.room.code
	ids := []session.ParticipantID{"maya-key", "sam-key", "lee-key"}
	for i := range n {
		if _, err := maya.hub.Do(context.Background(), code, ids[i%3], aWord(kind, i)); err != nil {
			t.Fatal(err)
		}
	}
	terminals := []*driver{maya, sam, lee}
	for _, d := range terminals {
		d.refresh()
		_ = d.app.View()
	}
	return terminals
}

// aWord is the i-th contribution of a phase of kind.
func aWord(kind content.Kind, i int) session.Command {
	if kind == content.KindDiscussion {
		return session.StatePosition{Text: fmt.Sprintf("Position %d: we rebuild the first screen, because people leave there.", i)}
	}
	return session.CheckIn{Word: []string{"hopeful", "curious", "tired"}[i%3]}
}

// BenchmarkAWordInARoomOfTwelve measures one check-in word as a full
// room sees it: the hub deciding and applying it, then each of twelve
// terminals at 80x24 noticing the change and drawing its screen again.
// What a room of twelve costs a server is this, twelve times lighter
// when the screens share what they all show.
func BenchmarkAWordInARoomOfTwelve(b *testing.B) {
	var terminals []*driver
	var code string
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		// A room holds at most 2,000 contributions: a new one every 1,000
		// words.
		if i%1000 == 0 {
			b.StopTimer()
			terminals, code = roomOfTwelve(b)
			b.StartTimer()
		}
		hub := terminals[0].hub
		typist := terminals[i%len(terminals)]
		word := session.CheckIn{Word: fmt.Sprintf("word%d", i%100)}
		if _, err := hub.Do(context.Background(), code, typist.app.sh.Me, word); err != nil {
			b.Fatal(err)
		}
		for _, t := range terminals {
			t.app.Update(roomChangedMsg{code: code})
			_ = t.app.View()
		}
	}
}

// roomOfTwelve is a room of twelve at its check-in, everyone on their own
// 80x24 terminal, the agreements accepted by all, as trio-load opens it.
func roomOfTwelve(b testing.TB) ([]*driver, string) {
	first := newDriver(b, 80, 24)
	people := make([]session.Person, 12)
	for i := range people {
		people[i] = session.Person{ID: session.ParticipantID(fmt.Sprintf("member%d", i)), Name: fmt.Sprintf("Member %d", i+1)}
	}
	res, err := first.hub.Open(context.Background(), session.OpenRoom{Question: "How fast does a word reach the room?", Script: content.Default(), People: people})
	if err != nil {
		b.Fatal(err)
	}
	code := res.Room.Code
	terminals := make([]*driver, len(people))
	for i, p := range people {
		if _, err := first.hub.Do(context.Background(), code, p.ID, session.AcceptAgreements{}); err != nil {
			b.Fatal(err)
		}
		terminals[i] = first.terminal(80, 24, Options{Me: p.ID, UserName: p.Name})
		terminals[i].send(openRoomMsg{code: code})
	}
	for _, t := range terminals {
		t.refresh()
	}
	if !strings.Contains(terminals[0].screen(), "Member 12") {
		b.Fatalf("the room of twelve did not open:\n%s", terminals[0].screen())
	}
	return terminals, code
}

// BenchmarkAKeyInARoomOfTwelve measures what one key costs the typist in
// a full room: the key handled and the screen drawn again.
func BenchmarkAKeyInARoomOfTwelve(b *testing.B) {
	terminals, _ := roomOfTwelve(b)
	typist := terminals[0]
	typist.press("enter")
	typist.typeText("hope")
	typeKeys(b, typist)
}
