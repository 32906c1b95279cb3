package main

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTheAddressIsQuotedInItsError: an address is typed by a person and
// may hold escape sequences; it is checked before trio listens, and shown
// quoted, so the terminal that reads the error never obeys them.
func TestTheAddressIsQuotedInItsError(t *testing.T) {
	t.Parallel()
	for _, addr := range []string{"\x1b[31mred", "\x1b]0;pwned\x07host:2222", "\x1b[2J:2222", "host:\x1b[2J", "localhost", ""} {
		out, errOut, code := serveStopped(t, "--addr", addr)
		first, _, _ := strings.Cut(errOut, "\n")
		want := "trio serve: --addr is HOST:PORT, like :2222 or 127.0.0.1:2222, not " + shown(addr)
		if code != exitUsage || out != "" || first != want {
			t.Errorf("--addr %q: exit %d, said %q; want exit 2 and %q", addr, code, first, want)
		}
		if strings.ContainsAny(errOut, "\x1b\x07") {
			t.Errorf("--addr %q: the error holds the escape sequence itself: %q", addr, errOut)
		}
	}

	// An address trio cannot listen on says why in the system's words.
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	_, errOut, code := trio(t, "serve", "--addr", taken.Addr().String(), "--db", filepath.Join(t.TempDir(), "trio.db"), "--host-key", filepath.Join(t.TempDir(), "host_ed25519"))
	if want := "trio: cannot listen on " + taken.Addr().String() + " (address already in use). Check --addr, or choose another.\n"; code != exitError || errOut != want {
		t.Errorf("a port in use: exit %d, said %q; want exit 1 and %q", code, errOut, want)
	}
}

// TestErrorsShowControlCharactersEscaped: whatever an error quotes (a
// path, a name), its control characters reach the terminal as \x1b, not
// as sequences it obeys.
func TestErrorsShowControlCharactersEscaped(t *testing.T) {
	t.Parallel()
	folder := filepath.Join(t.TempDir(), "\x1b[2Jstore")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := trio(t, "export", "ABCD-EFGH", "--db", folder)
	if code != exitError || strings.Contains(errOut, "\x1b") || !strings.Contains(errOut, `\x1b[2Jstore is a folder`) {
		t.Errorf("exit %d: %q", code, errOut)
	}
}
