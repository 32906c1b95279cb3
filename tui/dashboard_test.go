package tui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"trio/content"
	"trio/session"
)

const testCoach session.ParticipantID = "coach:test"

// newDashboard opens a workshop of six trios through the app's setup
// and seats a trio at each table, every one in a phase of its own.
func newDashboard(t *testing.T, width, height int) (*driver, session.Workshop) {
	t.Helper()
	d := newCoachDriver(t, width, height)
	d.typeText("Product trios, autumn")
	d.press("enter")
	d.typeText("Should we rebuild onboarding?")
	d.press("enter", "enter")
	d.press("backspace")
	d.typeText("6")
	d.press("enter", "enter", "enter") // past the name, to open
	if d.app.dashboard == nil {
		t.Fatalf("the workshop did not open:\n%s", d.screen())
	}
	w, err := d.hub.Workshop(d.app.dashboard.code)
	if err != nil {
		t.Fatal(err)
	}
	for i, trio := range w.Trios {
		for _, name := range []string{"Maya", "Sam", "Lee"} {
			id := session.ParticipantID(fmt.Sprintf("%s%d", strings.ToLower(name), i))
			if _, err := d.hub.Do(context.Background(), trio.Room, id, session.Join{Name: name, Role: "Product"}); err != nil {
				t.Fatal(err)
			}
			if i%2 == 0 || name != "Lee" {
				if _, err := d.hub.Enter(trio.Room, id); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	d.send(workshopChangedMsg{code: w.Code})
	return d, w
}

// goldenDashboard moves the trios to different phases: every trio moves
// on with the coach, then the first trios alone at their own pace.
func spread(t *testing.T, d *driver, w session.Workshop) {
	t.Helper()
	d.coachMenu("Let each trio move on")
	for i, trio := range w.Trios[:3] {
		for range 3 - i {
			if _, err := d.hub.Do(context.Background(), trio.Room, session.ParticipantID(fmt.Sprintf("maya%d", i)), session.NextPhase{}); err != nil {
				t.Fatal(err)
			}
		}
	}
	d.send(workshopChangedMsg{code: w.Code})
}

func TestTheDashboardShowsEveryTrio(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {140, 45}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			d, w := newDashboard(t, size[0], size[1])
			spread(t, d, w)
			for _, trio := range w.Trios {
				d.sees(session.FormatCode(trio.Room))
			}
			d.sees("2 here, 1 away", "Own pace", "ctrl+p")
			golden.RequireEqual(goldenFile{t, fmt.Sprintf("dashboard-%dx%d", size[0], size[1])}, d.screen()+"\n")
		})
	}
}

func TestTheDashboardShowsNoCardBeforeTheReveal(t *testing.T) {
	d, w := newDashboard(t, 140, 45)
	room := w.Trios[0].Room
	for range 10 {
		r, _ := d.hub.Room(room)
		if r.CurrentPhase().Kind == content.KindSilentWriting {
			break
		}
		d.coachMenu("Move every trio on")
		d.press("enter")
	}
	if _, err := d.hub.Do(context.Background(), room, "maya0", session.WriteCard{Answers: map[string]string{"position": "SECRET-CARD"}}); err != nil {
		t.Fatal(err)
	}
	d.send(workshopChangedMsg{code: w.Code})
	d.sees("1 card")
	d.doesNotSee("SECRET")
	d.press("ctrl+t")
	d.sees("Cards written: 1")
	d.doesNotSee("SECRET")
}

func TestEveryActReachesEveryRoom(t *testing.T) {
	d, w := newDashboard(t, 80, 24)
	rooms := func(check func(session.Room) bool) {
		t.Helper()
		for _, trio := range w.Trios {
			r, err := d.hub.Room(trio.Room)
			if err != nil || !check(r) {
				t.Fatalf("room %s is not as it should be after %s:\n%s", trio.Room, t.Name(), d.screen())
			}
		}
	}
	deadline := func() map[string]string {
		out := map[string]string{}
		for _, trio := range w.Trios {
			r, _ := d.hub.Room(trio.Room)
			out[trio.Room] = fmt.Sprint(r.Timer)
		}
		return out
	}

	d.press("ctrl+n")
	d.sees("Move every trio on to", "(2 of")
	d.press("enter")
	rooms(func(r session.Room) bool { return r.Phase == 1 })
	d.sees("Moved 6 trios on.")

	before := deadline()
	d.coachMenu("Add a minute to every timer")
	for room, was := range deadline() {
		if was == before[room] {
			t.Fatalf("room %s has no more time", room)
		}
	}
	d.sees("Every timer has a minute more.")

	d.coachMenu("Pause every timer")
	rooms(func(r session.Room) bool { return r.Timer.Paused })
	d.sees("paused")
	d.coachMenu("Resume every timer")
	rooms(func(r session.Room) bool { return !r.Timer.Paused })

	d.coachMenu("Let each trio move on")
	rooms(func(r session.Room) bool { return !r.Workshop.Lockstep })
	d.sees("Own pace")
	d.coachMenu("Move every trio on together")
	rooms(func(r session.Room) bool { return r.Workshop.Lockstep })

	d.press("ctrl+b")
	d.typeText("Five minutes left, then we share.")
	d.press("enter")
	rooms(func(r session.Room) bool {
		return r.Workshop.Broadcast != nil && r.Workshop.Broadcast.Text == "Five minutes left, then we share."
	})
	d.sees("Sent to 6 rooms.")

	d.coachMenu("Export the plenary")
	d.sees("Wrote ", "and .json")
	for _, ext := range []string{".md", ".json"} {
		if _, err := os.Stat(filepath.Join(d.app.sh.ExportDir, "trio-workshop-"+session.FormatCode(w.Code)+ext)); err != nil {
			t.Fatalf("the plenary export wrote no %s file: %v", ext, err)
		}
	}
}

