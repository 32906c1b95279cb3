package main

import (
	"bytes"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A store trio cannot use stops it at start (the server, the app, the demo,
// an export) with status 1 and a sentence naming the file and saying what
// to do.

func TestStartRefusesAFileThatIsNotTrios(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	notes := filepath.Join(dir, "notes.db")
	os.WriteFile(notes, []byte("shopping list: milk, eggs\n"), 0o600)
	other := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", other)
	if err == nil {
		_, err = db.Exec("CREATE TABLE recipes (name TEXT)")
		db.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, cmd := range everyStart(t, notes) {
		refused(t, cmd, notes+" is not a trio database (it is not a SQLite file at all). Use --db to choose another file, or move this one away.")
	}
	for _, cmd := range everyStart(t, other) {
		refused(t, cmd, other+" is a SQLite database of another program, not trio's. Use --db to choose another file.")
	}
}

func TestStartRefusesADamagedStore(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "trio.db")
	var rooms [][]someone
	for r := range 20 {
		rooms = append(rooms, []someone{newSomeone(t, fmt.Sprintf("Ana%d", r))})
	}
	prepareRooms(t, db, rooms...)
	// Scribble over everything after the first page, as a failing disk
	// or a half-finished copy would.
	data, err := os.ReadFile(db)
	if err != nil || len(data) < 3*4096 {
		t.Fatalf("a store of %d bytes: %v", len(data), err)
	}
	copy(data[4096:], bytes.Repeat([]byte{0xA5}, len(data)-4096))
	os.WriteFile(db, data, 0o600)
	for _, cmd := range everyStart(t, db) {
		refused(t, cmd, db+" is damaged (", "). Restore it from a backup, or use --db to start another file.")
	}
}

func TestStartRefusesAStoreInUse(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "trio.db")
	code := prepareRooms(t, db, []someone{newSomeone(t, "Ana")})[0]
	first, _ := serve(t, db, filepath.Join(dir, "host_ed25519"))
	in := fmt.Sprintf("%s is in use by another trio (process %d). Stop that one first, or use --db to choose another file.", db, first.cmd.Process.Pid)
	for _, cmd := range claimers(t, db) {
		refused(t, cmd, in)
	}
	// Reading is no claim: export still works while the server runs.
	if out, err := trioCommand(t, "export", code, "--db", db).Output(); err != nil || !bytes.Contains(out, []byte("Should we rebuild onboarding?")) {
		t.Errorf("export of a store in use: %v\n%s", err, out)
	}
}

func TestStartRefusesAReadOnlyStore(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "trio.db")
	code := prepareRooms(t, db, []someone{newSomeone(t, "Ana")})[0]
	os.Chmod(db, 0o444)
	as := notRoot(t, dir)
	if os.Geteuid() == 0 {
		os.Chown(dir, 65534, 65534) // the folder is nobody's: only the file is read-only
	}
	for _, cmd := range claimers(t, db) {
		refused(t, as(cmd), db+" cannot be written (permission denied), and trio writes every contribution to it. Make it writable, or use --db to choose another file.")
	}
	// Reading needs no writing: a read-only copy still exports.
	if out, err := as(trioCommand(t, "export", code, "--db", db)).Output(); err != nil || !bytes.Contains(out, []byte("Should we rebuild onboarding?")) {
		t.Errorf("export of a read-only store: %v\n%s", err, out)
	}
}

func TestStartRefusesAFolderItCannotCreate(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	blocker := filepath.Join(dir, "notes")
	os.WriteFile(blocker, []byte("a file where a folder would go\n"), 0o600)
	db := filepath.Join(blocker, "trio", "trio.db")
	for _, cmd := range claimers(t, db) {
		refused(t, cmd, "cannot create the folder "+filepath.Dir(db)+" for the store "+db+" (not a directory). Create it yourself, or use --db to choose another place.")
	}
	// An export makes no folder: it only says it cannot read there.
	refused(t, trioCommand(t, "export", "ABCD-EFGH", "--db", db),
		"cannot open "+db+" (not a directory). Check the path and its permissions, or use --db to choose another file.")
	for _, cmd := range everyStart(t, dir) {
		refused(t, cmd, dir+" is a folder, not a file. Give --db the path of a file, like "+filepath.Join(dir, "trio.db")+".")
	}
}

