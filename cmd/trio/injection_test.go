package main

import (
	"bytes"
	"context"
	"testing"

	"trio/session"
)

// TestEscapeSequencesNeverReachAnotherTerminal: Sam's name and texts carry
// terminal escape sequences (a window title, a clipboard write, a device
// query, an 8-bit CSI), typed, pasted and sent; none of it reaches Maya's
// terminal, checked on the raw bytes it receives.
func TestEscapeSequencesNeverReachAnotherTerminal(t *testing.T) {
	ts := startServer(t)
	maya := newPerson(t, "maya")
	sam := newPerson(t, "sam\x1b]0;PWNED-NAME\x07")
	code := ts.openRoom(maya)
	mayas := ts.open(maya, 100, 30, "join "+code)
	mayas.waitFor("Phase 1 of 12")

	sams := ts.open(sam, 100, 30, "join "+code)
	sams.waitFor("Join a room")
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
