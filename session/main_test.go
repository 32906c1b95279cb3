package session

import (
	"os"
	"testing"

	"trio/internal/pgserver"
)

// TestMain stops the PostgreSQL server the store tests started, if any.
func TestMain(m *testing.M) {
	code := m.Run()
	pgserver.Stop()
	os.Exit(code)
}
