package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/jackc/pgx/v5"

	"trio/internal/pgserver"
)

// postgres is the PostgreSQL the servers share: a database given with
// --pg, or a throwaway server trio-load starts and removes after.
type postgres struct {
	given  string
	server *pgserver.Server
}

// errNoPostgres is said when there is neither PostgreSQL on the machine
// nor a database given.
var errNoPostgres = errors.New("--instances 2 needs PostgreSQL: install it (Debian: apt-get install postgresql), or give --pg postgres://USER@HOST/DATABASE, an empty database")

// startPostgres starts a throwaway server with PostgreSQL's durable
// defaults, unless a database is given.
func startPostgres(given string) (*postgres, error) {
	if given != "" {
		return &postgres{given: given}, nil
	}
	s, err := pgserver.Start(pgserver.Durable())
	if errors.Is(err, pgserver.ErrMissing) {
		return nil, errNoPostgres
	}
	if err != nil {
		return nil, fmt.Errorf("cannot start a PostgreSQL server: %w", err)
	}
	return &postgres{server: s}, nil
}

// database is an empty database: a new one on the throwaway server, or
// the one given (each use after the first finds the rooms of the last).
func (p *postgres) database() (string, error) {
	if p.server == nil {
		return p.given, nil
	}
	return p.server.NewDatabase()
}

func (p *postgres) stop() {
	if p.server != nil {
		p.server.Stop()
	}
}

// postgresInfo is what the figures depend on: the server's version and
// whether each commit waits for the disk.
type postgresInfo struct {
	Version           string `json:"version"`
	Fsync             string `json:"fsync"`
	SynchronousCommit string `json:"synchronous_commit"`
	Throwaway         bool   `json:"throwaway"`
}

// durable reports whether a commit is on disk when it returns.
func (i postgresInfo) durable() bool {
	return i.Fsync == "on" && i.SynchronousCommit != "off" && i.SynchronousCommit != "local"
}

// inspect reads the server's settings, and refuses a given database that
// holds events already: its rooms would be replayed by every server and
// measured beside the run's own.
func (p *postgres) inspect(ctx context.Context, dsn string) (postgresInfo, error) {
	info := postgresInfo{Throwaway: p.server != nil}
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return info, fmt.Errorf("cannot reach the PostgreSQL database of --pg: %w", err)
	}
	defer conn.Close(ctx)
	err = conn.QueryRow(ctx, "SELECT current_setting('server_version'), current_setting('fsync'), current_setting('synchronous_commit')").
		Scan(&info.Version, &info.Fsync, &info.SynchronousCommit)
	if err != nil {
		return info, fmt.Errorf("cannot read the PostgreSQL server's settings: %w", err)
	}
	info.Version, _, _ = strings.Cut(info.Version, " ") // "15.18 (Debian 15.18-0+deb12u1)"
	var logged bool
	if err := conn.QueryRow(ctx, "SELECT to_regclass('events') IS NOT NULL").Scan(&logged); err != nil || !logged {
		return info, err
	}
	var events int64
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM events").Scan(&events); err != nil {
		return info, fmt.Errorf("cannot read the PostgreSQL database of --pg: %w", err)
	}
	if events > 0 {
		return info, fmt.Errorf("the database of --pg holds %d events already: give trio-load an empty database (dropdb and createdb it)", events)
	}
	return info, nil
}

// measureThrowawayPostgres measures a throwaway durable PostgreSQL's
// appends as the targets run measures SQLite's, with fewer events: it is
// the slower store. A machine without PostgreSQL has no such figure.
func measureThrowawayPostgres(ctx context.Context, log io.Writer) (*storeFigures, error) {
	pg, err := startPostgres("")
	if errors.Is(err, errNoPostgres) {
		fmt.Fprintln(log, "targets: no PostgreSQL on this machine, so no figure for it (apt-get install postgresql)")
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer pg.stop()
	dsn, err := pg.database()
	if err != nil {
		return nil, err
	}
	fmt.Fprintln(log, "targets: the store on PostgreSQL, 20,000 events in 100 rooms")
	f, err := measurePostgresStore(ctx, dsn, 100, 200)
	return &f, err
}
