package tui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"trio/content"
	"trio/session"
)

// revealingWorkshop is a workshop of six trios moved together to the
// reveal round, each with Maya's and Sam's cards written and Maya's
// revealed; then table 3 locks its room, table 5 pauses its timer, and
// table 6's facilitator adds a minute to theirs.
func revealingWorkshop(t *testing.T) (*driver, session.Workshop) {
	t.Helper()
	d, w := newDashboard(t, 80, 24)
	coachMoves := func() {
		t.Helper()
		d.clock.Advance(30 * time.Second)
		if _, err := d.hub.DoWorkshop(context.Background(), w.Code, testCoach, session.MoveTriosOn{}); err != nil {
			t.Fatal(err)
		}
	}
	for range 10 {
		if r, _ := d.hub.Room(w.Trios[0].Room); r.CurrentPhase().Kind == content.KindSilentWriting {
			break
		}
		coachMoves()
	}
	for i, trio := range w.Trios {
		for _, name := range []string{"maya", "sam"} {
			card := fmt.Sprintf("%s-%d: fix the invite step first", name, i+1)
			if _, err := d.hub.Do(context.Background(), trio.Room, session.ParticipantID(fmt.Sprintf("%s%d", name, i)), session.WriteCard{Answers: map[string]string{"position": card}}); err != nil {
				t.Fatal(err)
			}
		}
	}
	coachMoves()
	act := func(table int, cmd session.Command) {
		t.Helper()
		if _, err := d.hub.Do(context.Background(), w.Trios[table-1].Room, session.ParticipantID(fmt.Sprintf("maya%d", table-1)), cmd); err != nil {
			t.Fatalf("table %d: %T: %v", table, cmd, err)
		}
	}
	act(3, session.LockRoom{Locked: true})
	act(5, session.PauseTimer{})
	act(6, session.AddTime{By: time.Minute})
	d.clock.Advance(75 * time.Second)
	return d, w
}

// watching opens the workshop's projector on another terminal, as
// `ssh -t host watch CODE` does.
func watching(t *testing.T, d *driver, w session.Workshop, width, height int) *driver {
	t.Helper()
	p := d.terminal(width, height, Options{WatchCode: w.Code})
	if p.app.projector == nil || p.app.projector.workshop == nil {
		t.Fatalf("the workshop's projector did not open:\n%s", p.screen())
	}
	return p
}

// TestTheWorkshopProjectorLooksRight draws the whole workshop on the
// projector at 80x24 and 160x45 and compares each with its golden file.
func TestTheWorkshopProjectorLooksRight(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {160, 45}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			t.Parallel()
			d, w := revealingWorkshop(t)
			p := watching(t, d, w, size[0], size[1])
			golden.RequireEqual(goldenFile{t, filepath.Join("projector", fmt.Sprintf("workshop-%dx%d", size[0], size[1]))}, p.screen()+"\n")
		})
	}
}

// TestChoosingATableShowsItsRoom: a table's number shows its room as the
// projector shows one room, with its revealed cards one at a time and a
// card just revealed coming up by itself; esc comes back to the whole
// workshop, and tab goes round the tables and the workshop.
func TestChoosingATableShowsItsRoom(t *testing.T) {
	t.Parallel()
	d, w := revealingWorkshop(t)
	p := watching(t, d, w, 80, 24)
	p.sees("Table 2   Reveal round")
	p.doesNotSee("maya-2", "Maya’s view")

	p.press("2")
	p.sees("Table 2 · Phase 5 of 12 · Reveal round", "Maya’s view", "maya-2: fix the invite step first", "esc every table")
	p.doesNotSee("sam-2", "Table 1")
	room := w.Trios[1].Room
	if _, err := d.hub.Do(context.Background(), room, "maya1", session.PassTalkingStick{}); err != nil {
		t.Fatal(err)
	}
	p.send(roomChangedMsg{code: room})
	p.sees("Sam’s view", "sam-2: fix the invite step first", "card 2 of 2")
	p.press("left")
	p.sees("Maya’s view", "card 1 of 2")

	p.press("esc")
	p.sees("Product trios, autumn", "all 6 trios", "Table 1   Reveal round", "Table 6   Reveal round")
	p.doesNotSee("Maya’s view", "maya-2")
	p.press("tab")
	p.sees("Table 1 · Phase 5 of 12", "maya-1: fix the invite step first")
	p.press("shift+tab")
	p.sees("all 6 trios")
	p.press("shift+tab")
	p.sees("Table 6 · Phase 5 of 12", "maya-6: fix the invite step first")
	p.press("9") // no table 9: nothing happens
	p.sees("Table 6 · Phase 5 of 12")
}

// TestALockedRoomsWordsNeverReachTheWorkshopProjector: table 3 locked its
// room after Maya's card was revealed there. On every screen of the
// workshop's projector, the overview and each table's through every
// card, at both sizes, no word of table 3 shows, nor who is in it; its
// phase and time do, and that it is locked. Table 2's revealed card shows
// as ever.
func TestALockedRoomsWordsNeverReachTheWorkshopProjector(t *testing.T) {
	t.Parallel()
	d, w := revealingWorkshop(t)
	room := w.Trios[2].Room
	if r, _ := d.hub.Room(room); !r.Locked || !session.ViewFor(r, session.Nobody).Perspectives[0].Revealed {
		t.Fatal("table 3 should be locked with Maya's card revealed")
	}
	for _, size := range [][2]int{{80, 24}, {160, 45}} {
		p := watching(t, d, w, size[0], size[1])
		p.sees("Table 3   Reveal round   2 min left           locked")
		var seen []string
		for table := range len(w.Trios) {
			p.press(fmt.Sprint(table + 1))
			for range 3 {
				seen = append(seen, p.screen())
				p.press("right")
			}
		}
		p.press("3")
		p.sees("Table 3 · Phase 5 of 12 · Reveal round", "2 min left", "Table 3 locked its room: what they write stays with them.")
		p.doesNotSee("Maya", "Sam", "Lee")
		if _, err := d.hub.Do(context.Background(), room, "maya2", session.PassTalkingStick{}); err != nil {
			t.Fatal(err)
		}
		p.send(roomChangedMsg{code: room})
		p.press("esc")
		seen = append(seen, p.screen())
		all := strings.Join(seen, "\n")
		for _, secret := range []string{"maya-3", "sam-3"} {
			if strings.Contains(all, secret) {
				t.Fatalf("table 3's %q reached the projector at %dx%d", secret, size[0], size[1])
			}
		}
		if !strings.Contains(all, "maya-2: fix the invite step first") {
			t.Fatalf("table 2's revealed card never showed at %dx%d", size[0], size[1])
		}
	}
}
