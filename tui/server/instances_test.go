package server

import (
	"context"
	"testing"

	"trio/content"
	"trio/internal/pgserver"
	"trio/session"
)

// pgServer is trio serve on a PostgreSQL database several servers share.
func pgServer(t *testing.T, dsn string) *testServer {
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
	return startServer(t, func(cfg *Config) { cfg.Hub = hub })
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
