package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
)

// The setup is drawn as the room's setup is: labels, barred fields, the
// script chosen with ←/→, and a button that opens the workshop.
func TestTheWorkshopSetupLooksLikeTheRoomSetup(t *testing.T) {
	d := newCoachDriver(t, 80, 24)
	d.typeText("Product trios, autumn")
	d.press("enter")
	d.typeText("Should we rebuild onboarding for new teams, or fix the three worst steps first?")
	d.press("enter")
	golden.RequireEqual(goldenFile{t, "workshop-setup-80x24"}, d.screen()+"\n")
}

// A coach who comes back (the same key, after trio workshop stopped) is
// offered their workshop first, and enter opens its dashboard; another
// coach is not.
func TestTheCoachComesBackToTheirWorkshop(t *testing.T) {
	d, w := newDashboard(t, 80, 24)
	d.app.Close()
	again := New(Options{Hub: d.hub, Now: d.clock.Now, ExportDir: t.TempDir(), Coach: testCoach})
	d.app = again
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	t.Cleanup(again.Close)
	d.sees("Back to a workshop you opened", "Product trios, autumn · K7MQ-2XPC · 6 trios")
	d.press("enter")
	if d.app.dashboard == nil || d.app.dashboard.code != w.Code {
		t.Fatalf("enter did not go back to the workshop:\n%s", d.screen())
	}
	d.sees("Workshop K7MQ-2XPC")

	other := New(Options{Hub: d.hub, Now: d.clock.Now, Coach: "coach:someone-else"})
	d.app = other
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	t.Cleanup(other.Close)
	d.doesNotSee("Back to a workshop", "K7MQ-2XPC")
}

// How many trios starts empty, its hint the number a workshop has when
// it stays so: typing 3 makes three trios, never 63.
func TestTheNumberOfTriosIsTypedNotAppended(t *testing.T) {
	for _, c := range []struct {
		typed string
		trios int
	}{{"3", 3}, {"", 6}} {
		d := newCoachDriver(t, 80, 24)
		d.press("enter")
		d.typeText("Which market first?")
		d.press("enter", "enter")
		d.typeText(c.typed)
		d.press("enter", "enter", "enter")
		if d.app.dashboard == nil {
			t.Fatalf("typing %q opened no workshop:\n%s", c.typed, d.screen())
		}
		if w, _ := d.hub.Workshop(d.app.dashboard.code); len(w.Trios) != c.trios {
			t.Errorf("typing %q opened %d trios, want %d", c.typed, len(w.Trios), c.trios)
		}
	}
}

// The name the coach gives is the one the trios read.
func TestTheTriosReadTheCoachByTheirName(t *testing.T) {
	d := newCoachDriver(t, 80, 24)
	d.press("enter")
	d.typeText("Which market first?")
	d.press("enter", "enter", "enter")
	d.typeText("Rosa")
	d.press("enter", "enter")
	if d.app.dashboard == nil {
		t.Fatalf("no workshop opened:\n%s", d.screen())
	}
	w, _ := d.hub.Workshop(d.app.dashboard.code)
	d.press("ctrl+b")
	d.typeText("We regroup at the reveal.")
	d.press("enter")
	sam := d.terminal(80, 24, Options{Me: "sam", UserName: "sam", JoinCode: w.Trios[0].Room})
	sam.press("enter")
	sam.typeText("Design")
	sam.press("enter")
	sam.sees("From Rosa, the coach: We regroup at the reveal.")
}
