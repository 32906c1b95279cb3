package session

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

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
	ErrInUse    = errors.New("database in use by another program")
	ErrReadOnly = errors.New("database cannot be written")
)

// storeError is a sentence for a person that still tells the program which
// kind of trouble it is, without repeating the kind's words.
type storeError struct {
	sentence string
	kind     error
}

func (e *storeError) Error() string { return e.sentence }
func (e *storeError) Unwrap() error { return e.kind }

func problem(kind error, format string, args ...any) error {
	return &storeError{sentence: fmt.Sprintf(format, args...), kind: kind}
}

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
	// 2: people's unsent text, one row a field, beside the log.
	`CREATE TABLE unsent (
		room   TEXT    NOT NULL,
		person TEXT    NOT NULL,
		phase  TEXT    NOT NULL, -- the phase's id in the room's script
		field  TEXT    NOT NULL,
		about  INTEGER NOT NULL, -- the card, question or build; 0: none
		text   TEXT    NOT NULL,
		PRIMARY KEY (room, person, phase, field, about)
	) WITHOUT ROWID;`,
}

// unsentSchema is the first schema with the unsent table.
const unsentSchema = 2

// SQLiteStore is the event log, and people's unsent text beside it, in an
// embedded SQLite file, in WAL mode with synchronous=FULL: an event is on
// disk when Append returns.
type SQLiteStore struct {
	db      *sql.DB
	path    string
	release func() // gives up the claim, for a store opened with ClaimStore
	schema  int    // the schema the file is at
	reading bool   // opened only to read (ReadStore): nothing is written
}

// OpenStore opens (or creates) the store at path, or an in-memory store for
// Memory, for a command that reads it and is done (list, export). A file
// that is not trio's, or is damaged, gives a clear error.
func OpenStore(ctx context.Context, path string, opts ...StoreOption) (*SQLiteStore, error) {
	return open(ctx, path, false, newStoreOptions(opts))
}

// ClaimStore opens the store for a program that writes to it for as long
// as it runs (the app, the server, the demo). Only one may hold a store at
// a time: a second one would not see the first one's rooms and would lose
// its own changes to theirs, so it is turned away at start. The file must
// be writable; commands that only read use ReadStore and are never turned
// away.
func ClaimStore(ctx context.Context, path string, opts ...StoreOption) (*SQLiteStore, error) {
	return open(ctx, path, true, newStoreOptions(opts))
}

func open(ctx context.Context, path string, claiming bool, o storeOptions) (*SQLiteStore, error) {
	dsn := "file::memory:"
	release, unmake := func() {}, func() {}
	if path != Memory {
		if strings.ContainsAny(path, "?#") {
			return nil, fmt.Errorf("%s: a database path cannot contain ? or #: choose another path", path)
		}
		exists, err := prepareFile(path, claiming)
		if err != nil {
			return nil, err
		}
		if claiming {
			if release, err = claim(path); err != nil {
				return nil, err
			}
		}
		if !exists {
			if unmake, err = makeFile(path); err != nil {
				release()
				return nil, err
			}
		}
		dsn = "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&" + o.busyPragma()
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		release()
		unmake()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	// One connection: appends are serialized by the hub anyway, and an
	// in-memory database lives only as long as its connection.
	db.SetMaxOpenConns(1)
	s := &SQLiteStore{db: db, path: path, release: release}
	if err := s.migrate(ctx, claiming); err != nil {
		s.Close()
		unmake()
		return nil, s.explain(err)
	}
	return s, nil
}

// makeFile makes a new store's file readable by its owner only (SQLite
// would make it, and its journals after it, readable by everyone). unmake
// takes it away again, for a store that then fails to open: an empty file
// left behind would be refused at the next start.
func makeFile(path string) (unmake func(), err error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return func() {}, nil // made just now by another program
	}
	if err != nil {
		return nil, fmt.Errorf("cannot create %s (%v). Check the folder's permissions, or use --db to choose another file.", path, cause(err))
	}
	f.Close()
	return func() {
		for _, file := range []string{path, path + "-wal", path + "-shm"} {
			os.Remove(file)
		}
	}, nil
}

