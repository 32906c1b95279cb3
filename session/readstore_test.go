package session

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"
)

// TestReadingAStoreChangesNothing: ReadStore, for list and export, reads
// what is there and leaves the disk as it found it: no file, folder or
// journal made, no byte of the store changed, no change taken.
func TestReadingAStoreChangesNothing(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f, path := fileFixture(t)
	f.store.Close()
	dir := filepath.Dir(path)
	files, data := names(t, dir), bytesOf(t, path)

	s, err := ReadStore(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	hub, err := NewHub(ctx, s)
	if err != nil || len(hub.Rooms()) != 1 {
		t.Fatalf("the store read %d rooms (%v), want 1", len(hub.Rooms()), err)
	}
	if err := s.Append(ctx, Event{Room: f.code, Seq: 1000, Actor: maya, Body: &Joined{}}); err == nil {
		t.Error("a store opened to read took an event")
	}
	hub.Close()
	s.Close()
	if got := names(t, dir); !slices.Equal(got, files) || !bytes.Equal(bytesOf(t, path), data) {
		t.Errorf("reading changed the folder (%v, then %v) or the store", files, got)
	}

	// A store that is not there has no rooms, and is not made.
	missing := filepath.Join(dir, "not", "yet", "trio.db")
	if s, err := ReadStore(ctx, missing); err != nil || len(rooms(t, s)) != 0 {
		t.Errorf("a store that is not there: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "not")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("reading made a folder: %v", err)
	}

	// A SQLite file with nothing in it yet, as a trio stopped before its
	// first change leaves it, has no rooms, and stays as it is.
	blank := filepath.Join(dir, "blank.db")
	db, err := sql.Open("sqlite", "file:"+blank+"?_pragma=journal_mode(WAL)")
	if err == nil {
		err = db.Ping()
		db.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
	before := bytesOf(t, blank)
	if s, err := ReadStore(ctx, blank); err != nil || len(rooms(t, s)) != 0 || !bytes.Equal(bytesOf(t, blank), before) {
		t.Errorf("a SQLite file with nothing in it: %v", err)
	}
}

// TestAStoreIsARegularFileWithSomethingInIt: a device, a named pipe or an
// empty file is refused by every way of opening a store, at once.
func TestAStoreIsARegularFileWithSomethingInIt(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := t.TempDir()
	pipe := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o600)
	opens := map[string]func(context.Context, string, ...StoreOption) (*SQLiteStore, error){"OpenStore": OpenStore, "ClaimStore": ClaimStore, "ReadStore": ReadStore}
	for name, open := range opens {
		for path, want := range map[string]string{
			"/dev/zero": "/dev/zero is not a regular file, and trio keeps its store in one. Give --db the path of a file, like /dev/trio.db.",
			pipe:        pipe + " is not a regular file, and trio keeps its store in one. Give --db the path of a file, like " + filepath.Join(dir, "trio.db") + ".",
			empty:       empty + " is empty (0 bytes), so it holds no rooms. If it held yours, restore it from a backup; to start a new store there, delete it first, or use --db to choose another file.",
		} {
			done := make(chan error, 1)
			go func() {
				s, err := open(ctx, path)
				if err == nil {
					s.Close()
				}
				done <- err
			}()
			select {
			case err := <-done:
				if !errors.Is(err, ErrNotTrio) || err.Error() != want {
					t.Errorf("%s(%s): %v, want %q", name, path, err, want)
				}
			case <-time.After(20 * time.Second):
				t.Fatalf("%s(%s) is still waiting after 20 s", name, path)
			}
		}
	}
	if info, err := os.Stat(empty); err != nil || info.Size() != 0 {
		t.Errorf("the empty file was written: %v", err)
	}
}

func rooms(t *testing.T, s *SQLiteStore) []Room {
	t.Helper()
	defer s.Close()
	hub, err := NewHub(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	defer hub.Close()
	return hub.Rooms()
}

func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func bytesOf(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestANewStoreIsItsOwnersAlone: the file trio makes for a new store, and
// the journal beside it, are readable by their owner only; a new store
// that fails to open leaves no empty file behind to be refused next time.
func TestANewStoreIsItsOwnersAlone(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "trio.db")
	stopped, stop := context.WithCancel(context.Background())
	stop()
	if _, err := ClaimStore(stopped, path); err == nil {
		t.Fatal("a store opened with a context already done")
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a store that failed to open left its file: %v", err)
	}

	s, err := ClaimStore(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, file := range []string{path, path + "-wal"} {
		info, err := os.Stat(file)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode().Perm() != 0o600 {
			t.Errorf("%s is %v, want -rw-------", file, info.Mode())
		}
	}
}
