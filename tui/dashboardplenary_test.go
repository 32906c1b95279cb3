package tui

import (
	"context"
	"strings"
	"testing"

	"trio/content"
	"trio/session"
)

// The dashboard shows the plenary: every trio's question, its point of
// view whole, and where its vote stands; esc goes back to every trio.
func TestTheDashboardShowsThePlenary(t *testing.T) {
	d, w := newDashboard(t, 100, 40)
	room := w.Trios[1].Room
	for range 12 {
		if r, _ := d.hub.Room(room); r.CurrentPhase().Kind == content.KindPointOfView {
			break
		}
		d.press("ctrl+n", "enter")
	}
	if _, err := d.hub.Do(context.Background(), room, "maya1", session.ProposeDraft{
		Believe: "we should fix the three steps where new teams stall before we rebuild anything",
		Because: "most teams who leave do so in their first week, at the invite step",
		WrongIf: "fewer than half of the new teams reach their first board within a week",
	}); err != nil {
		t.Fatal(err)
	}
	d.coachMenu("Show the plenary")
	d.sees("The plenary: every trio's point of view", "Trio 1", "Trio 2", "Not voted on yet.")
	// The point of view is whole, its lines joined again.
	read := strings.Join(strings.Fields(d.screen()), " ")
	for _, want := range []string{"we should fix the three steps where new teams stall", "at the invite step", "fewer than half of the new teams reach their first board within a week"} {
		if !strings.Contains(read, want) {
			t.Errorf("the plenary never showed %q:\n%s", want, read)
		}
	}
	d.doesNotSee("the end")
	d.press("pgdown", "pgdown", "pgdown")
	d.sees("Trio 6", "the end")
	d.press("esc")
	d.doesNotSee("The plenary")
	d.sees("ctrl+n move every trio on")
}
