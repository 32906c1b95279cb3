package main

import (
	"bytes"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestATrioSharesOneRoomOverSSH: three people, each on their own terminal,
// in one room: what one does shows on the others' screens, only the
// facilitator moves the room on, a card being written never reaches
// another terminal, and someone who drops comes back to the same seat.
func TestATrioSharesOneRoomOverSSH(t *testing.T) {
	ts := startServer(t)
	maya, sam, lee := newPerson(t, "maya"), newPerson(t, "sam"), newPerson(t, "lee")
	code := ts.openRoom(maya)
	baseline := serverGoroutines()

	mayas := ts.open(maya, 80, 24, "join "+code)
	mayas.waitFor("Phase 1 of 12: Check-in")
	sams := ts.open(sam, 80, 24, "join "+code)
	sams.waitFor("Join a room", "Your name")
	sams.keys("[enter]Design[enter]")
	sams.waitFor("Phase 1 of 12: Check-in")
	lees := ts.open(lee, 100, 30, "join "+code)
	lees.waitFor("Join a room")
	lees.keys("[enter]Engineering[enter]")
	lees.waitFor("Phase 1 of 12: Check-in")
	mayas.waitFor("sam", "lee")

	// A word from Sam shows on Maya's and Lee's screens.
	sams.keys("[enter]curious[enter]")
	mayas.waitFor("curious")
	lees.waitFor("curious")

	// Only the facilitator moves the room on; it moves for everyone.
	sams.keys("n")
	sams.waitFor("Only the facilitator can move to the next phase.")
	mayas.keys("n")
	for _, term := range []*terminal{mayas, sams, lees} {
		term.waitFor("Phase 2 of 12: Frame the question")
	}

	// Silent writing: Sam's card never reaches another terminal, not even
	// as bytes the screen would not show.
	mayas.keys("nn")
	sams.waitFor("Phase 4 of 12: Silent writing")
	sams.keys("[enter]Samsecretposition[enter][enter][enter][enter]")
	waitUntil(t, "Sam's card is stored", func() bool {
		r, _ := ts.hub.Room(code)
		_, ok := r.CardOf(sam.id())
		return ok
	})
	mayas.keys("r") // a change, so every terminal draws again
	lees.waitFor("✓")
	for name, term := range map[string]*terminal{"Maya": mayas, "Lee": lees} {
		if bytes.Contains(term.bytes(), []byte("Samsecret")) {
			t.Errorf("Sam's hidden card reached %s's terminal", name)
		}
	}

	// Lee drops: he is shown as away, not removed; with the same key he
	// comes back to his seat, without the join screen.
	lees.close()
	mayas.waitFor("away")
	again := ts.open(lee, 80, 24, "join "+code)
	again.waitFor("Phase 4 of 12: Silent writing")
	if r, _ := ts.hub.Room(code); len(r.People) != 3 {
		t.Fatalf("%d people after Lee came back, want 3", len(r.People))
	}

	// When everyone has gone, nothing of them is left behind.
	for _, term := range []*terminal{mayas, sams, again} {
		term.close()
	}
	waitUntil(t, "no subscriber left", func() bool { return ts.hub.Subscribers(code) == 0 })
	waitUntil(t, "nobody present", func() bool { return len(ts.hub.Present(code)) == 0 })
	waitUntil(t, "goroutines back to where they were", func() bool { return serverGoroutines() <= baseline })
}

// TestATerminalSizeIsClamped: a client asking for an absurd terminal gets
// one no bigger than trio draws for.
func TestATerminalSizeIsClamped(t *testing.T) {
	ts := startServer(t)
	maya := newPerson(t, "maya")
	term := ts.open(maya, 2000, 300, "")
	term.waitFor("Create a room")
	for _, line := range strings.Split(term.screen(), "\n") {
		if w := len([]rune(strings.TrimRight(line, " "))); w > maxWidth {
			t.Fatalf("a line %d cells wide reached a 2000-column terminal", w)
		}
	}
	if w, h := clampSize(65535, 65535); w != maxWidth || h != maxHeight {
		t.Errorf("clampSize(65535, 65535) = %d, %d", w, h)
	}
}

func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("waited in vain: %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func pprofDump() string {
	buf := make([]byte, 1<<20)
	return string(buf[:runtime.Stack(buf, true)])
}

// serverGoroutines counts the goroutines that are not the test's own
// terminals: each terminal keeps one passing its emulator's answers on,
// which vt v0.1.0 cannot end without a race.
func serverGoroutines() int {
	n := 0
	for _, g := range strings.Split(pprofDump(), "\n\n") {
		if !strings.Contains(g, "(*testServer).open") {
			n++
		}
	}
	return n
}
