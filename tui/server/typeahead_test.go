package server

import (
	"fmt"
	"strings"
	"testing"
)

// TestKeysTypedAheadOfAJoinReachTheJoinScreen: someone who runs
// "join CODE" and types at once, before any screen shows, has every key
// reach the join screen: the enter that leaves the name field included,
// never the lobby, which such a person is not shown at all.
func TestKeysTypedAheadOfAJoinReachTheJoinScreen(t *testing.T) {
	t.Parallel()
	ts := startServer(t)
	code := ts.openRoom(newPerson(t, "maya"))
	for i := range 5 { // a lost key was the common case: a few tries show it
		name := fmt.Sprint("ana", i)
		ana := newPerson(t, name)
		term := ts.open(ana, 80, 24, "join "+code)
		term.keys("[enter]Data[enter]")
		term.waitFor("Phase 1 of 12")
		room, _ := ts.hub.Room(code)
		if p, _ := room.Person(ana.id()); p.Name != name || p.Role != "Data" {
			t.Fatalf("typed ahead: joined as %q, %q; want %q, \"Data\"", p.Name, p.Role, name)
		}
		if raw := string(term.bytes()); strings.Contains(raw, "by its code") {
			t.Fatalf("the lobby was drawn for someone joining a room:\n%q", raw)
		}
		term.close()
	}
}
