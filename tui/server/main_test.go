package server

import (
	"os"
	"testing"

	"trio/internal/pgserver"
)

// TestMain stops the PostgreSQL server the tests of several servers
// started, if any.
func TestMain(m *testing.M) {
	code := m.Run()
	pgserver.Stop()
	os.Exit(code)
}
