package server

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"trio/session"
)

// A coach runs a workshop from their terminal while its trios join over
// SSH: the dashboard follows every room live, the coach's line reaches
// every member, the coach moves every trio on together (a trio where
// someone writes waits for its facilitator), comes into a room as an
// observer and leaves, and writes the plenary; no trio's words reach
// another trio's terminal.
func TestAWorkshopOverSSH(t *testing.T) {
	ts := startServer(t)
	dir := t.TempDir()
	coach := ts.openCoach(100, 30, dir)
	coach.waitFor("Set up a workshop of several trios")
	coach.keys("Autumn trios[enter]Which market do we enter first?[enter][enter]")
	coach.keys("\x7f4[enter][enter][enter]") // four trios, the coach's name left as it is, open
	coach.waitFor("Workshop ", "Autumn trios")
	w := ts.hub.Workshops()[0]
	for _, trio := range w.Trios {
		coach.waitFor(session.FormatCode(trio.Room))
	}

	// Maya and Sam join table 1, Lee table 2; the dashboard sees them.
	maya, sam, lee := newPerson(t, "maya"), newPerson(t, "sam"), newPerson(t, "lee")
	mayas := ts.open(maya, 80, 24, "join "+w.Trios[0].Room)
	mayas.waitFor("Join a room", "Your name")
	mayas.keys("[enter]Product[enter]")
	mayas.waitFor("Phase 1 of 12: Check-in")
	sams := ts.open(sam, 80, 24, "join "+w.Trios[0].Room)
	sams.waitFor("Your name")
	sams.keys("[enter]Design[enter]")
	sams.waitFor("Phase 1 of 12: Check-in")
	lees := ts.open(lee, 80, 24, "join "+w.Trios[1].Room)
	lees.waitFor("Your name")
	lees.keys("[enter]Engineering[enter]")
	lees.waitFor("Phase 1 of 12: Check-in")
	coach.waitFor("2 here", "1 here")
	sams.keys("[enter]restless[enter]")
	mayas.waitFor("restless")

	// The coach's line reaches every member of every trio.
	coach.keys("[ctrl+b]Ten minutes, then we meet in plenary.[enter]")
	for _, term := range []*terminal{mayas, sams, lees} {
		term.waitFor("From the coach: Ten minutes, then we meet in plenary.")
	}

	// Every trio moves on together.
	coach.keys("[ctrl+n]")
	coach.waitFor("Move every trio on to Frame the question")
	coach.keys("[enter]")
	for _, term := range []*terminal{mayas, sams, lees} {
		term.waitFor("Phase 2 of 12: Frame the question")
	}

	// Sam writes; the next move waits for Maya, who facilitates table 1.
	sams.keys("[enter]Which customers feel it most")
	sams.waitFor("feel it most")
	coach.waitFor("2 here, 1 writing")
	coach.keys("[ctrl+n]")
	coach.waitFor("Move every trio on to")
	coach.keys("[enter]")
	lees.waitFor("Phase 3 of 12")
	coach.waitFor("their facilitator is asked first")
	mayas.waitFor("The coach moves every trio on to", "waits for you")
	mayas.keys("[ctrl+n]")
	mayas.waitFor("Move the room on to")
	mayas.keys("[enter]")
	for _, term := range []*terminal{mayas, sams} {
		term.waitFor("Phase 3 of 12")
	}

	// The coach comes into table 1's room as an observer, and leaves.
	coach.keys("[enter]")
	mayas.waitFor("Coach · observer")
	coach.waitFor("Coach · observer", "Which market do we enter first?")
	coach.menu("Leave the room, back to the dashboard")
	coach.waitFor("You left " + session.FormatCode(w.Trios[0].Room))
	mayas.waitFor("The coach left the room")

	// The plenary is written beside the coach.
	coach.menu("Export the plenary")
	coach.waitFor("Wrote ")
	md, err := os.ReadFile(filepath.Join(dir, "trio-workshop-"+session.FormatCode(w.Code)+".md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"| 1 |", "| 2 |", "| 3 |", "| 4 |"} {
		if !strings.Contains(string(md), table) {
			t.Errorf("the plenary has no %q:\n%s", table, md)
		}
	}

	// Table 2 never read table 1's words.
	for _, word := range []string{"restless", "Which customers feel it most"} {
		if strings.Contains(string(lees.bytes()), word) {
			t.Errorf("table 1's %q reached Lee's terminal at table 2", word)
		}
	}
}
