package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"time"

	"trio/content"
	"trio/session"
)

// storeFigures is the store on its own: durable events appended a second
// through the hub, and the time to open the store and replay them all.
type storeFigures struct {
	Store           string  `json:"store"`
	Events          int     `json:"events"`
	Rooms           int     `json:"rooms"` // appending at once, each its own events in order
	AppendedPerSec  float64 `json:"durable_events_per_second"`
	ReplaySeconds   float64 `json:"replay_seconds"`
	ReplayedRooms   int     `json:"replayed_rooms"`
	AppendMicrosAvg float64 `json:"append_micros_avg"` // wall time per event appended, all rooms together
}

// storeOpener opens the same store again and again: once to append, once
// to replay.
type storeOpener func(context.Context) (session.Store, error)

// measureSQLiteStore measures a fresh, synced SQLite file.
func measureSQLiteStore(ctx context.Context, rooms, perRoom int) (storeFigures, error) {
	dir, err := os.MkdirTemp("", "trio-load-store-")
	if err != nil {
		return storeFigures{}, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "trio.db")
	f, err := measureStore(ctx, func(ctx context.Context) (session.Store, error) { return session.OpenStore(ctx, path) }, rooms, perRoom)
	f.Store = "sqlite"
	return f, err
}

// measurePostgresStore measures the PostgreSQL database at dsn.
func measurePostgresStore(ctx context.Context, dsn string, rooms, perRoom int) (storeFigures, error) {
	f, err := measureStore(ctx, func(ctx context.Context) (session.Store, error) { return session.OpenPostgres(ctx, dsn) }, rooms, perRoom)
	f.Store = "postgres"
	return f, err
}

// measureStore opens rooms rooms through a hub and appends perRoom events
// to each, every room at once and each room's events one after the other,
// as a busy server appends: a room decides one command at a time, and
// many rooms wait on the store together. Each event is durable before its
// room's next. Then it opens the store again and replays every room.
func measureStore(ctx context.Context, open storeOpener, rooms, perRoom int) (storeFigures, error) {
	f := storeFigures{Rooms: rooms}
	store, err := open(ctx)
	if err != nil {
		return f, err
	}
	hub, err := session.NewHub(ctx, store)
	if err != nil {
		store.Close()
		return f, err
	}
	closeAll := func() {
		hub.Close()
		store.Close()
	}
	var codes []string
	for range rooms {
		res, err := hub.Open(ctx, session.OpenRoom{Question: "Should we rebuild onboarding?", Script: content.Default(),
			People: []session.Person{{ID: "maya", Name: "Maya", Role: "Product"}}})
		if err != nil {
			closeAll()
			return f, err
		}
		codes = append(codes, res.Room.Code)
	}
	start := time.Now()
	var wg sync.WaitGroup
	errs := make([]error, len(codes))
	for r, code := range codes {
		wg.Go(func() {
			for i := 1; i < perRoom && errs[r] == nil; i++ {
				_, errs[r] = hub.Do(ctx, code, "maya", session.MarkReady{Ready: i%2 == 1})
			}
		})
	}
	wg.Wait()
	took := time.Since(start)
	closeAll()
	if err := errors.Join(errs...); err != nil {
		return f, err
	}
	f.Events = rooms * perRoom
	appended := rooms * (perRoom - 1)
	f.AppendedPerSec = float64(appended) / took.Seconds()
	f.AppendMicrosAvg = float64(took.Microseconds()) / float64(appended)

	start = time.Now()
	store, err = open(ctx)
	if err != nil {
		return f, err
	}
	defer store.Close()
	hub, err = session.NewHub(ctx, store)
	if err != nil {
		return f, err
	}
	defer hub.Close()
	f.ReplaySeconds = time.Since(start).Seconds()
	f.ReplayedRooms = len(hub.Rooms())
	return f, nil
}
