package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// quits reports whether a key press ends the program.
func quits(d *driver, key string) bool {
	_, cmd := d.app.Update(keyPress(key))
	d.app.View()
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

// The coach's ctrl+c stops the server of every trio, so it asks first;
// esc stays, and ctrl+c again (or enter) stops.
func TestTheCoachsCtrlCAsksBeforeStoppingEveryone(t *testing.T) {
	d, _ := newDashboard(t, 80, 24)
	if quits(d, "ctrl+c") {
		t.Fatal("one ctrl+c stopped the workshop")
	}
	d.sees("Stop trio workshop? Every trio's terminal closes; everything is saved.")
	if quits(d, "esc") {
		t.Fatal("esc stopped the workshop")
	}
	d.doesNotSee("Stop trio workshop?")
	d.sees("ctrl+n move every trio on")
	quits(d, "ctrl+c")
	if !quits(d, "ctrl+c") {
		t.Fatal("ctrl+c twice did not stop the workshop")
	}
}
