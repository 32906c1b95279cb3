package server

import (
	"bytes"
	"context"
	"sync"
	"testing"

	"charm.land/log/v2"

	"trio/session"
)

// TestEscapeSequencesNeverReachAnotherTerminal: Sam's name and texts carry
// terminal escape sequences (a window title, a clipboard write, a device
// query, an 8-bit CSI), typed, pasted and sent; none of it reaches Maya's
// terminal, checked on the raw bytes it receives.
func TestEscapeSequencesNeverReachAnotherTerminal(t *testing.T) {
	t.Parallel()
	ts := startServer(t)
	maya := newPerson(t, "maya")
	sam := newPerson(t, "sam\x1b]0;PWNED-NAME\x07")
	code := ts.openRoom(maya)
	mayas := ts.open(maya, 100, 30, "join "+code)
	mayas.waitFor("Phase 1 of 12")

	sams := ts.open(sam, 100, 30, "join "+code)
	sams.waitFor("Join a room", "Your name")
	sams.keys("[enter]Design[enter]")
	sams.waitFor("Phase 1 of 12")
	mayas.waitFor("Design")

	// Pasted, with the terminal's bracketed paste around it.
	sams.keys("[enter]\x1b[200~calm\x1b]0;PWNED-PASTE\x07\x1b]52;c;UFdORUQ=\x07\u009b31m\x1b[201~[enter]")
	mayas.waitFor("calm")
	// Sent as it arrives from any client, through the same rules.
	hostile := "ok\x1b]0;PWNED-SENT\x07\x1b]8;;http://x\x07link\x1b]8;;\x07\x1bP+q544e\x1b\\\u009b2J\x1b_apc\x1b\\\r\b\x00"
	if _, err := ts.hub.Do(context.Background(), code, sam.id(), session.CheckIn{Word: hostile}); err != nil {
		t.Fatal(err)
	}
	mayas.waitFor("oklink")

	raw := mayas.bytes()
	for _, bad := range []string{"PWNED", "\x1b]0;", "\x1b]52", "\x1b]8;;http", "\x1bP", "\x1b_", "\u009b", "\x00"} {
		if bytes.Contains(raw, []byte(bad)) {
			t.Errorf("Maya's terminal received %q", bad)
		}
	}
}

// syncBuffer is a log the server writes from many goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) Bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	return bytes.Clone(b.buf.Bytes())
}

// TestClientMetadataNeverReachesTheLogRaw: a user name, a TERM and a
// command carrying escape sequences are logged quoted, never raw.
func TestClientMetadataNeverReachesTheLogRaw(t *testing.T) {
	t.Parallel()
	var logged syncBuffer
	ts := startServer(t, func(cfg *Config) { cfg.Logger = log.New(&logged) })
	mallory := newPerson(t, "mallory\x1b]0;PWNED\x07\x1b[2J")
	sess, err := ts.dial(mallory).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	if err := sess.RequestPty("xterm\x1b[31m", 24, 80, nil); err != nil {
		t.Fatal(err)
	}
	sess.Run("help\x1b]52;c;UFdORUQ=\x07")
	waitUntil(t, "the connection is logged", func() bool { return bytes.Contains(logged.Bytes(), []byte("connect")) })
	if raw := logged.Bytes(); bytes.ContainsAny(raw, "\x1b\x07") {
		t.Fatalf("escape bytes reached the log:\n%q", raw)
	}
}
