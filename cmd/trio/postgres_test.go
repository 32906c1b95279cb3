package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"trio/internal/pgserver"
)

// --db takes a PostgreSQL database as it takes a file, and TRIO_DB names
// it for every command: a demo played into it lists and exports from it.
func TestThePostgresStoreFromTheCommandLine(t *testing.T) {
	t.Parallel()
	dsn := pgserver.Database(t)
	demo := trioCommand(t, "demo", "--db", dsn)
	out, err := demo.CombinedOutput()
	if err != nil {
		t.Fatalf("trio demo --db postgres: %v\n%s", err, out)
	}
	code := ""
	if _, after, ok := strings.Cut(string(out), "trio export "); ok {
		code = strings.Fields(after)[0]
	}
	list := trioCommand(t, "list")
	list.Env = append(list.Environ(), "TRIO_DB="+dsn)
	if out, err := list.CombinedOutput(); err != nil || !strings.Contains(string(out), code) {
		t.Fatalf("trio list with TRIO_DB: %v\n%s", err, out)
	}
	export := trioCommand(t, "export", code, "--db", dsn)
	if out, err := export.CombinedOutput(); err != nil || !strings.Contains(string(out), "Team point of view") {
		t.Fatalf("trio export --db postgres: %v\n%s", err, out)
	}
}

// trio store copy moves a store from SQLite to PostgreSQL whole, and
// refuses to copy into one that holds rooms.
func TestAStoreIsCopiedIntoPostgres(t *testing.T) {
	t.Parallel()
	file := t.TempDir() + "/trio.db"
	if out, err := trioCommand(t, "demo", "--db", file).CombinedOutput(); err != nil {
		t.Fatalf("trio demo: %v\n%s", err, out)
	}
	dsn := pgserver.Database(t)
	out, err := trioCommand(t, "store", "copy", "--from", file, "--to", dsn).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "1 room") || !strings.Contains(string(out), "both replay the same") {
		t.Fatalf("trio store copy: %v\n%s", err, out)
	}
	list, err := trioCommand(t, "list", "--db", dsn).CombinedOutput()
	if err != nil || !strings.Contains(string(list), "12/12 Close") {
		t.Fatalf("trio list on the copy: %v\n%s", err, list)
	}
	again, err := trioCommand(t, "store", "copy", "--from", file, "--to", dsn).CombinedOutput()
	if err == nil || !strings.Contains(string(again), "holds") {
		t.Errorf("copying into a store that holds rooms: %v\n%s", err, again)
	}
}

// A password in TRIO_DB is never printed: not in a command's usage, where
// --db shows its default, nor in an error, nor where trio serve says which
// store it serves.
func TestTheDatabasePasswordIsNeverShown(t *testing.T) {
	t.Parallel()
	const secret = "s3cret-Passw0rd"
	// The test server trusts its one user: any password will do.
	withPassword := strings.Replace(pgserver.Database(t), "trio@", "trio:"+secret+"@", 1)
	trio, _ := serve(t, withPassword, filepath.Join(t.TempDir(), "host_ed25519"))
	store := ""
	for store == "" {
		select {
		case line := <-trio.lines:
			if strings.HasPrefix(line, "Store ") {
				store = line
			}
		case <-time.After(10 * time.Second):
			t.Fatal("trio serve never said which store it serves")
		}
	}
	if want := "Store " + strings.Replace(withPassword, secret, "****", 1); store != want {
		t.Errorf("trio serve said %q, want %q", store, want)
	}
	for _, args := range [][]string{{"serve", "--help"}, {"list", "--nonsense"}, {"list"}} {
		cmd := trioCommand(t, args...)
		cmd.Env = append(cmd.Environ(), "TRIO_DB=postgres://trio:"+secret+"@/nowhere?host=/nonexistent&connect_timeout=2")
		out, _ := cmd.CombinedOutput()
		if strings.Contains(string(out), secret) {
			t.Errorf("trio %s printed the password:\n%s", strings.Join(args, " "), out)
		}
		if !strings.Contains(string(out), "nowhere") {
			t.Errorf("trio %s never named the database:\n%s", strings.Join(args, " "), out)
		}
	}
}
