package session

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// IsPostgres reports whether a --db value names a PostgreSQL database
// rather than a SQLite file.
func IsPostgres(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// pgMigrations bring a PostgreSQL store from one schema version to the
// next, as migrations do a SQLite file's. Append, never edit.
var pgMigrations = []string{
	`CREATE TABLE events (
		room  TEXT   NOT NULL,
		seq   BIGINT NOT NULL,
		at    BIGINT NOT NULL, -- Unix nanoseconds, UTC
		actor TEXT   NOT NULL,
		type  TEXT   NOT NULL,
		body  TEXT   NOT NULL, -- JSON, byte for byte as SQLite keeps it
		PRIMARY KEY (room, seq)
	);
	CREATE FUNCTION trio_append_only() RETURNS trigger LANGUAGE plpgsql AS
		$$ BEGIN RAISE EXCEPTION 'events are append-only'; END $$;
	CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
		FOR EACH ROW EXECUTE FUNCTION trio_append_only();`,
	`CREATE TABLE unsent (
		room   TEXT   NOT NULL,
		person TEXT   NOT NULL,
		phase  TEXT   NOT NULL,
		field  TEXT   NOT NULL,
		about  BIGINT NOT NULL,
		text   TEXT   NOT NULL,
		PRIMARY KEY (room, person, phase, field, about)
	);`,
}

// PostgresStore is the event log, and people's unsent text beside it, in a
// PostgreSQL database: an event is durable when its transaction commits,
// which is when Append returns.
type PostgresStore struct {
	pool *pgxpool.Pool
	name string // the database, as a person would name it
}

// OpenPostgres opens the store in the PostgreSQL database at dsn, making
// its tables in an empty database. A database another program uses, or
// one a newer trio wrote, is refused with a sentence.
func OpenPostgres(ctx context.Context, dsn string) (*PostgresStore, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("--db %s is not a PostgreSQL address trio can read (%v): write it as postgres://USER@HOST/DATABASE", redact(dsn), err)
	}
	name := cfg.ConnConfig.Database + " on " + cfg.ConnConfig.Host
	if cfg.ConnConfig.Port != 5432 {
		name += fmt.Sprintf(":%d", cfg.ConnConfig.Port)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("cannot reach the database %s (%v)", name, err)
	}
	s := &PostgresStore{pool: pool, name: name}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, s.explain(err)
	}
	return s, nil
}

// ShownStore is a --db value as it may be said back to a person: a
// PostgreSQL password hidden.
func ShownStore(db string) string {
	if IsPostgres(db) {
		return redact(db)
	}
	return db
}

// redact hides a password in a connection string said back to a person.
func redact(dsn string) string {
	if cfg, err := pgx.ParseConfig(dsn); err == nil && cfg.Password != "" {
		return strings.Replace(dsn, cfg.Password, "****", 1)
	}
	return dsn
}

// migrate makes or upgrades trio's tables, holding an advisory lock so two
// servers starting at once do not both make them.
func (s *PostgresStore) migrate(ctx context.Context) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock(1953655151)"); err != nil { // "trio" in ASCII
		return err
	}
	var ours bool
	if err := tx.QueryRow(ctx, "SELECT to_regclass('trio_schema') IS NOT NULL").Scan(&ours); err != nil {
		return err
	}
	version := 0
	if ours {
		if err := tx.QueryRow(ctx, "SELECT version FROM trio_schema").Scan(&version); err != nil {
			return err
		}
	} else {
		var tables int
		if err := tx.QueryRow(ctx, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").Scan(&tables); err != nil {
			return err
		}
		if tables > 0 {
			return problem(ErrNotTrio, "the database %s holds tables of another program, not trio's. Give trio a database of its own (createdb trio), or use --db to choose another.", s.name)
		}
		if _, err := tx.Exec(ctx, "CREATE TABLE trio_schema (version INTEGER NOT NULL)"); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "INSERT INTO trio_schema VALUES (0)"); err != nil {
			return err
		}
	}
	if version > len(pgMigrations) {
		return problem(ErrNewer, "the database %s was written by a newer trio (schema %d; this one knows %d). Update trio.", s.name, version, len(pgMigrations))
	}
	for _, m := range pgMigrations[version:] {
		if _, err := tx.Exec(ctx, m); err != nil {
			return err
		}
	}
	if _, err := tx.Exec(ctx, "UPDATE trio_schema SET version = $1", len(pgMigrations)); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// rootCause is what went wrong on the network, without the driver's
// account of every address it tried: "connect: connection refused".
func rootCause(err error) error {
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return errors.New(dns.Err)
	}
	var op *net.OpError
	if errors.As(err, &op) && op.Err != nil {
		return op.Err
	}
	return err
}

