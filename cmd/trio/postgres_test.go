package main

import (
	"strings"
	"testing"

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