// notRoot gives what runs a command as someone to whom permissions apply:
// as themselves, or as nobody when the tests run as root, who may write
// any file. It opens dir (and the folders above it) to them, or skips the
// test when it cannot.
func notRoot(t *testing.T, dir string) func(*exec.Cmd) *exec.Cmd {
	t.Helper()
	if os.Geteuid() != 0 {
		return func(cmd *exec.Cmd) *exec.Cmd { return cmd }
	}
	os.Chmod(filepath.Dir(dir), 0o755)
	os.Chmod(dir, 0o755)
	for up := filepath.Dir(dir); ; up = filepath.Dir(up) {
		if info, err := os.Stat(up); err != nil || info.Mode().Perm()&0o001 == 0 {
			t.Skipf("run as root, and %s is closed to other users, so trio cannot run as nobody to meet a file it may not write", up)
		}
		if up == filepath.Dir(up) {
			break
		}
	}
	return func(cmd *exec.Cmd) *exec.Cmd {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		return cmd
	}
}

// claimers are the ways of starting trio that write to the store: the
// server, the app and the demo.
func claimers(t *testing.T, db string) []*exec.Cmd {
	t.Helper()
	hostKey := filepath.Join(t.TempDir(), "host_ed25519")
	return []*exec.Cmd{
		trioCommand(t, "serve", "--addr", "127.0.0.1:0", "--db", db, "--host-key", hostKey),
		trioCommand(t, "--db", db),
		trioCommand(t, "demo", "--db", db),
	}
}

// everyStart is every way of starting trio on a store: the claimers, and
// an export, which only reads.
func everyStart(t *testing.T, db string) []*exec.Cmd {
	t.Helper()
	return append(claimers(t, db), trioCommand(t, "export", "ABCD-EFGH", "--db", db))
}

// refused runs trio and checks that it ended at once with status 1 having
// said one line on standard error: "trio: " and the sentence, whose parts
// hold what cannot be known beforehand between them. No stack trace, and
// nothing on standard output.
func refused(t *testing.T, cmd *exec.Cmd, sentence ...string) {
	t.Helper()
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ended := make(chan error, 1)
	go func() { ended <- cmd.Wait() }()
	var err error
	select {
	case err = <-ended:
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("%v started on a bad store", cmd.Args[1:])
	}
	what := strings.Join(cmd.Args[1:], " ")
	if code := cmd.ProcessState.ExitCode(); code != 1 {
		t.Errorf("trio %s: exit status %d (%v), want 1", what, code, err)
	}
	said := errOut.String()
	lines := strings.Split(strings.TrimSuffix(said, "\n"), "\n")
	if len(lines) != 1 || !strings.HasPrefix(said, "trio: ") || strings.Contains(said, "goroutine ") {
		t.Errorf("trio %s said more or less than one line:\n%s", what, said)
	}
	// The sentence's parts in order, from the start of the line to its end.
	rest, whole := lines[0], true
	for i, part := range sentence {
		if i == 0 {
			part = "trio: " + part
		}
		at := strings.Index(rest, part)
		whole = whole && at >= 0 && (i > 0 || at == 0)
		if at >= 0 {
			rest = rest[at+len(part):]
		}
	}
	if !whole || rest != "" {
		t.Errorf("trio %s said\n\t%s\nwant\n\ttrio: %s", what, lines[0], strings.Join(sentence, "…"))
	}
	if out.Len() > 0 {
		t.Errorf("trio %s printed on standard output: %q", what, out.String())
	}
}