// prepareFile creates the folder and checks an existing file (checkFile);
// a store to claim must also be writable.
func prepareFile(path string, write bool) (exists bool, err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return false, fmt.Errorf("cannot create the folder %s for the store %s (%v). Create it yourself, or use --db to choose another place.", dir, path, cause(err))
	}
	exists, err = checkFile(path)
	if err != nil || !exists || !write {
		return exists, err
	}
	f, err := os.OpenFile(path, os.O_RDWR|syscall.O_NONBLOCK, 0)
	switch {
	case readOnly(err):
		return true, problem(ErrReadOnly, "%s cannot be written (%v), and trio writes every contribution to it. Make it writable, or use --db to choose another file.", path, cause(err))
	case err != nil:
		return true, fmt.Errorf("cannot open %s (%v). Check the path and its permissions, or use --db to choose another file.", path, cause(err))
	}
	return true, f.Close()
}

// checkFile checks that what is at path can be a store, before SQLite
// gets to it: a regular file (never a device, which would be read without
// end, nor a named pipe, which would be waited on), not empty, and SQLite's
// at all. exists is false when nothing is there yet.
func checkFile(path string) (exists bool, err error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("cannot open %s (%v). Check the path and its permissions, or use --db to choose another file.", path, cause(err))
	case info.IsDir():
		return true, fmt.Errorf("%s is a folder, not a file. Give --db the path of a file, like %s.", path, filepath.Join(path, "trio.db"))
	case !info.Mode().IsRegular():
		return true, problem(ErrNotTrio, "%s is not a regular file, and trio keeps its store in one. Give --db the path of a file, like %s.", path, filepath.Join(filepath.Dir(path), "trio.db"))
	case info.Size() == 0:
		// Not a new store, which SQLite writes at once: a file someone
		// made, or a store that lost what it held. Neither is taken for a
		// store with no rooms, nor written over.
		return true, problem(ErrNotTrio, "%s is empty (0 bytes), so it holds no rooms. If it held yours, restore it from a backup; to start a new store there, delete it first, or use --db to choose another file.", path)
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return true, fmt.Errorf("cannot open %s (%v). Check the path and its permissions, or use --db to choose another file.", path, cause(err))
	}
	defer f.Close()
	header := make([]byte, 16)
	if _, err := io.ReadFull(f, header); err != nil || !bytes.Equal(header, []byte("SQLite format 3\x00")) {
		return true, problem(ErrNotTrio, "%s is not a trio database (it is not a SQLite file at all). Use --db to choose another file, or move this one away.", path)
	}
	return true, nil
}

// readOnly reports whether opening a file failed for want of permission,
// or because its file system is mounted read-only.
func readOnly(err error) bool {
	return errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS)
}

// cause is the operating system's words for what went wrong ("permission
// denied"), without the operation and path the sentence already says.
func cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// migrate brings the store to this trio's schema. A store opened only to
// read (OpenStore) that is older is read at its own schema and left as it
// is: its file may be read-only, or in use by the older trio that wrote it,
// which would refuse it once upgraded.
func (s *SQLiteStore) migrate(ctx context.Context, claiming bool) error {
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
		if s.reading {
			return errNothingStored
		}
	case app != applicationID:
		return problem(ErrNotTrio, "%s is a SQLite database of another program, not trio's. Use --db to choose another file.", s.path)
	case version > len(migrations):
		return problem(ErrNewer, "%s was written by a newer trio (schema %d; this trio knows %d). Update trio to open it.", s.path, version, len(migrations))
	case version > 0 && !claiming:
		s.schema = version
		return nil
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
	s.schema = len(migrations)
	return nil
}

// explain turns SQLite's words for a damaged, locked or read-only file
// into a sentence that says what to do.
func (s *SQLiteStore) explain(err error) error {
	var e *sqlite.Error
	if !errors.As(err, &e) {
		return err
	}
	switch e.Code() & 0xff {
	case sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT:
		return problem(ErrDamaged, "%s is damaged (%v). Restore it from a backup, or use --db to start another file.", s.path, e)
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return problem(ErrInUse, "%s is locked by another program. Close that program, or use --db to choose another file.", s.path)
	case sqlite3.SQLITE_READONLY:
		return problem(ErrReadOnly, "%s cannot be written (%v). Make the file and its folder writable, or use --db to choose another file.", s.path, e)
	case sqlite3.SQLITE_CANTOPEN:
		return fmt.Errorf("cannot open %s (%v). Check the path and its permissions, or use --db to choose another file.", s.path, e)
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
	rows, err := s.db.QueryContext(ctx, "SELECT room, seq, at, actor, type, body FROM events ORDER BY room, seq") //nolint:rowserrcheck // eventRows checks it
	if err != nil {
		return s.explain(err)
	}
	defer rows.Close()
	return eventRows(rows, s.explain, fn)
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

// Close closes the database and gives up the claim on it.
func (s *SQLiteStore) Close() error {
	err := s.db.Close()
	s.release()
	return err
}
