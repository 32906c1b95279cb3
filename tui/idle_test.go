package tui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// TestAnIdleTerminalIsWarnedThenClosed: idleness counts from the last key,
// not from what the room writes; a warning comes first, any key keeps the
// person in, and then the program ends.
func TestAnIdleTerminalIsWarnedThenClosed(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	d.app = New(Options{Hub: d.hub, Now: d.clock.Now, IdleAfter: 10 * time.Minute})
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	tick := func() tea.Msg {
		_, cmd := d.app.Update(idleTickMsg{})
		msgs := collect(cmd)
		if len(msgs) == 0 {
			return nil
		}
		return msgs[0]
	}
	d.clock.Advance(9*time.Minute + 30*time.Second)
	if _, quit := tick().(tea.QuitMsg); quit {
		t.Fatal("closed before the time was up")
	}
	d.sees("Still there? This window closes in 30 seconds without a key")
	d.press("down")
	d.doesNotSee("Still there?")
	d.clock.Advance(10 * time.Minute)
	if _, quit := tick().(tea.QuitMsg); !quit || !d.app.IdledOut() {
		t.Fatal("an idle terminal was not closed")
	}
}
