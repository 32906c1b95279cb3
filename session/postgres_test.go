package session

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"trio/internal/pgserver"
)

// exec runs one statement on a test database, outside any store.
func execSQL(t *testing.T, dsn, sql string) {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(context.Background(), sql); err != nil {
		t.Fatal(err)
	}
}

// A database of another program is refused, and so is one a newer trio
// wrote, each with a sentence that says what to do.
func TestAPostgresDatabaseNotTriosIsRefused(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	other := pgserver.Database(t)
	execSQL(t, other, "CREATE TABLE invoices (id INTEGER)")
	if _, err := OpenPostgres(ctx, other); !errors.Is(err, ErrNotTrio) || !strings.Contains(err.Error(), "a database of its own") {
		t.Errorf("another program's database: %v", err)
	}
	newer := pgserver.Database(t)
	s, err := OpenPostgres(ctx, newer)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	execSQL(t, newer, "UPDATE trio_schema SET version = 99")
	if _, err := OpenPostgres(ctx, newer); !errors.Is(err, ErrNewer) || !strings.Contains(err.Error(), "Update trio") {
		t.Errorf("a newer trio's database: %v", err)
	}
	want := "cannot reach the database nowhere on /nonexistent (connect: no such file or directory). Check that PostgreSQL runs there and that --db (or TRIO_DB) names it."
	if _, err := OpenPostgres(ctx, "postgres://trio@/nowhere?host=/nonexistent&sslmode=disable&connect_timeout=2"); err == nil || err.Error() != want {
		t.Errorf("an unreachable server: %v\nwant one sentence: %s", err, want)
	}
}

// A hub on PostgreSQL keeps its rooms as one on SQLite does: a room
// opened and changed is the same room after a restart.
func TestAHubOnPostgresKeepsItsRoomsOverARestart(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dsn := pgserver.Database(t)
	open := func() *Hub {
		store, err := OpenPostgres(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { store.Close() })
		hub, err := NewHub(ctx, store)
		if err != nil {
			t.Fatal(err)
		}
		return hub
	}
	hub := open()
	res, err := hub.Open(ctx, OpenRoom{Question: "Should we rebuild onboarding?", Script: testScript(), People: []Person{{ID: maya, Name: "Maya"}, {ID: sam, Name: "Sam"}}})
	if err != nil {
		t.Fatal(err)
	}
	code := res.Room.Code
	if _, err := hub.Do(ctx, code, sam, MarkReady{Ready: true}); err != nil {
		t.Fatal(err)
	}
	before, _ := hub.Room(code)
	hub.Close()
	after, err := open().Room(code)
	if err != nil {
		t.Fatal(err)
	}
	if after.Seq != before.Seq || after.Question != before.Question || !after.People[1].Ready {
		t.Errorf("after a restart the room is at %d (was %d), %+v", after.Seq, before.Seq, after.People)
	}
}
