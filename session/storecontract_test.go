package session

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"trio/internal/pgserver"
)

// storeKind opens a fresh store of one kind, and another on the same data
// (a restart).
type storeKind struct {
	name string
	open func(t *testing.T) (Store, func() Store)
}

// storeKinds are the stores every store test runs against: one suite,
// every store.
func storeKinds() []storeKind {
	return []storeKind{
		{name: "sqlite", open: func(t *testing.T) (Store, func() Store) {
			path := t.TempDir() + "/trio.db"
			reopen := func() Store {
				s, err := OpenStore(context.Background(), path)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { s.Close() })
				return s
			}
			return reopen(), reopen
		}},
		{name: "postgres", open: func(t *testing.T) (Store, func() Store) {
			dsn := pgserver.Database(t)
			reopen := func() Store {
				s, err := OpenPostgres(context.Background(), dsn)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { s.Close() })
				return s
			}
			return reopen(), reopen
		}},
	}
}

// eachStore runs a test against every store.
func eachStore(t *testing.T, test func(t *testing.T, s Store, reopen func() Store)) {
	for _, kind := range storeKinds() {
		t.Run(kind.name, func(t *testing.T) {
			t.Parallel()
			s, reopen := kind.open(t)
			test(t, s, reopen)
		})
	}
}

// Every store keeps each room's events in order, whatever order rooms
// wrote in, refuses a second event with a number it has, and holds them
// all after a restart.
func TestEveryStoreKeepsEveryEventInOrder(t *testing.T) {
	t.Parallel()
	eachStore(t, func(t *testing.T, s Store, reopen func() Store) {
		ctx := context.Background()
		at := time.Date(2026, 12, 5, 9, 0, 0, 123456789, time.UTC)
		written := []Event{
			{Room: "BBBB", Seq: 1, At: at, Actor: maya, Body: &ReadyMarked{Ready: true}},
			{Room: "AAAA", Seq: 1, At: at.Add(time.Second), Actor: sam, Body: &ReadyMarked{Ready: true}},
			{Room: "BBBB", Seq: 2, At: at.Add(2 * time.Second), Actor: maya, Body: &ReadyMarked{Ready: false}},
		}
		for _, e := range written {
			if err := s.Append(ctx, e); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.Append(ctx, written[0]); !errors.Is(err, ErrConflict) {
			t.Errorf("a second event 1 of room BBBB: %v", err)
		}
		var read []string
		if err := reopen().Events(ctx, func(e Event) error {
			typ, body, _ := EncodeBody(e.Body)
			read = append(read, e.Room+" "+string(rune('0'+e.Seq))+" "+e.At.Format(time.RFC3339Nano)+" "+string(e.Actor)+" "+typ+" "+string(body))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		want := []string{
			"AAAA 1 2026-12-05T09:00:01.123456789Z sam ready-marked {\"ready\":true}",
			"BBBB 1 2026-12-05T09:00:00.123456789Z maya ready-marked {\"ready\":true}",
			"BBBB 2 2026-12-05T09:00:02.123456789Z maya ready-marked {\"ready\":false}",
		}
		if !slices.Equal(read, want) {
			t.Errorf("the store gave back:\n%s\nwant:\n%s", strings.Join(read, "\n"), strings.Join(want, "\n"))
		}
	})
}

// Every store keeps people's unsent text, a field's latest, and forgets
// a field written empty.
func TestEveryStoreKeepsUnsentText(t *testing.T) {
	t.Parallel()
	eachStore(t, func(t *testing.T, s Store, reopen func() Store) {
		ctx := context.Background()
		key := UnsentKey{Phase: "discussion", Field: "position", About: 0}
		card := UnsentKey{Phase: "silent-writing", Field: "see", About: 3}
		if err := s.KeepUnsent(ctx, []Unsent{{Room: "AAAA", Person: maya, UnsentKey: key, Text: "first"}, {Room: "AAAA", Person: sam, UnsentKey: card, Text: "a card"}}); err != nil {
			t.Fatal(err)
		}
		if err := s.KeepUnsent(ctx, []Unsent{{Room: "AAAA", Person: maya, UnsentKey: key, Text: "second"}, {Room: "AAAA", Person: sam, UnsentKey: card}}); err != nil {
			t.Fatal(err)
		}
		var kept []Unsent
		if err := reopen().Unsent(ctx, func(u Unsent) error { kept = append(kept, u); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(kept) != 1 || kept[0] != (Unsent{Room: "AAAA", Person: maya, UnsentKey: key, Text: "second"}) {
			t.Errorf("kept %+v", kept)
		}
	})
}
