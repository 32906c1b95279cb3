package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestAnEmptyFileIsNotAStore: a file of 0 bytes is something someone made,
// or a store that lost what it held; trio neither shows it as a store
// without rooms nor writes over it, and says what to do.
func TestAnEmptyFileIsNotAStore(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "trio.db")
	if err := os.WriteFile(db, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	empty := db + " is empty (0 bytes), so it holds no rooms. If it held yours, restore it from a backup; to start a new store there, delete it first, or use --db to choose another file."
	for _, cmd := range append(everyStart(t, db), trioCommand(t, "list", "--db", db)) {
		refused(t, cmd, empty)
	}
	if info, err := os.Stat(db); err != nil || info.Size() != 0 {
		t.Errorf("the empty file was changed: %v, %d bytes", err, info.Size())
	}
}

// TestListAndExportMakeNothing: the commands that only read make no file
// and no folder; a store that is not there has no rooms yet.
func TestListAndExportMakeNothing(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "not", "yet", "trio.db")
	out, errOut, code := trio(t, "list", "--db", db)
	if code != exitOK || out != "No rooms yet. Play a sample session with: trio demo\n" || errOut != "" {
		t.Errorf("list of a store that is not there: exit %d, %q %q", code, out, errOut)
	}
	_, errOut, code = trio(t, "export", "ABCD-EFGH", "--db", db)
	if code != exitError || errOut != "trio: There is no room with the code ABCD-EFGH. Check the code and try again.\n" {
		t.Errorf("export from a store that is not there: exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "not")); !os.IsNotExist(err) {
		t.Errorf("reading made the store's folder: %v", err)
	}
}

// TestListAndExportReadAStoreInAReadOnlyFolder: reading needs no writing,
// not even beside the store: a store copied to a folder trio may not
// write still lists and exports, and nothing is added to the folder.
func TestListAndExportReadAStoreInAReadOnlyFolder(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "trio.db")
	code := prepareRooms(t, db, []someone{newSomeone(t, "Ana")})[0]
	as := notRoot(t, dir)
	os.Chmod(db, 0o444)
	os.Chmod(dir, 0o555)
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	before := names(t, dir)

	list, err := as(trioCommand(t, "list", "--db", db)).Output()
	if err != nil || !bytes.Contains(list, []byte(code[:4])) {
		t.Errorf("list in a read-only folder: %v\n%s", err, list)
	}
	export, err := as(trioCommand(t, "export", code, "--db", db)).Output()
	if err != nil || !bytes.Contains(export, []byte("Should we rebuild onboarding?")) {
		t.Errorf("export in a read-only folder: %v\n%s", err, export)
	}
	if after := names(t, dir); !slices.Equal(after, before) {
		t.Errorf("the folder held %v, and after reading %v", before, after)
	}
}

func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}
