package session

import (
	"context"
	"testing"
	"time"

	"trio/internal/pgserver"
)

// next waits for the feed's next word, failing after a long while.
func next(t *testing.T, feed <-chan Change) Change {
	t.Helper()
	select {
	case c := <-feed:
		return c
	case <-time.After(30 * time.Second):
		t.Fatal("the feed said nothing")
		return Change{}
	}
}

// cutListeners ends the listening connections on one test's database,
// as a restart of PostgreSQL's side would; other tests' are left be.
const cutListeners = "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND datname = current_database() AND pid <> pg_backend_pid()"

// Two servers on one database: an event one appends wakes the other,
// which reads it by seq; when the other's listening connection is cut, it
// comes back saying every room must be read again, and goes on hearing.
func TestAnotherServersAppendWakesThisOne(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dsn := pgserver.Database(t)
	here, err := OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer here.Close()
	there, err := OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer there.Close()
	feed := here.Changes(ctx)
	if got := next(t, feed); !got.All {
		t.Fatalf("the feed began with %+v, want to say it listens", got)
	}
	at := time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC)
	appendOne := func(seq int) {
		t.Helper()
		if err := there.Append(ctx, Event{Room: "AAAA", Seq: seq, At: at, Actor: maya, Body: &ReadyMarked{Ready: seq%2 == 1}}); err != nil {
			t.Fatal(err)
		}
	}
	appendOne(1)
	if got := next(t, feed); got.Room != "AAAA" || got.Seq != 1 {
		t.Fatalf("the feed said %+v, want the room appended to and the event's number", got)
	}
	var read []int
	if err := here.EventsSince(ctx, "AAAA", 0, func(e Event) error { read = append(read, e.Seq); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(read) != 1 || read[0] != 1 {
		t.Fatalf("after waking, read %v, want [1]", read)
	}

	// Cut every listening connection, as a restart of PostgreSQL's side
	// would: the feed says it lost its connection, once, then to catch up
	// on everything, then hears again.
	if _, err := there.pool.Exec(ctx, cutListeners); err != nil {
		t.Fatal(err)
	}
	if got := next(t, feed); got.Lost == nil {
		t.Fatalf("after the cut the feed said %+v, want its loss", got)
	}
	if got := next(t, feed); !got.All {
		t.Fatalf("after the cut the feed said %+v, want a catch-up of every room", got)
	}
	appendOne(100)
	if got := next(t, feed); got.Room != "AAAA" {
		t.Fatalf("after the cut the feed said %+v", got)
	}
}
