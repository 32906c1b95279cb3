package session

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"trio/internal/pgserver"
)

// exec runs one statement on a test database, outside any store.
func execSQL(t *testing.T, dsn, sql string) {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(context.Background(), sql); err != nil {
		t.Fatal(err)
	}
}

// A database of another program is refused, and so is one a newer trio
// wrote, each with a sentence that says what to do.
func TestAPostgresDatabaseNotTriosIsRefused(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	other := pgserver.Database(t)
	execSQL(t, other, "CREATE TABLE invoices (id INTEGER)")
	if _, err := OpenPostgres(ctx, other); !errors.Is(err, ErrNotTrio) || !strings.Contains(err.Error(), "a database of its own") {
		t.Errorf("another program's database: %v", err)
	}
	newer := pgserver.Database(t)
	s, err := OpenPostgres(ctx, newer)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	execSQL(t, newer, "UPDATE trio_schema SET version = 99")
	if _, err := OpenPostgres(ctx, newer); !errors.Is(err, ErrNewer) || !strings.Contains(err.Error(), "Update trio") {
		t.Errorf("a newer trio's database: %v", err)
	}
	if _, err := OpenPostgres(ctx, "postgres://trio@/nowhere?host=/nonexistent&sslmode=disable&connect_timeout=2"); err == nil || !strings.Contains(err.Error(), "cannot reach the database") {
		t.Errorf("an unreachable server: %v", err)
	}
}