// explain turns PostgreSQL's failures into sentences that say what to do.
func (s *PostgresStore) explain(err error) error {
	var pe *pgconn.PgError
	var se *storeError
	switch {
	case err == nil, errors.As(err, &se):
		return err
	case errors.As(err, &pe) && pe.Code == "28P01", errors.As(err, &pe) && pe.Code == "28000":
		return fmt.Errorf("the database %s refused trio's user (%s). Check the user and password in --db.", s.name, pe.Message)
	case errors.As(err, &pe) && pe.Code == "3D000":
		return fmt.Errorf("there is no database %s (%s). Make it (createdb), or use --db to choose another.", s.name, pe.Message)
	case errors.As(err, &pe):
		return fmt.Errorf("the database %s: %s", s.name, pe.Message)
	}
	return fmt.Errorf("cannot reach the database %s (%v). Check that PostgreSQL runs there and that --db (or TRIO_DB) names it.", s.name, rootCause(err))
}

// Append writes one event and returns once its transaction has committed.
func (s *PostgresStore) Append(ctx context.Context, e Event) error {
	typ, body, err := EncodeBody(e.Body)
	if err != nil {
		return err
	}
	// One statement, so one transaction: the notification goes out with
	// the commit, never before and never without it.
	_, err = s.pool.Exec(ctx,
		`WITH appended AS (INSERT INTO events (room, seq, at, actor, type, body) VALUES ($1, $2, $3, $4, $5, $6) RETURNING room, seq)
		SELECT pg_notify('`+feedChannel+`', room || E'\t' || seq) FROM appended`,
		e.Room, e.Seq, e.At.UnixNano(), string(e.Actor), typ, string(body))
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "23505" { // unique_violation
		return fmt.Errorf("event %d of room %s is stored already: %w", e.Seq, e.Room, ErrConflict)
	}
	return s.explain(err)
}

// Events reads every event, room by room, each room's in order.
func (s *PostgresStore) Events(ctx context.Context, fn func(Event) error) error {
	rows, err := s.pool.Query(ctx, "SELECT room, seq, at, actor, type, body FROM events ORDER BY room, seq")
	if err != nil {
		return s.explain(err)
	}
	return s.scanEvents(rows, fn)
}

// scanEvents calls fn for each event the rows hold.
func (s *PostgresStore) scanEvents(rows pgx.Rows, fn func(Event) error) error {
	defer rows.Close()
	return eventRows(rows, s.explain, fn)
}

// KeepUnsent writes a batch of unsent texts in one transaction.
func (s *PostgresStore) KeepUnsent(ctx context.Context, batch []Unsent) error {
	b := &pgx.Batch{}
	for _, u := range batch {
		if u.Text == "" {
			b.Queue("DELETE FROM unsent WHERE room = $1 AND person = $2 AND phase = $3 AND field = $4 AND about = $5",
				u.Room, string(u.Person), u.Phase, u.Field, u.About)
			continue
		}
		b.Queue(`INSERT INTO unsent (room, person, phase, field, about, text) VALUES ($1, $2, $3, $4, $5, $6)
			ON CONFLICT (room, person, phase, field, about) DO UPDATE SET text = excluded.text`,
			u.Room, string(u.Person), u.Phase, u.Field, u.About, u.Text)
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return s.explain(err)
	}
	defer tx.Rollback(ctx)
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return s.explain(err)
	}
	return s.explain(tx.Commit(ctx))
}

// Unsent calls fn for every unsent text kept.
func (s *PostgresStore) Unsent(ctx context.Context, fn func(Unsent) error) error {
	rows, err := s.pool.Query(ctx, "SELECT room, person, phase, field, about, text FROM unsent")
	if err != nil {
		return s.explain(err)
	}
	return s.scanUnsent(rows, fn)
}

// UnsentOf calls fn for every unsent text one person keeps in a room.
func (s *PostgresStore) UnsentOf(ctx context.Context, room string, person ParticipantID, fn func(Unsent) error) error {
	rows, err := s.pool.Query(ctx, "SELECT room, person, phase, field, about, text FROM unsent WHERE room = $1 AND person = $2", room, string(person))
	if err != nil {
		return s.explain(err)
	}
	return s.scanUnsent(rows, fn)
}

// scanUnsent calls fn for each unsent text the rows hold.
func (s *PostgresStore) scanUnsent(rows pgx.Rows, fn func(Unsent) error) error {
	defer rows.Close()
	return unsentRows(rows, s.explain, fn)
}

// Close closes the database's connections.
func (s *PostgresStore) Close() error {
	s.pool.Close()
	return nil
}
