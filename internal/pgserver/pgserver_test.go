package pgserver

import (
	"context"
	"errors"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// TestDurableKeepsFsyncOn: a server asked to be durable syncs every commit
// to disk, as PostgreSQL's defaults do, while the tests' server does not.
func TestDurableKeepsFsyncOn(t *testing.T) {
	t.Parallel()
	durable, err := Start(Durable())
	if errors.Is(err, ErrMissing) {
		t.Skip(Skip)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer durable.Stop()
	dsn, err := durable.NewDatabase()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"fsync": "on", "synchronous_commit": "on"} {
		if got := setting(t, dsn, name); got != want {
			t.Errorf("the durable server has %s=%s, want %s", name, got, want)
		}
	}
	if got := setting(t, Database(t), "fsync"); got != "off" {
		t.Errorf("the tests' server has fsync=%s, want off", got)
	}
}

func setting(t *testing.T, dsn, name string) string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var v string
	if err := conn.QueryRow(ctx, "SELECT current_setting($1)", name).Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

// TestMain stops the shared server after the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	Stop()
	os.Exit(code)
}
