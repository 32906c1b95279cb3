package main

import (
	"context"
	"io"
	"net"
	"path/filepath"
	"time"

	"charm.land/log/v2"

	"trio/content"
	"trio/session"
	"trio/tui/server"
)

// trioBackend is trio serve as production runs it, on a real file store
// or a PostgreSQL database others may share (each contribution is on disk
// before anyone sees it), with every limit meant for strangers lifted:
// the load comes from one address, on purpose.
type trioBackend struct {
	store session.Store
	hub   *session.Hub
	srv   *server.Server
	dir   string
	// appends times each event stored (a file store's; nil otherwise).
	appends *appendTimes
	// joinCommand reaches this server; coach is the workshop scenario's
	// coach at the dashboard, while there is one.
	joinCommand string
	coach       *coachProgram
}

// startTrio serves a fresh file store in dir, or the PostgreSQL database
// at dsn when there is one, as trio serve --db does.
func startTrio(ctx context.Context, ln net.Listener, dir, dsn string) (*trioBackend, error) {
	var store session.Store
	var appends *appendTimes
	var err error
	if dsn != "" {
		store, err = session.OpenPostgres(ctx, dsn)
	} else {
		store, err = session.OpenStore(ctx, filepath.Join(dir, "trio.db"))
		if err == nil {
			// Timed through a wrapper, which hides nothing a file store
			// has: a database's change feed would be hidden, so a
			// database is not timed.
			appends = &appendTimes{}
			store = timedStore{Store: store, times: appends}
		}
	}
	if err != nil {
		return nil, err
	}
	hub, err := session.NewHub(ctx, store)
	if err != nil {
		store.Close()
		return nil, err
	}
	_, hostKey, err := newHostKey()
	if err != nil {
		store.Close()
		return nil, err
	}
	join := server.JoinCommand(ln.Addr())
	srv, err := server.New(server.Config{
		Hub:         hub,
		HostKeyPEM:  hostKey,
		ConnectRate: 1e6,
		CodeGuesses: 1e6,
		JoinCommand: join,
		Logger:      log.New(io.Discard),
	})
	if err != nil {
		store.Close()
		return nil, err
	}
	go srv.Serve(ln)
	return &trioBackend{store: store, hub: hub, srv: srv, dir: dir, appends: appends, joinCommand: join}, nil
}

func (b *trioBackend) open(ctx context.Context, ids []string) (string, error) {
	return openTrioRoom(ctx, b.hub, ids)
}

func (b *trioBackend) close() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	b.stopCoach()
	b.srv.Shutdown(ctx)
	b.hub.Close()
	b.store.Close()
}

// openTrioRoom opens a room whose members are the given participant ids,
// the first facilitating. A room opens in its check-in, where a word typed
// and sent shows at once on every member's screen, beside its author's
// name: the contribution the load types, again and again (a new word
// takes the place of the last).
func openTrioRoom(ctx context.Context, hub *session.Hub, ids []string) (string, error) {
	people := make([]session.Person, len(ids))
	for i, id := range ids {
		people[i] = session.Person{ID: session.ParticipantID(id), Name: memberName(i)}
	}
	res, err := hub.Open(ctx, session.OpenRoom{
		Question: "How fast does a word reach the room?",
		Script:   content.Default(),
		People:   people,
	})
	if err != nil {
		return "", err
	}
	// Everyone has read and accepted the agreements, as people do before
	// they give their word: in a room of twelve the agreements then fold
	// away and every word shows.
	for _, p := range people {
		if _, err := hub.Do(ctx, res.Room.Code, p.ID, session.AcceptAgreements{}); err != nil {
			return "", err
		}
	}
	return res.Room.Code, nil
}
