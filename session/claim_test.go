package session

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestAStoreHasOneWriterAtATime: a second program claiming a store is
// turned away with a sentence that names the first; commands that only
// read still open it; once the first lets go, the store can be claimed.
func TestAStoreHasOneWriterAtATime(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "trio.db")
	first, err := ClaimStore(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = ClaimStore(ctx, path)
	want := fmt.Sprintf("%s is in use by another trio (process %d). Stop that one first, or use --db to choose another file.", path, os.Getpid())
	if !errors.Is(err, ErrInUse) || err.Error() != want {
		t.Errorf("a second claim: %v", err)
	}
	reader, err := OpenStore(ctx, path)
	if err != nil {
		t.Fatalf("a reader of a claimed store: %v", err)
	}
	reader.Close()
	first.Close()
	again, err := ClaimStore(ctx, path)
	if err != nil {
		t.Fatalf("a claim after the first let go: %v", err)
	}
	again.Close()
}

// TestAStoreLockedByAnotherProgram: a program holding SQLite's own lock on
// the file (a sqlite3 shell in a transaction) makes opening fail, after
// the busy timeout, with a sentence rather than SQLITE_BUSY. The timeout
// is short here; the program waits 5 s.
func TestAStoreLockedByAnotherProgram(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "trio.db")
	s, err := OpenStore(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	other, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	other.SetMaxOpenConns(1)
	for _, stmt := range []string{"PRAGMA locking_mode = EXCLUSIVE", "BEGIN EXCLUSIVE"} {
		if _, err := other.Exec(stmt); err != nil {
			t.Fatal(err)
		}
	}
	_, err = OpenStore(ctx, path, WithBusyTimeout(50*time.Millisecond))
	if !errors.Is(err, ErrInUse) || !strings.HasPrefix(err.Error(), path+" is locked by another program. Close that program") {
		t.Errorf("a store locked by another program: %v", err)
	}
}
