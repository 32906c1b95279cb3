package tui

import (
	"context"
	"fmt"
	"image/color"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"trio/content"
	"trio/session"
	"trio/tui/draw"
)

// TestACachedFrameIsAFreshFrame draws every frame twice, as kept drawings
// make it and with nothing kept, and wants them the same: a key that
// leaves out something a drawing depends on shows an old drawing. The
// frames are those of every golden screen, with its cards picked, its
// body scrolled and its texts read whole; and those of the whole sample
// workshop, played live onto an open room and then its summary. It turns
// a switch every drawing reads, so it must not run beside other tests.
func TestACachedFrameIsAFreshFrame(t *testing.T) {
	events := demoEvents(t)
	backgrounds := []struct {
		name  string
		color color.Color
	}{{"dark", color.Black}, {"light", color.White}}
	sizes := [][2]int{{80, 24}, {140, 45}}
	for i, phase := range content.Default().Phases {
		cut := len(events)
		for j, e := range events {
			if pc, ok := e.Body.(*session.PhaseChanged); ok && pc.From == i && pc.To == i+1 {
				cut = j
				break
			}
		}
		for _, size := range sizes {
			for _, bg := range backgrounds {
				t.Run(fmt.Sprintf("%02d-%s-%dx%d-%s", i+1, phase.Kind, size[0], size[1], bg.name), func(t *testing.T) {
					d := newDriverFrom(t, size[0], size[1], events[:cut])
					d.fresh = true
					d.send(tea.BackgroundColorMsg{Color: bg.color})
					d.send(openRoomMsg{code: events[0].Room})
					walk(t, d, size[0], size[1], 2)
					// The keyboard passes to the next two people.
					d.press("ctrl+s", "ctrl+s")
					// Both backgrounds, then its own again, and another size.
					for _, b := range backgrounds {
						d.send(tea.BackgroundColorMsg{Color: b.color})
					}
					d.send(tea.BackgroundColorMsg{Color: bg.color})
					d.send(tea.WindowSizeMsg{Width: size[0] + 7, Height: size[1] + 3})
					d.send(tea.WindowSizeMsg{Width: minWidth, Height: minHeight})
					d.press("?")
					d.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				})
			}
		}
	}
	for _, size := range sizes {
		for _, bg := range backgrounds {
			t.Run(fmt.Sprintf("workshop-%dx%d-%s", size[0], size[1], bg.name), func(t *testing.T) {
				d := newDriver(t, size[0], size[1])
				d.fresh = true
				d.send(tea.BackgroundColorMsg{Color: bg.color})
				code := ""
				// Between the workshop's steps, the room on screen is told it
				// changed, as its subscription would, and its clock ticks.
				step := func(by time.Duration) {
					d.clock.Advance(by)
					if code == "" {
						rooms := d.hub.Rooms()
						if len(rooms) != 1 {
							t.Fatalf("%d rooms", len(rooms))
						}
						code = rooms[0].Code
						d.send(openRoomMsg{code: code})
						return
					}
					d.send(roomChangedMsg{code: code})
					d.wait(0)
				}
				if _, err := session.PlayDemo(context.Background(), d.hub, content.Default(), step); err != nil {
					t.Fatal(err)
				}
				d.send(roomChangedMsg{code: code})
				d.send(summaryMsg{code: code})
				for range 40 {
					d.press("pgdown")
				}
				d.press("home", "down", "down", "?")
				d.send(tea.WindowSizeMsg{Width: size[0] + 7, Height: size[1] + 3})
				d.press("?")
			})
		}
	}
}

// sameWhenFresh draws the frame again with nothing kept, and fails the
// test where it differs from the frame the app keeps.
func (d *driver) sameWhenFresh() {
	d.t.Helper()
	kept := d.app.View().Content
	draw.SetFresh(true)
	fresh := d.app.View().Content
	draw.SetFresh(false)
	if kept == fresh {
		return
	}
	k, f := strings.Split(kept, "\n"), strings.Split(fresh, "\n")
	for i := range max(len(k), len(f)) {
		var kl, fl string
		if i < len(k) {
			kl = k[i]
		}
		if i < len(f) {
			fl = f[i]
		}
		if kl != fl {
			d.t.Fatalf("the kept frame differs from a fresh one at line %d:\nkept:  %q\nfresh: %q\n\nfresh frame:\n%s", i+1, kl, fl, fresh)
		}
	}
}
