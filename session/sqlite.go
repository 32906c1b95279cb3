package session

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Memory is the path that keeps a store in memory only, for tests.
const Memory = ":memory:"

// The store's errors, for the command line to tell apart.
var (
	ErrNotTrio  = errors.New("not a trio database")
	ErrDamaged  = errors.New("damaged database")
	ErrNewer    = errors.New("database written by a newer trio")
	ErrConflict = errors.New("room changed elsewhere")
)

// applicationID marks a SQLite file as trio's ("trio" in ASCII).
const applicationID = 0x7472696f

// migrations bring a store from one schema version to the next; the store's
// version is the number of migrations applied. Append, never edit.
var migrations = []string{
	`CREATE TABLE events (
		room  TEXT    NOT NULL,
		seq   INTEGER NOT NULL,
		at    INTEGER NOT NULL, -- Unix nanoseconds, UTC
		actor TEXT    NOT NULL,
		type  TEXT    NOT NULL,
		body  TEXT    NOT NULL, -- JSON
		PRIMARY KEY (room, seq)
	) WITHOUT ROWID;
	CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
		BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
	CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
		BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;`,
}

// SQLiteStore is the event log in an embedded SQLite file, in WAL mode with
// synchronous=FULL: an event is on disk when Append returns.
type SQLiteStore struct {
	db   *sql.DB
	path string
}

// OpenStore opens (or creates) the store at path, or an in-memory store for
// Memory. A file that is not trio's, or is damaged, gives a clear error.
func OpenStore(ctx context.Context, path string) (*SQLiteStore, error) {
	dsn := "file::memory:"
	if path != Memory {
		if strings.ContainsAny(path, "?#") {
			return nil, fmt.Errorf("%s: a database path cannot contain ? or #: choose another path", path)
		}
		if err := prepareFile(path); err != nil {
			return nil, err
		}
		dsn = "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=busy_timeout(5000)"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	// One connection: appends are serialized by the hub anyway, and an
	// in-memory database lives only as long as its connection.
	db.SetMaxOpenConns(1)
	s := &SQLiteStore{db: db, path: path}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, s.explain(err)
	}
	return s, nil
}

// prepareFile creates the folder and checks that an existing file is SQLite
// at all, before SQLite itself gets to it.
func prepareFile(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("%s: cannot create its folder: %w", path, err)
	}
	f, err := os.OpenFile(path, os.O_RDONLY|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("%s: cannot open it: %w", path, err)
	}
	defer f.Close()
	header := make([]byte, 16)
	n, err := io.ReadFull(f, header)
	switch {
	case n == 0:
		return nil // new and empty: SQLite makes it a database
	case err != nil || !bytes.Equal(header, []byte("SQLite format 3\x00")):
		return fmt.Errorf("%s is not a trio database (it is not a SQLite file at all). Use --db to choose another file, or move this one away: %w", path, ErrNotTrio)
	}
	return nil
}

func (s *SQLiteStore) migrate(ctx context.Context) error {
	var app, version, tables int
	if err := s.db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&app); err != nil {
		return err
	}
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&tables); err != nil {
		return err
	}
	switch {
	case app == 0 && version == 0 && tables == 0:
		// A new database.
	case app != applicationID:
		return fmt.Errorf("%s is a SQLite database of another program, not trio's. Use --db to choose another file: %w", s.path, ErrNotTrio)
	case version > len(migrations):
		return fmt.Errorf("%s was written by a newer trio (schema %d; this trio knows %d). Update trio to open it: %w", s.path, version, len(migrations), ErrNewer)
	}
	for v := version; v < len(migrations); v++ {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, migrations[v])
		if err == nil {
			_, err = tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d", applicationID, v+1))
		}
		if err != nil {
			tx.Rollback()
			return fmt.Errorf("upgrade the database to schema %d: %w", v+1, err)
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}

// explain turns SQLite's words for a damaged file into a sentence.
func (s *SQLiteStore) explain(err error) error {
	var e *sqlite.Error
	if errors.As(err, &e) {
		switch e.Code() & 0xff {
		case sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT:
			return fmt.Errorf("%s is damaged (%v). Restore it from a backup, or use --db to start another file: %w", s.path, e, ErrDamaged)
		}
	}
	return err
}

// Append writes one event and returns once it is on disk.
func (s *SQLiteStore) Append(ctx context.Context, e Event) error {
	typ, body, err := EncodeBody(e.Body)
	if err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx,
		"INSERT INTO events (room, seq, at, actor, type, body) VALUES (?, ?, ?, ?, ?, ?)",
		e.Room, e.Seq, e.At.UnixNano(), string(e.Actor), typ, string(body))
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_CONSTRAINT {
		return fmt.Errorf("event %d of room %s is stored already: %w", e.Seq, e.Room, ErrConflict)
	}
	if err != nil {
		return s.explain(err)
	}
	return nil
}

// Events reads every event, room by room, each room's in order.
func (s *SQLiteStore) Events(ctx context.Context, fn func(Event) error) error {
	rows, err := s.db.QueryContext(ctx, "SELECT room, seq, at, actor, type, body FROM events ORDER BY room, seq")
	if err != nil {
		return s.explain(err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			e     Event
			at    int64
			actor string
			typ   string
			body  []byte
		)
		if err := rows.Scan(&e.Room, &e.Seq, &at, &actor, &typ, &body); err != nil {
			return s.explain(err)
		}
		e.At = time.Unix(0, at).UTC()
		e.Actor = ParticipantID(actor)
		if e.Body, err = DecodeBody(typ, body); err != nil {
			return fmt.Errorf("event %d of room %s: %w", e.Seq, e.Room, err)
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return s.explain(rows.Err())
}

// SetMaxSize caps the store at about limit bytes, as a full disk would: an
// append that needs more room fails with SQLite's "database or disk is
// full" and changes nothing. A cap below the store's size holds it where it
// is; 0 lifts the cap. It lasts as long as the store's connection.
func (s *SQLiteStore) SetMaxSize(ctx context.Context, limit int64) error {
	pages := int64(4294967294) // SQLite's own ceiling
	if limit > 0 {
		var size int64
		if err := s.db.QueryRowContext(ctx, "PRAGMA page_size").Scan(&size); err != nil {
			return err
		}
		pages = max(1, limit/size)
	}
	_, err := s.db.ExecContext(ctx, fmt.Sprintf("PRAGMA max_page_count = %d", pages))
	return err
}

// Close closes the database.
func (s *SQLiteStore) Close() error { return s.db.Close() }
