package main

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestKillNineLosesNothingAcknowledged: four people state positions as
// fast as they can while the server is killed with SIGKILL at random
// moments, six times over, and started again each time. Every position a
// typist saw appear in the room is in the store afterwards, the event log
// replays, and everyone comes back to their own seat. Not parallel: its
// waits are bounds for a server that has the machine to itself.
func TestKillNineLosesNothingAcknowledged(t *testing.T) {
	dir := t.TempDir()
	db, hostKey := filepath.Join(dir, "trio.db"), filepath.Join(dir, "host_ed25519")
	people := []someone{newSomeone(t, "Ana"), newSomeone(t, "Ben"), newSomeone(t, "Cleo"), newSomeone(t, "Dev")}
	code := prepareRooms(t, db, people)[0]
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 0))

	var acked acknowledged
	for cycle := range 6 {
		trio, addr := serve(t, db, hostKey)
		screens := seat(t, addr, code, people)
		var typing sync.WaitGroup
		for i, s := range screens {
			typing.Go(func() { stateUntilGone(t, s, people[i].name, fmt.Sprintf("c%dp%d", cycle, i), &acked) })
		}
		// Kill after a few more acknowledgements, at a moment of its own
		// within the next typing, while the others' positions are in flight.
		target := acked.count() + 1 + rng.IntN(6)
		waitUntil(t, "more positions acknowledged", func() bool { return acked.count() >= target })
		time.Sleep(time.Duration(rng.IntN(30)) * time.Millisecond)
		trio.kill()
		typing.Wait()
		for _, s := range screens {
			s.close()
		}
	}
	all := acked.texts()
	t.Logf("%d positions acknowledged across 6 kills", len(all))

	// Started once more, everyone is back at their seat, in the room as it
	// was: the newest acknowledged position is on every screen.
	trio, addr := serve(t, db, hostKey)
	for _, s := range seat(t, addr, code, people) {
		s.waitFor(t, all[len(all)-1].who+": "+all[len(all)-1].text)
		s.close()
	}
	trio.cmd.Process.Signal(syscall.SIGTERM)
	if !trio.wait(10 * time.Second) {
		t.Fatal("trio did not stop within 10 s of SIGTERM")
	}

	storedOnce(t, db, code, len(people), all)
}

// storedOnce replays the store and checks the room holds everyone seated
// and every acknowledged position exactly once.
func storedOnce(t *testing.T, db, code string, seated int, all []position) {
	t.Helper()
	hub := replayStore(t, db)
	if room, _ := hub.Room(code); len(room.People) != seated {
		t.Errorf("%d people in the room, want the %d who were seated", len(room.People), seated)
	}
	stored := positions(t, hub, code)
	for _, a := range all {
		if stored[a.text] != 1 {
			t.Errorf("%s's acknowledged position %q is stored %d times, want once", a.who, a.text, stored[a.text])
		}
	}
}

// seat connects everyone to the room and waits until each is in it, at
// their own seat: straight into the discussion, without the join screen.
func seat(t *testing.T, addr, code string, people []someone) []*screen {
	t.Helper()
	var screens []*screen
	for _, p := range people {
		s, err := connect(addr, p, "join "+code)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(s.close)
		screens = append(screens, s)
	}
	for _, s := range screens {
		s.waitFor(t, "Phase 3 of 12")
	}
	return screens
}

// stateUntilGone states position after position, each once the last one
// showed in the room on the typist's own screen, until the server goes.
func stateUntilGone(t *testing.T, s *screen, name, prefix string, acked *acknowledged) {
	if s.typeKeys("\r") != nil { // enter: write
		return
	}
	for n := 0; ; n++ {
		text := fmt.Sprintf("%sn%03d", prefix, n)
		if s.typeKeys("\x1b[200~"+text+"\x1b[201~\r") != nil { // pasted, then enter
			return
		}
		if s.shows(name+": "+text, 10*time.Second) {
			acked.add(name, text)
			continue
		}
		select {
		case <-s.gone:
		default:
			t.Errorf("%s's position %q never showed, and the server is still there:\n%s", name, text, s.text())
		}
		return
	}
}

// acknowledged is every position a typist saw in the room, in order.
type acknowledged struct {
	mu  sync.Mutex
	all []position
}

type position struct{ who, text string }

func (a *acknowledged) add(who, text string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.all = append(a.all, position{who, text})
}

func (a *acknowledged) count() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.all)
}

// countBy counts one person's acknowledged positions.
func (a *acknowledged) countBy(who string) int {
	a.mu.Lock()
	defer a.mu.Unlock()
	n := 0
	for _, p := range a.all {
		if p.who == who {
			n++
		}
	}
	return n
}

func (a *acknowledged) texts() []position {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]position(nil), a.all...)
}

func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("waited in vain: %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
