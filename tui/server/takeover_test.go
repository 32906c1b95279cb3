package server

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"trio/session"
)

// TestSomeoneHereTakesTheRoleWhenTheFacilitatorHasGone: Maya facilitates
// and disconnects; once she has been away as long as the server allows,
// Sam takes the role (through the hub, as his terminal will), and Lee's
// screen shows the ★ beside Sam and says so; Maya, back, finds Sam
// facilitating.
func TestSomeoneHereTakesTheRoleWhenTheFacilitatorHasGone(t *testing.T) {
	t.Parallel()
	const away = 300 * time.Millisecond
	ts := startServer(t, withLimits(t, session.Limits{FacilitatorAway: away}))
	maya, sam, lee := newPerson(t, "maya"), newPerson(t, "sam"), newPerson(t, "lee")
	code := ts.openRoom(maya)
	mayas := ts.open(maya, 80, 24, "join "+code)
	mayas.waitFor("Phase 1 of 12: Check-in")
	var lees *terminal
	for p, role := range map[person]string{sam: "Design", lee: "Engineering"} {
		term := ts.open(p, 80, 24, "join "+code)
		term.waitFor("Join a room", "Your name")
		term.keys("[enter]" + role + "[enter]")
		term.waitFor("Phase 1 of 12: Check-in")
		if p == lee {
			lees = term
		}
	}
	// The sidebar marks the facilitator: "Maya ★", with "away" once gone.
	facilitating := func(term *terminal) []string {
		var names []string
		for _, line := range strings.Split(term.screen(), "\n") {
			for _, name := range []string{"Maya", "sam", "lee"} {
				if strings.Contains(line, name+" ★") {
					names = append(names, name)
				}
			}
		}
		return names
	}
	lees.waitFor("Maya ★", "sam", "lee")

	mayas.close()
	lees.waitFor("Maya ★ away")
	_, err := ts.hub.Do(context.Background(), code, sam.id(), session.TakeFacilitation{})
	var refusal *session.Refusal
	if !errors.As(err, &refusal) || !strings.HasPrefix(refusal.Reason, "Maya has been away for ") {
		t.Fatalf("Sam took the role at once: %v", err)
	}
	waitUntil(t, "Maya has been away long enough", func() bool { return ts.hub.Takeover(code, sam.id()).CanTake })
	if _, err := ts.hub.Do(context.Background(), code, sam.id(), session.TakeFacilitation{}); err != nil {
		t.Fatal(err)
	}
	lees.waitFor("sam ★", "sam facilitates now: Maya was away.")
	if names := facilitating(lees); len(names) != 1 || names[0] != "sam" {
		t.Fatalf("Lee's screen shows %v facilitating:\n%s", names, lees.screen())
	}

	back := ts.open(maya, 80, 24, "join "+code)
	back.waitFor("Phase 1 of 12: Check-in", "sam ★")
	if names := facilitating(back); len(names) != 1 || names[0] != "sam" {
		t.Fatalf("Maya, back, sees %v facilitating:\n%s", names, back.screen())
	}
}
