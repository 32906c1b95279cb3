package server

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"trio/session"
)

// TestWatchShowsARoomAndFollowsIt: `ssh -t host watch CODE` shows the
// room on a shared screen, follows the facilitator live, changes nothing
// whatever is typed on it, and q leaves.
func TestWatchShowsARoomAndFollowsIt(t *testing.T) {
	t.Parallel()
	ts := startServer(t)
	maya, screen := newPerson(t, "maya"), newPerson(t, "projector")
	code := ts.openRoom(maya)

	term := ts.open(screen, 80, 24, "watch "+strings.ToLower(code))
	term.waitFor("Should we rebuild onboarding?", "Phase 1 of 12 · Check-in", "min left", "q leave")

	if _, err := ts.hub.Do(context.Background(), code, maya.id(), session.NextPhase{}); err != nil {
		t.Fatal(err)
	}
	term.waitFor("Phase 2 of 12 · Frame")

	before, _ := ts.hub.Room(code)
	term.keys("hello ?[enter][tab][ctrl+n][enter][ctrl+r][ctrl+o][ctrl+p][enter]")
	if _, err := ts.hub.Do(context.Background(), code, maya.id(), session.PauseTimer{}); err != nil {
		t.Fatal(err)
	}
	term.waitFor("paused, ") // the keys before it were read
	after, _ := ts.hub.Room(code)
	if after.Seq != before.Seq+1 || len(after.People) != 1 {
		t.Fatalf("keys on the projector changed the room: seq %d, then %d; %d people", before.Seq, after.Seq, len(after.People))
	}
	if here := ts.hub.Present(code); len(here) != 0 {
		t.Fatalf("the projector is shown as someone in the room: %v", here)
	}
	term.keys("q")
	select {
	case <-term.ended:
	case <-time.After(waitLimit):
		t.Fatalf("q did not leave the projector:\n%s", term.screen())
	}
	if raw := term.bytes(); !bytes.HasSuffix(raw, []byte("\x1b[?1049l\x1b[?25h")) {
		t.Errorf("the terminal was not restored on the way out: %q", raw[max(0, len(raw)-80):])
	}
}

// TestWatchIsRefusedAsJoiningIs: a wrong code, a locked room for someone
// not in it, and no terminal are each refused in a sentence, status 1.
func TestWatchIsRefusedAsJoiningIs(t *testing.T) {
	t.Parallel()
	ts := startServer(t)
	maya, stranger := newPerson(t, "maya"), newPerson(t, "eve")
	code := ts.openRoom(maya)

	out, status := ts.runInTerminal(stranger, "watch ABCD-EFGH")
	if status != 1 || out != "trio: There is no room or workshop with the code ABCD-EFGH. Check the code and try again.\n" {
		t.Errorf("a wrong code: status %d, %q", status, out)
	}
	out, status = ts.runInTerminal(stranger, "watch nonsense")
	if status != 1 || !strings.HasPrefix(out, "trio: Room codes are eight letters and digits") {
		t.Errorf("a code that is none: status %d, %q", status, out)
	}
	out, status = ts.run(stranger, "watch "+code)
	if status != 1 || !strings.Contains(out, "watching a room needs a terminal: add -t") {
		t.Errorf("without a terminal: status %d, %q", status, out)
	}
	out, status = ts.runInTerminal(stranger, "watch")
	if status != 1 || !strings.Contains(out, "watch takes a room's or a workshop's code") {
		t.Errorf("without a code: status %d, %q", status, out)
	}
	if _, err := ts.hub.Do(context.Background(), code, maya.id(), session.LockRoom{Locked: true}); err != nil {
		t.Fatal(err)
	}
	out, status = ts.runInTerminal(stranger, "watch "+code)
	if status != 1 || out != "trio: this room is locked: only the people in it can watch it.\n" {
		t.Errorf("a stranger watching a locked room: status %d, %q", status, out)
	}
	// Maya took part: the room is hers to show.
	term := ts.open(maya, 80, 24, "watch "+code)
	term.waitFor("Phase 1 of 12 · Check-in")
}

// runInTerminal runs a command with a terminal and returns what it wrote
// to standard error and its exit status, when it ends by itself.
func (ts *testServer) runInTerminal(p person, command string) (string, int) {
	ts.t.Helper()
	conn := ts.connect(p)
	defer conn.Close()
	sess, err := conn.NewSession()
	if err != nil {
		ts.t.Fatal(err)
	}
	defer sess.Close()
	var errOut bytes.Buffer
	sess.Stderr = &errOut
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		ts.t.Fatal(err)
	}
	err = sess.Run(command)
	// A terminal ends lines in CRLF; they read as lines all the same.
	out := strings.ReplaceAll(errOut.String(), "\r\n", "\n")
	if exit, ok := err.(*gossh.ExitError); ok {
		return out, exit.ExitStatus()
	} else if err != nil {
		ts.t.Fatal(err)
	}
	return out, 0
}
