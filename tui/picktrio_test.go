package tui

import (
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"trio/content"
	"trio/session"
)

// legacyQuestion is too long for a table's line at 80 columns.
const legacyQuestion = "Do we sunset the legacy export now that most teams use the new reports, or keep it a year for those who still need it?"

// newPickingWorkshop opens a workshop of four trios straight through the
// hub: Maya and Sam at table 1, Ana at table 2 (away), tables 3 and 4
// empty.
func newPickingWorkshop(t *testing.T) (*driver, session.Workshop) {
	t.Helper()
	n := 0
	codes := func() (string, error) {
		n++
		return "K7MQ2XP" + string("ACDEFGHJKMNPQRTW"[n%16]), nil
	}
	d := newDriver(t, 80, 24, session.WithCodes(codes))
	w, err := d.hub.OpenWorkshop(context.Background(), session.OpenWorkshop{
		Title:     "Product trios, autumn",
		Coach:     session.Person{ID: testCoach, Name: "Cora"},
		Script:    content.Default(),
		Questions: []string{"Should we rebuild onboarding?", legacyQuestion, "Which market first?", "Pricing by seat or by use?"},
		Trios:     4,
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, seat := range []struct {
		table int
		id    session.ParticipantID
		name  string
		here  bool
	}{{0, "maya", "Maya", true}, {0, "sam", "Sam", true}, {1, "ana", "Ana", false}} {
		if _, err := d.hub.Do(context.Background(), w.Trios[seat.table].Room, seat.id, session.Join{Name: seat.name}); err != nil {
			t.Fatal(err)
		}
		if seat.here {
			leave, err := d.hub.Enter(w.Trios[seat.table].Room, seat.id)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(leave)
		}
	}
	return d, w
}

// TestAWorkshopCodeListsItsTables: `join WORKSHOPCODE` lists the tables
// with who is at each; ↓ and enter join table 2's room as its own code
// would, esc on its join screen comes back to the list, and esc on the
// list goes to the lobby.
func TestAWorkshopCodeListsItsTables(t *testing.T) {
	t.Parallel()
	d, w := newPickingWorkshop(t)
	lee := d.terminal(80, 24, Options{Me: "lee-key", UserName: "lee", JoinCode: strings.ToLower(w.Code)})
	lee.sees("Pick your trio", session.FormatCode(w.Code), "Product trios, autumn, coached by Cora",
		"Table 1  Should we rebuild onboarding?", "Maya and Sam", "Table 2  Do we sunset", "Ana (away)",
		"Table 4  Pricing by seat or by use?", "empty", "enter join", "ctrl+t read whole", "esc/q leave", "ctrl+c quit")
	lee.doesNotSee(session.FormatCode(w.Trios[0].Room), "ctrl+t reads")

	lee.press("down")
	lee.sees("▸ Table 2", "ctrl+t reads table 2's question whole")
	lee.press("enter")
	if lee.app.screen != screenJoin || lee.app.join.code != w.Trios[1].Room {
		t.Fatalf("enter did not lead to table 2's join screen:\n%s", lee.screen())
	}
	lee.sees("Join a room", session.FormatCode(w.Trios[1].Room), "In the room: Ana.")
	lee.press("esc")
	lee.sees("Pick your trio", "▸ Table 2")

	lee.press("enter", "enter")
	lee.typeText("Engineering")
	lee.press("enter")
	if lee.app.screen != screenRoom || lee.app.room.code != w.Trios[1].Room {
		t.Fatalf("Lee is not in table 2's room:\n%s", lee.screen())
	}
	for i, trio := range w.Trios {
		room, _ := d.hub.Room(trio.Room)
		if _, in := room.Person("lee-key"); in != (i == 1) || d.hub.Present(trio.Room)["lee-key"] != (i == 1) {
			t.Errorf("table %d: Lee in it %v, want %v", i+1, in, i == 1)
		}
	}

	sam := d.terminal(80, 24, Options{Me: "sam-key", UserName: "sam", JoinCode: w.Code})
	sam.press("q")
	sam.sees("Create a room", "Join a room by its code")
	if sam.app.pick != nil {
		t.Fatal("the list of tables is held after leaving it")
	}
}

// TestATableIsReadWhole: a question cut on its line is read whole with
// ctrl+t, and esc comes back to the list.
func TestATableIsReadWhole(t *testing.T) {
	t.Parallel()
	d, w := newPickingWorkshop(t)
	lee := d.terminal(80, 24, Options{Me: "lee-key", UserName: "lee", JoinCode: w.Code})
	lee.press("down", "ctrl+t")
	lee.sees("Table 2", "for those who still need it?", "Ana (away)", "back to the list")
	lee.doesNotSee("Table 1")
	lee.press("esc")
	lee.sees("Table 1", "▸ Table 2")
	lee.press("ctrl+t", "enter")
	if lee.app.screen != screenJoin || lee.app.join.code != w.Trios[1].Room {
		t.Fatalf("enter on a table read whole did not join it:\n%s", lee.screen())
	}
}

// TestTheTablesAt80x24 is the list as a person first sees it.
func TestTheTablesAt80x24(t *testing.T) {
	t.Parallel()
	d, w := newPickingWorkshop(t)
	lee := d.terminal(80, 24, Options{Me: "lee-key", UserName: "lee", JoinCode: w.Code})
	lee.press("down")
	golden.RequireEqual(goldenFile{t, "pick-trio-80x24"}, lee.screen()+"\n")
}

// TestTheLobbyTakesAWorkshopCode: a workshop's code typed where a room's
// is asked opens its list and costs no guess; a wrong code is refused in
// the room's words and counts.
func TestTheLobbyTakesAWorkshopCode(t *testing.T) {
	t.Parallel()
	d, w := newPickingWorkshop(t)
	missed := 0
	lee := d.terminal(80, 24, Options{Me: "lee-key", UserName: "lee", CodeMissed: func() { missed++ }})
	lee.press("down")
	lee.typeText(strings.ToLower(session.FormatCode(w.Code)))
	lee.press("enter")
	lee.sees("Pick your trio", "Table 1  Should we rebuild onboarding?")
	if missed != 0 {
		t.Fatalf("a workshop's code counted as a wrong guess")
	}
	lee.press("esc")
	lee.sees("Join a room by its code", "k7mq-2xpc") // kept, as a refused code is
	lee.press("down", "down")
	lee.press(strings.Split(strings.Repeat("backspace ", 9), " ")[:9]...)
	lee.typeText("ABCD-EFGH")
	lee.press("enter")
	lee.sees("There is no room with the code ABCD-EFGH. Check the code and try again.")
	if missed != 1 {
		t.Fatalf("a wrong code counted %d times, want once", missed)
	}
}

// TestTheDashboardSaysHowAnyTrioJoins: the coach reads, once, the one
// command that lets anyone pick their trio, narrow and wide.
func TestTheDashboardSaysHowAnyTrioJoins(t *testing.T) {
	t.Parallel()
	for _, width := range []int{80, 140} {
		d, w := newDashboard(t, width, 24)
		want := "Any trio: ssh -t -p 2222 host join " + session.FormatCode(w.Code)
		d.sees(want)
		if n := strings.Count(d.screen(), "join "+session.FormatCode(w.Code)); n != 1 {
			t.Errorf("at %d columns the workshop's join command shows %d times", width, n)
		}
	}
}

// Someone who comes back by the workshop's code finds the cursor on the
// table they sit at, so enter takes them back to their own trio.
func TestTheListStartsOnYourOwnTable(t *testing.T) {
	t.Parallel()
	d, w := newPickingWorkshop(t)
	ana := d.terminal(80, 24, Options{Me: "ana", UserName: "ana", JoinCode: w.Code})
	ana.sees("▸ Table 2")
	ana.press("enter")
	if ana.app.screen != screenRoom || ana.app.room.code != w.Trios[1].Room {
		t.Fatalf("enter did not take Ana back to table 2's room:\n%s", ana.screen())
	}
}
