package session

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// ReadStore opens the store at path for a command that only reads it and
// is done (list, export). It changes nothing on disk: a store that is not
// there is read as one without rooms, and nothing is made in its place; an
// older store is read at its own schema; and a store in a folder trio may
// not write is read all the same.
func ReadStore(ctx context.Context, path string, opts ...StoreOption) (*SQLiteStore, error) {
	o := newStoreOptions(opts)
	if path == Memory {
		return OpenStore(ctx, path, opts...)
	}
	if strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("%s: a database path cannot contain ? or #: choose another path", path)
	}
	exists, err := checkFile(path)
	if err != nil {
		return nil, err
	}
	if !exists {
		return OpenStore(ctx, Memory)
	}
	// Opened as a writer would be (so SQLite tidies its files away when it
	// closes) but never creating the file, and taking no change.
	s, err := readFile(ctx, path, "mode=rw&_pragma=query_only(1)", o)
	if isReadOnly(err) {
		// SQLite reads a store in WAL mode beside a shared-memory file it
		// makes, which a folder trio may not write refuses. Without a
		// journal beside the store nobody is writing it (a writer keeps
		// one) and the file holds every change: it is read as it is.
		if hasJournal(path) {
			return nil, problem(ErrReadOnly, "%s has changes in its journal that trio can read only by writing beside it, and the folder %s cannot be written. Make the folder writable, or copy the store with its -wal file to a folder you may write and use --db.", path, filepath.Dir(path))
		}
		s, err = readFile(ctx, path, "immutable=1", o)
	}
	switch {
	case errors.Is(err, errNothingStored):
		return OpenStore(ctx, Memory)
	case err != nil:
		return nil, (&SQLiteStore{path: path}).explain(err)
	}
	return s, nil
}

// readFile opens a store file only to read it, with SQLite's mode, and
// reads its schema.
func readFile(ctx context.Context, path, mode string, o storeOptions) (*SQLiteStore, error) {
	db, err := sql.Open("sqlite", "file:"+path+"?"+mode+"&"+o.busyPragma())
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	s := &SQLiteStore{db: db, path: path, release: func() {}, reading: true}
	if err := s.migrate(ctx, false); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// errNothingStored is a SQLite file with nothing in it yet, read as a store
// without rooms.
var errNothingStored = errors.New("nothing stored yet")

// isReadOnly reports whether SQLite could not open a file for want of
// writing.
func isReadOnly(err error) bool {
	var e *sqlite.Error
	if !errors.As(err, &e) {
		return false
	}
	code := e.Code() & 0xff
	return code == sqlite3.SQLITE_READONLY || code == sqlite3.SQLITE_CANTOPEN
}

// hasJournal reports whether the store's write-ahead log holds anything.
func hasJournal(path string) bool {
	info, err := os.Stat(path + "-wal")
	return err == nil && info.Size() > 0
}
