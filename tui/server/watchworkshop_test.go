package server

import (
	"context"
	"strings"
	"testing"
	"time"

	"trio/session"
)

// seqs are the workshop's and each of its rooms' counts of events.
func (ts *testServer) seqs(w session.Workshop) []int {
	ts.t.Helper()
	ws, err := ts.hub.Workshop(w.Code)
	if err != nil {
		ts.t.Fatal(err)
	}
	out := []int{ws.Seq}
	for _, trio := range w.Trios {
		r, err := ts.hub.Room(trio.Room)
		if err != nil {
			ts.t.Fatal(err)
		}
		out = append(out, r.Seq)
	}
	return out
}

// TestWatchShowsAWorkshopAndFollowsIt: `ssh -t host watch WORKSHOPCODE`
// shows every table of the workshop, follows who comes in and the coach's
// move live, shows a table's room by its number and comes back with esc;
// whatever is typed on it sends no command to the workshop or any room,
// and q leaves.
func TestWatchShowsAWorkshopAndFollowsIt(t *testing.T) {
	t.Parallel()
	ts := startServer(t)
	cora, maya, screen := newPerson(t, "cora"), newPerson(t, "maya"), newPerson(t, "projector")
	w := ts.openWorkshop(cora)

	term := ts.open(screen, 80, 24, "watch "+strings.ToLower(session.FormatCode(w.Code)))
	term.waitFor("Product trios, autumn", "Which market first?", "Phase 1 of 12 · Check-in · all 4 trios",
		"Table 1   Check-in", "Table 4   Check-in", "nobody yet", "q leave")

	table1 := w.Trios[0].Room
	if _, err := ts.hub.Do(context.Background(), table1, maya.id(), session.Join{Name: "Maya", Role: "Product"}); err != nil {
		t.Fatal(err)
	}
	leave, err := ts.hub.Enter(table1, maya.id())
	if err != nil {
		t.Fatal(err)
	}
	defer leave()
	term.waitFor("1 of 1 here")
	if _, err := ts.hub.DoWorkshop(context.Background(), w.Code, cora.id(), session.MoveTriosOn{}); err != nil {
		t.Fatal(err)
	}
	term.waitFor("Phase 2 of 12 · Frame the question · all 4 trios")

	before := ts.seqs(w)
	// Letters, the room's and the dashboard's ctrl keys, then a table
	// (2, then 3, then shift+tab back to 2).
	term.keys("hello ?[enter][tab][ctrl+n][enter][ctrl+r][ctrl+o][ctrl+p][enter]\x02x[enter]\x17 2 3\x1b[Z")
	term.waitFor("Table 2 · Phase 2 of 12 · Frame the question")
	if _, err := ts.hub.DoWorkshop(context.Background(), w.Code, cora.id(), session.PauseAll{}); err != nil {
		t.Fatal(err)
	}
	term.waitFor("paused, ") // the keys before it were read
	after := ts.seqs(w)
	for i := range before {
		if after[i] != before[i]+1 {
			t.Fatalf("keys on the projector changed the workshop or a room: events %v, then %v", before, after)
		}
	}
	for _, trio := range w.Trios {
		if here := ts.hub.Present(trio.Room); len(here) > 1 || trio.Room != table1 && len(here) != 0 {
			t.Fatalf("the projector is shown as someone in room %s: %v", trio.Room, here)
		}
	}
	term.keys("[esc]")
	term.waitFor("all 4 trios", "Table 3   Frame the question")
	term.keys("q")
	select {
	case <-term.ended:
	case <-time.After(waitLimit):
		t.Fatalf("q did not leave the projector:\n%s", term.screen())
	}
	for _, trio := range w.Trios {
		if n := ts.hub.Subscribers(trio.Room); n != 0 {
			t.Errorf("the projector left %d subscriptions to room %s", n, trio.Room)
		}
	}
}

// TestWatchingAWorkshopCountsAgainstGuessing: wrong codes to watch are
// refused in words and counted as wrong room codes are; past the limit,
// even the workshop's right code is refused for a while.
func TestWatchingAWorkshopCountsAgainstGuessing(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(cfg *Config) { cfg.CodeGuesses = 1 })
	w := ts.openWorkshop(newPerson(t, "cora"))
	guesser := newPerson(t, "mallory")
	out, status := ts.runInTerminal(guesser, "watch ABCD-EFGH")
	if status != 1 || out != "trio: There is no room or workshop with the code ABCD-EFGH. Check the code and try again.\n" {
		t.Fatalf("a wrong code: status %d, %q", status, out)
	}
	stopped := false
	for range 15 {
		if out, _ := ts.runInTerminal(guesser, "watch ABCD-EFGH"); strings.Contains(out, "Too many room codes tried") {
			stopped = true
			break
		}
	}
	if !stopped {
		t.Fatal("wrong codes to watch were never stopped")
	}
	if out, status := ts.runInTerminal(guesser, "watch "+w.Code); status != 1 || !strings.Contains(out, "Too many room codes tried") {
		t.Errorf("the workshop's code got through the limit: status %d, %q", status, out)
	}
}
