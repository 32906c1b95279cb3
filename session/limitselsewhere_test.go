package session

import (
	"context"
	"strings"
	"testing"
	"time"

	"trio/internal/pgserver"
)

// The pace of opening rooms holds across servers sharing a store: a
// person who opened their one room a minute through one server is told to
// wait on the other, and a room code that led nowhere on one server is
// counted by the other's limit on guessing.
func TestPacesHoldAcrossServers(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dsn := pgserver.Database(t)
	missed := make(chan [2]string, 1)
	paced := WithLimits(Limits{RoomsPerMinute: 1, RoomBurst: 1})
	a, b := serverOn(t, dsn, paced), serverOn(t, dsn, paced)
	b.OnCodeMissedElsewhere(func(addr, key string) { missed <- [2]string{addr, key} })
	open := OpenRoom{Question: "Should we rebuild onboarding?", Script: testScript(),
		People: []Person{{ID: maya, Name: "Maya"}}, By: Opener{Person: maya, Address: "203.0.113.0/24"}}
	if _, err := a.Open(ctx, open); err != nil {
		t.Fatal(err)
	}
	soon(t, "the other server counts the room opened", func() bool {
		b.opens.mu.Lock()
		defer b.opens.mu.Unlock()
		return b.opens.people.wait(string(maya), time.Now()) > 0
	})
	_, err := b.Open(ctx, open)
	if err == nil || !strings.Contains(err.Error(), "You have opened several rooms just now") {
		t.Fatalf("a second room a minute, through the other server: %v, want it refused", err)
	}

	a.CodeMissed("203.0.113.0/24", "SHA256:mallory")
	select {
	case got := <-missed:
		if got != [2]string{"203.0.113.0/24", "SHA256:mallory"} {
			t.Errorf("the other server heard %q", got)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the other server never heard of the code that led nowhere")
	}
}
