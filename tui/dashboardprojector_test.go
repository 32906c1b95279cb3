package tui

import (
	"testing"
)

// TestTheCoachShowsTheProjectorFromTheDashboard: ctrl+w shows the
// workshop's projector in the coach's own terminal on the trio the cursor
// is on; esc goes to the whole workshop, and esc again back to the
// dashboard, the projector's rooms let go. The menu's entry does the
// same, and q comes back from a table at once.
func TestTheCoachShowsTheProjectorFromTheDashboard(t *testing.T) {
	t.Parallel()
	d, w := revealingWorkshop(t)
	room := w.Trios[1].Room
	d.press("down")
	d.press("ctrl+w")
	if d.app.screen != screenProjector {
		t.Fatalf("ctrl+w did not show the projector:\n%s", d.screen())
	}
	d.sees("Table 2 · Phase 5 of 12 · Reveal round", "maya-2: fix the invite step first", "q back to the dashboard")
	if n := d.hub.Subscribers(room); n != 1 {
		t.Fatalf("the projector holds %d subscriptions to table 2's room, want 1", n)
	}
	d.press("esc")
	d.sees("Product trios, autumn", "all 6 trios", "Table 6   Reveal round", "esc/q back to the dashboard")
	d.press("esc")
	if d.app.screen != screenDashboard || d.app.projector != nil {
		t.Fatalf("esc on the whole workshop did not come back to the dashboard:\n%s", d.screen())
	}
	d.sees("Workshop ", "Lockstep")
	if n := d.hub.Subscribers(room); n != 0 {
		t.Fatalf("back on the dashboard, %d subscriptions to table 2's room are left", n)
	}

	d.coachMenu("Show the projector in this terminal")
	d.sees("Table 2 · Phase 5 of 12")
	d.press("q")
	if d.app.screen != screenDashboard {
		t.Fatalf("q on a table did not come back to the dashboard:\n%s", d.screen())
	}
	d.sees("Workshop ")
}
