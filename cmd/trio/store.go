package main

import (
	"context"
	"os"
	"path/filepath"

	"trio/session"
)

// defaultDBPath is $XDG_DATA_HOME/trio/trio.db, or ~/.local/share/trio/trio.db.
func defaultDBPath() string {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "trio.db"
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "trio", "trio.db")
}

// dbFlag adds --db to a command. TRIO_DB, when set, is its default: a
// service names its database once, in its environment.
func dbFlag(f flags) *string {
	db := defaultDBPath()
	if env := os.Getenv("TRIO_DB"); env != "" {
		db = env
	}
	value := f.String("db", db, "the store: a SQLite `PATH`, or a PostgreSQL database as postgres://USER@HOST/DATABASE")
	// The usage shows the default, which must not show TRIO_DB's password.
	f.Lookup("db").DefValue = session.ShownStore(db)
	return value
}

// openHub opens the store and replays its rooms, for a command that reads
// them and is done.
func openHub(ctx context.Context, path string, opts ...session.HubOption) (*session.Hub, func(), error) {
	return replay(ctx, session.ReadStore, path, opts...)
}

// claimHub opens the store as its only writer and replays its rooms, for a
// command that changes them: the app, the server, the demo.
func claimHub(ctx context.Context, path string, opts ...session.HubOption) (*session.Hub, func(), error) {
	return replay(ctx, session.ClaimStore, path, opts...)
}

func replay(ctx context.Context, open func(context.Context, string, ...session.StoreOption) (*session.SQLiteStore, error), path string, opts ...session.HubOption) (*session.Hub, func(), error) {
	store, err := openStore(ctx, path, open)
	if err != nil {
		return nil, nil, err
	}
	hub, err := session.NewHub(ctx, store, opts...)
	if err != nil {
		store.Close()
		return nil, nil, err
	}
	// The hub writes the unsent text it still holds before the store goes.
	return hub, func() { hub.Close(); store.Close() }, nil
}
