package tui

import (
	"fmt"
	"image/color"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"trio/content"
	"trio/session"
)

// projectorMoments are the sample session's events up to three moments
// the projector must show well: the end of silent writing (every card
// written, none revealed), the reveal round with its second card just
// revealed, and the point of view as the room leaves it.
func projectorMoments(t *testing.T) map[string][]session.Event {
	t.Helper()
	events := demoEvents(t)
	script := content.Default()
	kindAt := func(i int) content.Kind { return script.Phases[i].Kind }
	leaving := func(kind content.Kind) []session.Event {
		for j, e := range events {
			if pc, ok := e.Body.(*session.PhaseChanged); ok && kindAt(pc.From) == kind && pc.To == pc.From+1 {
				return events[:j]
			}
		}
		t.Fatalf("the sample session never leaves its %s phase", kind)
		return nil
	}
	var secondCard []session.Event
	for j, e := range events {
		if pass, ok := e.Body.(*session.TalkingStickPassed); ok && pass.Turn == 1 {
			secondCard = events[:j+1]
			break
		}
	}
	if secondCard == nil {
		t.Fatal("the talking stick is never passed in the sample session")
	}
	return map[string][]session.Event{
		"before-the-reveal": leaving(content.KindSilentWriting),
		"reveal":            secondCard,
		"point-of-view":     leaving(content.KindPointOfView),
	}
}

// projectorOn starts the app on a store holding these events and opens
// the projector on their room, on a dark or a light background.
func projectorOn(t *testing.T, width, height int, events []session.Event, bg color.Color) *driver {
	t.Helper()
	d := newDriverFrom(t, width, height, events)
	d.send(tea.BackgroundColorMsg{Color: bg})
	d.send(watchMsg{code: events[0].Room})
	if d.app.projector == nil {
		t.Fatalf("the projector did not open:\n%s", d.screen())
	}
	return d
}

// TestTheProjectorLooksRight draws the projector at three moments of the
// sample session at 80x24 and 160x50, on a dark and a light background,
// and compares each screen with its golden file: the words are the same
// on either background. The subtests are not parallel: a dark and a light
// screen share one file, which -update writes.
//
//nolint:tparallel // one golden file for two subtests
func TestTheProjectorLooksRight(t *testing.T) {
	t.Parallel()
	for moment, events := range projectorMoments(t) {
		for _, size := range [][2]int{{80, 24}, {160, 50}} {
			for _, bg := range []struct {
				name  string
				color color.Color
			}{{"dark", color.Black}, {"light", color.White}} {
				name := fmt.Sprintf("%s-%dx%d", moment, size[0], size[1])
				t.Run(name+"-"+bg.name, func(t *testing.T) {
					d := projectorOn(t, size[0], size[1], events, bg.color)
					if dark := d.app.sh.Styles.IsDark; dark != (bg.name == "dark") {
						t.Fatalf("a %s background drew with dark=%v", bg.name, dark)
					}
					golden.RequireEqual(goldenFile{t, filepath.Join("projector", name)}, d.screen()+"\n")
				})
			}
		}
	}
}

// TestTheProjectorShowsNoCardBeforeTheReveal: every card is written, and
// not one word of any shows, at either size.
func TestTheProjectorShowsNoCardBeforeTheReveal(t *testing.T) {
	t.Parallel()
	events := projectorMoments(t)["before-the-reveal"]
	for _, size := range [][2]int{{80, 24}, {160, 50}} {
		d := projectorOn(t, size[0], size[1], events, color.Black)
		room, err := d.hub.Room(events[0].Room)
		if err != nil {
			t.Fatal(err)
		}
		if len(room.Perspectives) == 0 {
			t.Fatal("the sample session has no cards by the end of silent writing")
		}
		for _, card := range room.Perspectives {
			for _, field := range card.Fields {
				words := strings.Fields(field.Text)
				d.doesNotSee(strings.Join(words[:min(3, len(words))], " "))
			}
		}
		d.sees("Silent writing", "Why: ", "Phase 4 of 12")
	}
}
