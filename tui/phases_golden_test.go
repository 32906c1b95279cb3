package tui

import (
	"context"
	"fmt"
	"image/color"
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"trio/content"
	"trio/session"
)

// demoEvents plays the sample session and returns its events.
func demoEvents(t *testing.T) []session.Event {
	t.Helper()
	d := newDriver(t, 80, 24)
	if _, err := session.PlayDemo(context.Background(), d.hub, content.Default(), d.clock.Advance); err != nil {
		t.Fatal(err)
	}
	return d.events()
}

// newDriverFrom starts the app on a store that holds these events, at the
// time of the last one.
func newDriverFrom(t *testing.T, width, height int, events []session.Event) *driver {
	t.Helper()
	d := newDriver(t, width, height)
	for _, e := range events {
		if err := d.store.Append(context.Background(), e); err != nil {
			t.Fatal(err)
		}
	}
	hub, err := session.NewHub(context.Background(), d.store, session.WithClock(d.clock.Now))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { hub.Close() })
	d.hub = hub
	d.app.sh.Hub = hub
	d.clock.now = events[len(events)-1].At.Add(20 * time.Second)
	return d
}

// TestEachPhaseKindLooksRight draws every phase of the sample session, as
// the room stands just before the facilitator moves on, at 80x24 and
// 140x45, in a dark and in a light terminal, and compares each screen with
// its golden file: the words are the same on either background, and the
// colours' contrast is measured in contrast_test.go. The subtests are not
// parallel: a dark and a light screen share one file, which -update writes.
//
//nolint:tparallel // one golden file for two subtests
func TestEachPhaseKindLooksRight(t *testing.T) {
	t.Parallel()
	events := demoEvents(t)
	script := content.Default()
	for i, phase := range script.Phases {
		// The room as it was when the facilitator left this phase.
		cut := len(events)
		for j, e := range events {
			if pc, ok := e.Body.(*session.PhaseChanged); ok && pc.From == i && pc.To == i+1 {
				cut = j
				break
			}
		}
		for _, size := range [][2]int{{80, 24}, {140, 45}} {
			name := fmt.Sprintf("%02d-%s-%dx%d", i+1, phase.Kind, size[0], size[1])
			for _, bg := range []struct {
				name  string
				color color.Color
			}{{"dark", color.Black}, {"light", color.White}} {
				t.Run(name+"-"+bg.name, func(t *testing.T) {
					d := newDriverFrom(t, size[0], size[1], events[:cut])
					d.send(tea.BackgroundColorMsg{Color: bg.color})
					d.send(openRoomMsg{code: events[0].Room})
					if dark := d.app.sh.Styles.IsDark; dark != (bg.name == "dark") {
						t.Fatalf("a %s background drew with dark=%v", bg.name, dark)
					}
					// Both backgrounds compare with one file: the words are the same.
					golden.RequireEqual(goldenFile{t, filepath.Join("phases", name)}, d.screen()+"\n")
				})
			}
		}
	}
}
