package main

import (
	"context"
	"path/filepath"
	"testing"

	"trio/session"
)

// TestStoppingWritesTheLastUnsentText: text typed just before trio stops
// cleanly, within the interval the hub waits before writing, is in the
// store afterwards.
func TestStoppingWritesTheLastUnsentText(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "trio.db")
	ana := newSomeone(t, "Ana")
	code := prepareRooms(t, db, []someone{ana})[0]
	hub, closeStore, err := claimHub(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	room, _ := hub.Room(code)
	key := session.UnsentKey{Phase: room.CurrentPhase().ID, Field: session.FieldPosition}
	hub.KeepUnsent(code, ana.id(), key, "Half a position")
	closeStore()
	if got := replayStore(t, db).UnsentText(code, ana.id(), key); got != "Half a position" {
		t.Fatalf("after a clean stop the store keeps %q", got)
	}
}
