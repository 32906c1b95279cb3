package session

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"trio/content"
)

// fileFixture is a fixture whose store is a file on disk.
func fileFixture(t *testing.T, opts ...HubOption) (*fixture, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "trio.db")
	store, err := OpenStore(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	f := newFixture(t)
	// Move the fixture's room onto the file store by replaying it there.
	err = f.store.Events(f.ctx, func(e Event) error { return store.Append(f.ctx, e) })
	if err != nil {
		t.Fatal(err)
	}
	hub, err := NewHub(f.ctx, store, append([]HubOption{WithClock(f.clock.Now)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	f.store, f.hub = store, hub
	for _, id := range []ParticipantID{coach, maya, sam, lee} {
		leave, _ := hub.Enter(f.code, id)
		t.Cleanup(leave)
	}
	return f, path
}

// restart opens the store at path again and replays it, as trio does when
// it starts.
func restart(t *testing.T, path string) *Hub {
	t.Helper()
	store, err := OpenStore(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	hub, err := NewHub(context.Background(), store)
	if err != nil {
		t.Fatal(err)
	}
	return hub
}

func TestEverythingSurvivesARestart(t *testing.T) {
	t.Parallel()
	f, path := fileFixture(t)
	f.writeCards()
	f.do(coach, NextPhase{})
	f.do(sam, NoteHeard{Text: "I heard it"})
	live := f.room()
	// No Close: a crash leaves the file as it is.
	again, err := restart(t, path).Room(f.code)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(live, again) {
		t.Fatal("the room after a restart differs from the room before it")
	}
}

func TestTheStoreIsDurableAndAppendOnly(t *testing.T) {
	t.Parallel()
	f, _ := fileFixture(t)
	var mode string
	var sync int
	f.store.db.QueryRow("PRAGMA journal_mode").Scan(&mode)
	f.store.db.QueryRow("PRAGMA synchronous").Scan(&sync)
	if mode != "wal" || sync != 2 {
		t.Errorf("journal_mode %q and synchronous %d, want wal and 2 (FULL)", mode, sync)
	}
	if _, err := f.store.db.Exec("UPDATE events SET body = '{}'"); err == nil || !strings.Contains(err.Error(), "append-only") {
		t.Errorf("an update went through: %v", err)
	}
	if _, err := f.store.db.Exec("DELETE FROM events"); err == nil || !strings.Contains(err.Error(), "append-only") {
		t.Errorf("a delete went through: %v", err)
	}
	r := f.room()
	dup := Event{Room: r.Code, Seq: r.Seq, At: r.UpdatedAt, Actor: maya, Body: &ReadyMarked{Ready: true}}
	if err := f.store.Append(f.ctx, dup); !errors.Is(err, ErrConflict) {
		t.Errorf("a second event with the same number: %v", err)
	}
}

func TestABadFileGivesAClearError(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}

	// A file that is not SQLite at all.
	notes := write("notes.db", []byte("shopping list: milk, eggs\n"))
	if _, err := OpenStore(ctx, notes); !errors.Is(err, ErrNotTrio) || !strings.Contains(err.Error(), "is not a trio database") {
		t.Errorf("a text file: %v", err)
	}

	// Another program's SQLite database.
	other := filepath.Join(dir, "other.db")
	s, err := OpenStore(ctx, Memory)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, _ := OpenStore(ctx, other)
	db.db.Exec("PRAGMA application_id = 42")
	db.Close()
	if _, err := OpenStore(ctx, other); !errors.Is(err, ErrNotTrio) || !strings.Contains(err.Error(), "another program") {
		t.Errorf("another program's database: %v", err)
	}

	// A newer trio's database.
	newer := filepath.Join(dir, "newer.db")
	db, _ = OpenStore(ctx, newer)
	db.db.Exec("PRAGMA user_version = 99")
	db.Close()
	if _, err := OpenStore(ctx, newer); !errors.Is(err, ErrNewer) {
		t.Errorf("a newer database: %v", err)
	}

	// A trio database cut short, as by a failed copy.
	f, path := fileFixture(t)
	f.goTo(content.KindDiscussion)
	for i := range 300 {
		f.do([]ParticipantID{maya, sam, lee}[i%3], StatePosition{Text: strings.Repeat("a long position ", 20)})
	}
	f.store.Close() // folds the write-ahead log into the file
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	cut := write("cut.db", data[:len(data)/2])
	store, err := OpenStore(ctx, cut)
	if err == nil {
		_, err = NewHub(ctx, store)
		store.Close()
	}
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), cut+" is damaged") {
		t.Errorf("a database cut in half: %v", err)
	}
}

func TestOpeningAStoreReplaysEveryRoom(t *testing.T) {
	t.Parallel()
	f, path := fileFixture(t)
	f.goTo(content.KindFrame)
	f.clock.Advance(time.Minute)
	second, err := f.hub.Open(f.ctx, OpenRoom{Question: "Another?", Script: testScript(), People: []Person{{Name: "Ana"}}})
	if err != nil {
		t.Fatal(err)
	}
	rooms := restart(t, path).Rooms()
	if len(rooms) != 2 || rooms[0].Code != second.Room.Code {
		t.Fatalf("rooms after replay: %d, newest first %v", len(rooms), rooms[0].Code)
	}
}