func TestTheMenuAsksBeforeMovingOn(t *testing.T) {
	d, w := newDashboard(t, 80, 24)
	d.coachMenu("Move every trio on to")
	d.sees("Move every trio on to", "is asked first.")
	d.press("esc")
	for _, trio := range w.Trios {
		if r, _ := d.hub.Room(trio.Room); r.Phase != 0 {
			t.Fatalf("esc moved room %s on", trio.Room)
		}
	}
	d.press("ctrl+n", "x")
	for _, trio := range w.Trios {
		if r, _ := d.hub.Room(trio.Room); r.Phase != 0 {
			t.Fatalf("a letter moved room %s on", trio.Room)
		}
	}
}

func TestWorkshopSetupSaysKindlyHowManyTrios(t *testing.T) {
	d := newCoachDriver(t, 80, 24)
	d.press("enter")
	d.typeText("Which market first?")
	d.press("enter", "enter", "backspace")
	d.typeText("1")
	d.press("enter", "enter", "enter")
	d.sees("A workshop has at least 2 trios")
	d.press("shift+tab", "shift+tab", "backspace")
	d.typeText("9")
	d.press("enter", "enter", "enter")
	d.sees("at most 8 trios")
	if d.app.dashboard != nil {
		t.Fatal("a workshop opened with the wrong number of trios")
	}
}

// newCoachDriver starts the app as trio workshop does, on the coach's
// setup, with a code for each room of a workshop.
func newCoachDriver(t *testing.T, width, height int) *driver {
	t.Helper()
	n := 0
	codes := func() (string, error) {
		n++
		return "K7MQ2XP" + string("ACDEFGHJKMNPQRTW"[n%16]), nil
	}
	d := newDriver(t, width, height, session.WithCodes(codes))
	d.app = New(Options{Hub: d.hub, Now: d.clock.Now, ExportDir: t.TempDir(), Coach: testCoach, ExportHint: "ssh -p 2222 host"})
	d.send(tea.WindowSizeMsg{Width: width, Height: height})
	t.Cleanup(d.app.Close)
	return d
}

// coachMenu opens the dashboard's menu and chooses the entry that starts
// with title.
func (d *driver) coachMenu(title string) {
	d.t.Helper()
	d.press("ctrl+p")
	dash := d.app.dashboard
	if dash == nil || dash.menu == nil {
		d.t.Fatalf("ctrl+p opened no menu:\n%s", d.screen())
	}
	d.choose(dash.menu, title)
}

// The coach's line reaches every trio's room: a member reads it on the
// room's status line, and after a while it gives way.
func TestTheCoachsLineIsReadInEveryRoom(t *testing.T) {
	d, w := newDashboard(t, 80, 24)
	d.press("ctrl+b")
	d.typeText("Five minutes left, then we share.")
	d.press("enter")
	var members []*driver
	for i, trio := range w.Trios {
		sam := d.terminal(80, 24, Options{Me: session.ParticipantID(fmt.Sprintf("sam%d", i)), UserName: "sam", JoinCode: trio.Room})
		sam.sees("From the coach: Five minutes left, then we share.")
		members = append(members, sam)
	}
	d.sees("Every room reads, until")
	d.wait(coachHeard)
	d.send(dashboardTickMsg{})
	d.sees("Your last line, no longer shown in the rooms: “Five minutes left")
	d.press("ctrl+t")
	d.sees("Your last line to every room: “Five minutes left, then we share.”")
	d.press("esc")
	for _, sam := range members {
		sam.wait(0)
		sam.doesNotSee("From the coach")
	}
}

// When the coach moves every trio on while Sam is writing, his trio's
// facilitator is told the move waits for her; ctrl+n and enter take the
// room to the coach's phase.
func TestTheFacilitatorAnswersTheCoachsMoveWhileSomeoneWrites(t *testing.T) {
	d, w := newDashboard(t, 80, 24)
	room := w.Trios[0].Room
	d.hub.SetTyping(room, "sam0", true)
	d.send(workshopChangedMsg{code: w.Code})
	d.press("ctrl+n")
	d.sees("Someone in trio 1 is", "its facilitator is asked first.")
	d.press("enter")
	if r, _ := d.hub.Room(room); r.Phase != 0 || r.Workshop.MoveAsked == nil {
		t.Fatalf("the coach's move went over Sam's words, or was not asked: phase %d", r.Phase)
	}
	maya := d.terminal(80, 24, Options{Me: "maya0", UserName: "maya", JoinCode: room})
	maya.sees("The coach moves every trio on to Frame the question, and waits for you")
	sam := d.terminal(80, 24, Options{Me: "sam0", UserName: "sam", JoinCode: room})
	sam.sees("The coach moves every trio on to Frame the question; Maya moves this room on")
	maya.press("ctrl+n")
	maya.sees("Move the room on to Frame the question (2 of 12)?")
	maya.press("enter")
	if r, _ := d.hub.Room(room); r.Phase != 1 {
		t.Fatalf("the facilitator's answer left the room in phase %d", r.Phase+1)
	}
	d.send(workshopChangedMsg{code: w.Code})
	d.sees("Every trio the move waited for has moved on.")
}
