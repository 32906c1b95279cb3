package server

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"trio/content"
	"trio/internal/pgserver"
	"trio/session"
)

// pgServer is trio serve on a PostgreSQL database several servers share.
func pgServer(t *testing.T, dsn string, configure ...func(*Config)) *testServer {
	t.Helper()
	store, err := session.OpenPostgres(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	hub, err := session.NewHub(context.Background(), store)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { hub.Close(); store.Close() })
	return startServer(t, append([]func(*Config){func(cfg *Config) { cfg.Hub = hub }}, configure...)...)
}

// Room codes resist guessing across servers: the codes one address got
// wrong through one server count on the other, so a balancer that spreads
// a guesser over both gives them no more tries than one server would.
func TestGuessesCountOnEveryServer(t *testing.T) {
	t.Parallel()
	dsn := pgserver.Database(t)
	few := func(cfg *Config) { cfg.CodeGuesses = 1 }
	one, two := pgServer(t, dsn, few), pgServer(t, dsn, few)
	guesser := newPerson(t, "mallory")
	const alphabet = "23456789ABCDEFGHJKMNPQRSTWXYZ"
	for i := range 10 { // the burst, all through one server
		out, _ := one.run(guesser, "export KMNP"+string(alphabet[i])+"2XY")
		if !strings.Contains(out, "There is no room with the code") {
			t.Fatalf("guess %d through the first server: %q", i, out)
		}
	}
	// A right code costs nothing, and is refused once the limit is hit.
	code := one.openRoom(newPerson(t, "maya"))
	waitUntil(t, "the other server refuses even a right code", func() bool {
		out, _ := two.run(guesser, "export "+code)
		return out == "trio: Too many room codes tried from here. Wait a minute, then try again.\n"
	})
}

// Two servers on one database, one room: Maya through one and Sam through
// the other see each other come in, write and move on, live.
func TestTwoServersServeOneRoomOverSSH(t *testing.T) {
	t.Parallel()
	dsn := pgserver.Database(t)
	one, two := pgServer(t, dsn), pgServer(t, dsn)
	maya, sam := newPerson(t, "maya"), newPerson(t, "sam")
	res, err := one.hub.Open(context.Background(), session.OpenRoom{
		Question: "Should we rebuild onboarding?", Script: content.Default(),
		People: []session.Person{{ID: maya.id(), Name: "Maya", Role: "Product"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	code := res.Room.Code
	mayas := one.open(maya, 80, 24, "join "+code)
	mayas.waitFor("Phase 1 of 12: Check-in")
	sams := two.open(sam, 80, 24, "join "+code)
	sams.waitFor("Join a room", "Your name")
	sams.keys("[enter]Design[enter]")
	sams.waitFor("Phase 1 of 12: Check-in", "Maya")
	// Here through the other server is here.
	mayas.waitFor("● sam")
	sams.waitFor("● Maya")

	sams.keys("[enter]restless[enter]")
	mayas.waitFor("restless")
	mayas.keys("[enter]hopeful[enter]")
	sams.waitFor("hopeful")
	sams.keys("[enter]Which market")
	mayas.waitFor("sam typing")
	sams.keys("[esc]")
	mayas.keys("[ctrl+n]")
	mayas.waitFor("Move the room on to")
	mayas.keys("[enter]")
	sams.waitFor("Phase 2 of 12: Frame the question")
}

// Two people through two servers state positions at the same moment,
// round after round: each append races the other's for the room's next
// number, and the loser reads the winner's and decides again. Both
// screens end with every position once, both servers hold the same room,
// and the store holds each position exactly once.
func TestTwoServersDecideCommandsSentAtOnceOverSSH(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dsn := pgserver.Database(t)
	one, two := pgServer(t, dsn), pgServer(t, dsn)
	maya, sam := newPerson(t, "maya"), newPerson(t, "sam")
	res, err := one.hub.Open(ctx, session.OpenRoom{
		Question: "Should we rebuild onboarding?", Script: content.Default(),
		People: []session.Person{{ID: maya.id(), Name: "Maya", Role: "Product"}, {ID: sam.id(), Name: "Sam", Role: "Design"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	code := res.Room.Code
	for res.Room.CurrentPhase().Kind != content.KindDiscussion {
		if res, err = one.hub.Do(ctx, code, maya.id(), session.NextPhase{}); err != nil {
			t.Fatal(err)
		}
	}
	mayas := one.open(maya, 100, 40, "join "+code)
	sams := two.open(sam, 100, 40, "join "+code)
	mayas.waitFor("Phase 3 of 12: Discussion round", "● Sam")
	sams.waitFor("Phase 3 of 12: Discussion round", "● Maya")
	mayas.keys("[enter]")
	sams.keys("[enter]")

	const rounds = 12
	for round := range rounds {
		mine, theirs := fmt.Sprintf("maya-%02d", round), fmt.Sprintf("sam-%02d", round)
		var both sync.WaitGroup
		both.Go(func() { mayas.keys(mine + "[enter]") })
		both.Go(func() { sams.keys(theirs + "[enter]") })
		both.Wait()
		for _, term := range []*terminal{mayas, sams} {
			term.waitFor("Maya: "+mine, "Sam: "+theirs)
		}
	}

	roomOn := func(ts *testServer) session.Room {
		r, err := ts.hub.Room(code)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	waitUntil(t, "both servers hold the same room", func() bool { return roomOn(one).Seq == roomOn(two).Seq })
	count := map[string]int{}
	for _, c := range roomOn(two).ContributionsOf(session.Position) {
		count[c.Text]++
	}
	for round := range rounds {
		for _, text := range []string{fmt.Sprintf("maya-%02d", round), fmt.Sprintf("sam-%02d", round)} {
			if count[text] != 1 {
				t.Errorf("%q is in the room %d times, want once", text, count[text])
			}
		}
	}
}
