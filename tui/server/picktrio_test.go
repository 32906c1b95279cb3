package server

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"trio/content"
	"trio/session"
)

// openWorkshop opens a workshop of four trios, one question for each
// table, straight through the hub.
func (ts *testServer) openWorkshop(coach person) session.Workshop {
	ts.t.Helper()
	w, err := ts.hub.OpenWorkshop(context.Background(), session.OpenWorkshop{
		Title:     "Product trios, autumn",
		Coach:     session.Person{ID: coach.id(), Name: "Cora"},
		Script:    content.Default(),
		Questions: []string{"Should we rebuild onboarding?", "Do we sunset the legacy export?", "Which market first?", "Pricing by seat or by use?"},
		Trios:     4,
	})
	if err != nil {
		ts.t.Fatal(err)
	}
	return w
}

// TestAPersonPicksTheirTrioOverSSH: `ssh -t host join WORKSHOPCODE`
// lists the tables; ↓ and enter, a name and a role, and Lee (Zebedee to
// the room) is in table 2's room. The other tables' rooms never see him:
// not among their people, not present, not a byte on a screen at table 1.
func TestAPersonPicksTheirTrioOverSSH(t *testing.T) {
	t.Parallel()
	ts := startServer(t)
	cora, maya, lee := newPerson(t, "cora"), newPerson(t, "maya"), newPerson(t, "lee")
	w := ts.openWorkshop(cora)
	if _, err := ts.hub.Do(context.Background(), w.Trios[0].Room, maya.id(), session.Join{Name: "Maya", Role: "Product"}); err != nil {
		t.Fatal(err)
	}
	table1 := ts.open(maya, 80, 24, "join "+w.Trios[0].Room)
	table1.waitFor("Should we rebuild onboarding?", "Maya")

	term := ts.open(lee, 80, 24, "join "+strings.ToLower(session.FormatCode(w.Code)))
	term.waitFor("Pick your trio", "Table 1  Should we rebuild onboarding?", "Maya", "Table 2  Do we sunset the legacy export?", "empty")
	term.keys("[down]")
	term.waitFor("▸ Table 2")
	term.keys("[enter]")
	term.waitFor("Join a room", session.FormatCode(w.Trios[1].Room))
	term.keys("Zebedee[enter]Platform[enter]") // his own name for the one offered
	term.waitFor("Do we sunset the legacy export?", "Zebedee", "Platform")
	waitUntil(t, "Lee present in table 2's room", func() bool { return ts.hub.Present(w.Trios[1].Room)[lee.id()] })

	for i, trio := range w.Trios {
		room, err := ts.hub.Room(trio.Room)
		if err != nil {
			t.Fatal(err)
		}
		p, in := room.Person(lee.id())
		if i == 1 && (!in || p.Name != "Zebedee" || p.Role != "Platform") {
			t.Errorf("table 2's people: %+v", room.People)
		}
		if i != 1 && (in || ts.hub.Present(trio.Room)[lee.id()]) {
			t.Errorf("Lee is in table %d's room: %+v", i+1, room.People)
		}
	}
	// Maya's next change reaches her screen after Lee's join would have.
	if _, err := ts.hub.Do(context.Background(), w.Trios[0].Room, maya.id(), session.PauseTimer{}); err != nil {
		t.Fatal(err)
	}
	table1.waitFor("paused")
	if bytes.Contains(table1.bytes(), []byte("Zebedee")) || bytes.Contains(table1.bytes(), []byte("Platform")) {
		t.Errorf("table 1's screen showed Lee:\n%s", table1.screen())
	}
}

// TestAWorkshopCodeIsGuardedAsARoomCodeIs: a workshop's code is looked up
// only while the address has guesses left, and a wrong one is refused in
// a room code's words.
func TestAWorkshopCodeIsGuardedAsARoomCodeIs(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(cfg *Config) { cfg.CodeGuesses = 1 })
	cora, guesser := newPerson(t, "cora"), newPerson(t, "mallory")
	w := ts.openWorkshop(cora)

	wrong := ts.open(guesser, 80, 24, "join ABCD-EFGH")
	wrong.waitFor("There is no room with the code ABCD-EFGH. Check the code and try again.")
	for range 12 {
		if out, _ := ts.run(guesser, "export KMNPQRST"); strings.Contains(out, "Too many room codes tried") {
			break
		}
	}
	term := ts.open(guesser, 80, 24, "join "+w.Code)
	term.waitFor("Too many room codes tried from here")
	if strings.Contains(term.screen(), "Pick your trio") {
		t.Fatal("the workshop's code got through the limit")
	}
}
