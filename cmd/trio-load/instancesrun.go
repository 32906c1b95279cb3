package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"
)

// instancesRun is the rooms scenario twice in one run: one trio on a
// SQLite file, as today, then several trios sharing one PostgreSQL
// database; and each store's durable events a second.
type instancesRun struct {
	Started    time.Time      `json:"started"`
	Machine    machine        `json:"machine"`
	Params     params         `json:"params"`
	PostgreSQL postgresInfo   `json:"postgresql"`
	SQLite     figures        `json:"sqlite"`
	Postgres   figures        `json:"postgres"`
	Stores     []storeFigures `json:"stores"` // SQLite's, then PostgreSQL's
	Took       time.Duration  `json:"took_ns"`
}

// storeRun is how many rooms append at once, and how many events each,
// when the stores are measured beside the rooms.
func storeRun(o options) (rooms, perRoom int) {
	if o.smoke {
		return 10, 20
	}
	return 100, 200
}

// runInstances measures each store in turn, never two at once: on a
// small machine they would take each other's CPU.
func runInstances(ctx context.Context, o options, stdout, log io.Writer) error {
	log = &lockedWriter{w: log}
	began := time.Now()
	r := newReport(o)
	run := instancesRun{Started: r.Started, Machine: r.Machine, Params: r.Params}
	pg, err := startPostgres(o.pg)
	if err != nil {
		return err
	}
	defer pg.stop()
	dsn, err := pg.database()
	if err != nil {
		return err
	}
	if run.PostgreSQL, err = pg.inspect(ctx, dsn); err != nil {
		return err
	}
	fmt.Fprintf(log, "PostgreSQL %s, fsync %s, synchronous_commit %s\n", run.PostgreSQL.Version, run.PostgreSQL.Fsync, run.PostgreSQL.SynchronousCommit)
	m := &markers{n: o.textLen}
	interrupted := errors.New("interrupted")

	sqlite, err := childTarget(ctx, "serve-trio", log)
	if err != nil {
		return err
	}
	sqlite.name = "trio-sqlite"
	run.SQLite = measure(ctx, o, sqlite, m, log)
	sqlite.close()
	if ctx.Err() != nil {
		return interrupted
	}

	shared, err := instancesTarget(ctx, dsn, o.instances, log)
	if err != nil {
		return err
	}
	run.Postgres = measure(ctx, o, shared, m, log)
	shared.close()
	if ctx.Err() != nil {
		return interrupted
	}

	rooms, perRoom := storeRun(o)
	fmt.Fprintf(log, "the stores: %d rooms appending at once, %d events each\n", rooms, perRoom)
	lite, err := measureSQLiteStore(ctx, rooms, perRoom)
	if err != nil {
		return fmt.Errorf("measuring SQLite's appends: %w", err)
	}
	if dsn, err = pg.database(); err != nil {
		return err
	}
	pgStore, err := measurePostgresStore(ctx, dsn, rooms, perRoom)
	if err != nil {
		return fmt.Errorf("measuring PostgreSQL's appends: %w", err)
	}
	run.Stores = []storeFigures{lite, pgStore}
	run.Machine.LoadAvgEnd = loadAvg()
	run.Took = time.Since(began)
	run.writeTable(stdout)
	return writeJSONTo(o.jsonOut, stdout, run)
}
