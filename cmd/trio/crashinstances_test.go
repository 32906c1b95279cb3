package main

import (
	"fmt"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"trio/internal/pgserver"
)

// TestKillNineOfOneServerLosesNothingAcknowledged: two trio servers on one
// PostgreSQL database, four people in one room, two through each, stating
// positions as fast as they can. One server is killed with SIGKILL while
// all four type: its two people reconnect through the other server, at
// their own seats, and find the room as it was; every position a typist
// saw appear in the room is stored exactly once. Not parallel: its waits
// are bounds for servers that have the machine to themselves.
func TestKillNineOfOneServerLosesNothingAcknowledged(t *testing.T) {
	dsn := pgserver.Database(t)
	hostKey := filepath.Join(t.TempDir(), "host_ed25519")
	people := []someone{newSomeone(t, "Ana"), newSomeone(t, "Ben"), newSomeone(t, "Cleo"), newSomeone(t, "Dev")}
	code := prepareRooms(t, dsn, people)[0]
	// One host key for both, as behind one address: the second reads the
	// key the first wrote.
	doomed, doomedAddr := serve(t, dsn, hostKey)
	staying, stayingAddr := serve(t, dsn, hostKey)

	var acked acknowledged
	onDoomed := seat(t, doomedAddr, code, people[:2])
	onStaying := seat(t, stayingAddr, code, people[2:])
	var typing sync.WaitGroup
	for i, s := range append(onDoomed, onStaying...) {
		typing.Go(func() { stateUntilGone(t, s, people[i].name, fmt.Sprintf("p%d", i), &acked) })
	}
	waitUntil(t, "positions acknowledged through both servers", func() bool {
		return acked.countBy("Ana") >= 3 && acked.countBy("Cleo") >= 3
	})
	doomed.kill()
	// The others type on while Ana and Ben come back through the server
	// that stayed.
	waitUntil(t, "more positions acknowledged after the kill", func() bool { return acked.countBy("Cleo") >= 6 })
	back := seat(t, stayingAddr, code, people[:2])
	for _, s := range onStaying {
		s.close()
	}
	typing.Wait()

	all := acked.texts()
	t.Logf("%d positions acknowledged", len(all))
	// Back at their seats, Ana and Ben read the room's newest position.
	for _, s := range back {
		s.waitFor(t, all[len(all)-1].who+": "+all[len(all)-1].text)
		s.close()
	}
	staying.cmd.Process.Signal(syscall.SIGTERM)
	if !staying.wait(10 * time.Second) {
		t.Fatal("trio did not stop within 10 s of SIGTERM")
	}

	storedOnce(t, dsn, code, len(people), all)
}
