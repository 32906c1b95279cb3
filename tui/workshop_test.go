package tui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"trio/session"
)

// TestAWholeWorkshopAtOneKeyboard runs the real program, as a coach would:
// set up a room for three people and walk them through every phase of the
// default script with nothing but keys, then read the summary. Each step
// waits until the room holds what was typed. Not parallel: each step has
// 5 s to reach the screen, a bound meant for a machine it has to itself.
func TestAWholeWorkshopAtOneKeyboard(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {140, 45}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			store, err := session.OpenStore(context.Background(), session.Memory)
			if err != nil {
				t.Fatal(err)
			}
			defer store.Close()
			hub, err := session.NewHub(context.Background(), store)
			if err != nil {
				t.Fatal(err)
			}
			defer hub.Close()
			app := New(Options{Hub: hub, ExportDir: t.TempDir()})
			tm := teatest.NewTestModel(t, app,
				teatest.WithInitialTermSize(size[0], size[1]),
				teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
			w := walker{t: t, tm: tm, hub: hub}

			// Setup: the question, no goal, the default script, three names.
			w.keys("enter")
			w.text("Should we rebuild onboarding?")
			w.keys("enter", "enter", "tab")
			w.text("Maya")
			w.keys("tab", "tab")
			w.text("Sam")
			w.keys("tab", "tab")
			w.text("Lee")
			w.keys("tab", "tab", "tab", "tab", "enter")
			room := w.until("the room opens", func(r session.Room) bool { return true })
			if len(room.People) != 3 || room.Facilitator != room.People[0].ID {
				t.Fatalf("people %+v, facilitator %s", room.People, room.Facilitator)
			}

			// Check-in: each accepts the agreements and gives a word.
			for i, word := range []string{"hopeful", "curious", "wary"} {
				if i > 0 {
					w.keys("ctrl+s")
				}
				w.keys("ctrl+o", "enter")
				w.text(word)
				w.keys("enter")
			}
			w.until("three check-in words", func(r session.Room) bool { return len(r.ContributionsOf(session.CheckInWord)) == 3 })

			w.keys("ctrl+n", "enter", "ctrl+n", "enter") // frame as it is; on to the discussion round
			w.keys("enter")
			w.text("We need to rebuild it.")
			w.keys("enter", "esc")
			w.until("a position", func(r session.Room) bool { return len(r.ContributionsOf(session.Position)) == 1 })

			// Silent writing, behind the curtain, one person after another.
			w.keys("ctrl+n", "enter")
			for _, position := range []string{"Small releases.", "Rebuild it.", "Fix the invite."} {
				w.keys("enter")
				w.text(position)
				w.keys("enter", "enter", "enter", "enter")
			}
			w.until("three cards", func(r session.Room) bool { return len(r.Perspectives) == 3 })

			// The reveal: each speaker passes the talking stick.
			w.keys("ctrl+n", "enter", "ctrl+o", "ctrl+o", "ctrl+o")
			w.until("everyone has spoken", func(r session.Room) bool { return r.Reveal.Turn == 3 })

			w.keys("ctrl+n", "enter", "enter")
			w.text("What leads you there?")
			w.keys("enter", "esc")
			w.until("a question", func(r session.Room) bool { return len(r.ContributionsOf(session.Question)) == 1 })

			w.keys("ctrl+n", "enter", "enter")
			w.text("the first board matters")
			w.keys("enter")
			w.until("a yes", func(r session.Room) bool { return r.Builds.Len() == 1 })
			w.text("we can ship it in parts")
			w.keys("enter", "esc")
			w.until("its and", func(r session.Room) bool { return r.Builds.At(0).And != "" })

			w.keys("ctrl+n", "enter", "enter")
			w.text("Quick to try.")
			w.keys("enter", "esc")
			w.until("a pro", func(r session.Room) bool { return len(r.ContributionsOf(session.Pro)) == 1 })

			w.keys("ctrl+n", "enter", "enter")
			w.text("Teams that see value stay.")
			w.keys("enter", "esc")
			w.until("a step up", func(r session.Room) bool { return len(r.ContributionsOf(session.Rung)) == 1 })

			w.keys("ctrl+n", "enter", "enter")
			w.text("we ship the new path in small releases")
			w.keys("enter")
			w.text("each one shows us more")
			w.keys("enter")
			w.text("boards do not rise")
			w.keys("enter")
			w.until("a draft", func(r session.Room) bool { return len(r.Drafts) == 1 })

			// Consent: the facilitator opens the vote; each votes in turn,
			// behind a curtain, and the keyboard passes on by itself.
			w.keys("esc", "ctrl+n", "enter", "ctrl+o", "enter", "4", "enter", "enter", "5", "enter", "enter", "4", "enter")
			room = w.until("consent", func(r session.Room) bool { return len(r.Votes) == 1 && r.Votes[0].Closed })
			if !room.Votes[0].Consented() {
				t.Fatalf("votes: %+v", room.Votes[0])
			}

			w.keys("ctrl+n", "enter", "enter")
			w.text("Listening first changed my mind.")
			w.keys("enter", "esc")
			w.until("a reflection", func(r session.Room) bool { return len(r.ContributionsOf(session.Reflection)) == 1 })

			// The summary, next to last in the menu.
			w.keys("ctrl+p", "end", "up", "enter")
			w.waitScreen("Team point of view")
			w.keys("ctrl+c")
			final := ansi.Strip(tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).View().Content)
			for _, want := range []string{"Should we rebuild onboarding?", "Team point of view", "we ship the new path in small releases"} {
				if !strings.Contains(final, want) {
					t.Errorf("the last frame lacks %q:\n%s", want, final)
				}
			}
		})
	}
}

// walker presses keys in a running program and waits on the room.
type walker struct {
	t   *testing.T
	tm  *teatest.TestModel
	hub *session.Hub
}

func (w walker) keys(names ...string) {
	for _, n := range names {
		w.tm.Send(keyPress(n))
	}
}

func (w walker) text(s string) {
	for _, r := range s {
		w.tm.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// until waits until the only room satisfies cond, and returns it.
func (w walker) until(what string, cond func(session.Room) bool) session.Room {
	w.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if rooms := w.hub.Rooms(); len(rooms) == 1 && cond(rooms[0]) {
			return rooms[0]
		}
		time.Sleep(5 * time.Millisecond)
	}
	w.t.Fatalf("waited in vain for %s", what)
	return session.Room{}
}

// waitScreen waits until the program has drawn text.
func (w walker) waitScreen(text string) {
	w.t.Helper()
	teatest.WaitFor(w.t, w.tm.Output(), func(b []byte) bool {
		return strings.Contains(ansi.Strip(string(b)), text)
	}, teatest.WithDuration(5*time.Second))
}
