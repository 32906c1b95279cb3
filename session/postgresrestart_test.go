package session

import (
	"context"
	"errors"
	"testing"

	"trio/internal/pgserver"
)

// The database restarted under two running servers: while it is down a
// command is refused in a sentence and nothing changes; once it is back
// the next command is taken at once, and the other server, whose
// listening connection was lost too, catches up with it.
func TestServersCarryOnAfterTheDatabaseRestarts(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := pgserver.Private(t)
	dsn, err := pg.NewDatabase()
	if err != nil {
		t.Fatal(err)
	}
	feed := make(chan error, 10)
	a, b := serverOn(t, dsn), serverOn(t, dsn, WithFeedReports(func(err error) { feed <- err }))
	res, err := a.Open(ctx, OpenRoom{Question: "Should we rebuild onboarding?", Script: testScript(), People: []Person{{ID: maya, Name: "Maya"}}})
	if err != nil {
		t.Fatal(err)
	}
	code := res.Room.Code
	soon(t, "the room is on the other server", func() bool {
		_, err := b.Room(code)
		return err == nil
	})

	if err := pg.Down(); err != nil {
		t.Fatal(err)
	}
	_, err = a.Do(ctx, code, "person-down", Join{Name: "Dev"})
	var failure *SaveFailure
	if !errors.As(err, &failure) {
		t.Fatalf("a join while the database is down: %v, want it refused as not saved", err)
	}
	if room, _ := a.Room(code); len(room.People) != 1 {
		t.Errorf("%d people after a join that was not saved, want 1", len(room.People))
	}
	if err := <-feed; err == nil {
		t.Error("the feed's loss was reported as its return")
	}

	if err := pg.Up(); err != nil {
		t.Fatal(err)
	}
	// b asked nothing while the database was down: its pool's connections
	// are the dead ones.
	if _, err := b.Do(ctx, code, "person-b", Join{Name: "Ana"}); err != nil {
		t.Fatalf("the first join on the other server once the database is back: %v", err)
	}
	if _, err := a.Do(ctx, code, "person-back", Join{Name: "Sam"}); err != nil {
		t.Fatalf("the first join once the database is back: %v", err)
	}
	soon(t, "each server hears the other after the restart", func() bool {
		ra, _ := a.Room(code)
		rb, _ := b.Room(code)
		return len(ra.People) == 3 && len(rb.People) == 3
	})
	if err := <-feed; err != nil {
		t.Errorf("after the restart the feed reported %v, want it back", err)
	}
	select {
	case err := <-feed:
		t.Errorf("the feed reported %v again; a loss is said once and its return once", err)
	default:
	}
}
