package server

import (
	"bytes"
	"context"
	"testing"
	"time"

	"trio/content"
	"trio/session"
)

// TestUnsentTextComesBackOverSSH: Sam closes his terminal with a position
// half-written in the discussion round and half a card in silent writing;
// with the same key, on a new connection, every word is where he left it,
// and none of it ever reached Maya's terminal. Nobody is shown typing
// meanwhile.
func TestUnsentTextComesBackOverSSH(t *testing.T) {
	t.Parallel()
	ts := startServer(t)
	maya, sam := newPerson(t, "maya"), newPerson(t, "sam")
	code := ts.openRoom(maya)
	ctx := context.Background()
	if _, err := ts.hub.Do(ctx, code, sam.id(), session.Join{Name: "Sam", Role: "Design"}); err != nil {
		t.Fatal(err)
	}
	next := func(kind content.Kind) {
		t.Helper()
		for {
			r, _ := ts.hub.Room(code)
			if r.CurrentPhase().Kind == kind {
				return
			}
			if _, err := ts.hub.Do(ctx, code, maya.id(), session.NextPhase{}); err != nil {
				t.Fatal(err)
			}
		}
	}
	mayas := ts.open(maya, 80, 24, "join "+code)
	sams := ts.open(sam, 80, 24, "join "+code)
	next(content.KindDiscussion)
	sams.waitFor("Phase 3 of 12: Discussion round")
	sams.keys("We should rebuild the whole flow")
	sams.waitFor("│ We should rebuild the whole flow")
	next(content.KindSilentWriting)
	sams.waitFor("Your card, Sam", "while you were writing")
	// Letters wait a moment after the room moved on under his typing.
	time.Sleep(2 * time.Second)
	sams.keys("Fix the invite step first.[enter]Teams stall when they invite")
	sams.waitFor("│ Teams stall when they invite")
	sams.close()
	waitUntil(t, "Sam is away", func() bool { return !ts.hub.Present(code)[sam.id()] })

	back := ts.open(sam, 80, 24, "join "+code)
	back.waitFor("│ Fix the invite step first.", "│ Teams stall when they invite")
	if ts.hub.Presence(code).Typing[sam.id()] {
		t.Fatal("a card brought back counts as typing")
	}
	if _, err := ts.hub.Do(ctx, code, maya.id(), session.PreviousPhase{}); err != nil {
		t.Fatal(err)
	}
	back.waitFor("Phase 3 of 12: Discussion round", "│ We should rebuild the whole flow")
	for _, secret := range []string{"rebuild the whole", "Fix the invite", "Teams stall"} {
		if bytes.Contains(mayas.bytes(), []byte(secret)) {
			t.Fatalf("Sam's unsent %q reached Maya's terminal", secret)
		}
	}
}
