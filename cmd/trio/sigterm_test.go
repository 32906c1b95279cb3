package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestSIGTERMRestoresAHundredTerminals: a hundred people in ten rooms, two
// in each just heard; SIGTERM ends trio within 10 s with status 0, every
// terminal is left as it was found (out of the alternate screen, cursor
// showing) with a goodbye line, and every acknowledged position is stored.
// Not parallel: the 10 s is the promise, on a machine trio has to itself.
func TestSIGTERMRestoresAHundredTerminals(t *testing.T) {
	dir := t.TempDir()
	db, hostKey := filepath.Join(dir, "trio.db"), filepath.Join(dir, "host_ed25519")
	const rooms, perRoom = 10, 10
	people := make([][]someone, rooms)
	for r := range rooms {
		for i := range perRoom {
			people[r] = append(people[r], newSomeone(t, fmt.Sprintf("R%dP%d", r, i)))
		}
	}
	codes := prepareRooms(t, db, people...)
	trio, addr := serve(t, db, hostKey)

	// Everyone connects, ten at a time, and is seated in their room.
	screens := make([][]*screen, rooms)
	var mu sync.Mutex
	var connecting sync.WaitGroup
	slots := make(chan struct{}, 10)
	for r := range rooms {
		screens[r] = make([]*screen, perRoom)
		for i, p := range people[r] {
			connecting.Go(func() {
				slots <- struct{}{}
				defer func() { <-slots }()
				s, err := connect(addr, p, "join "+codes[r])
				if err != nil {
					t.Errorf("%s could not connect: %v", p.name, err)
					return
				}
				mu.Lock()
				screens[r][i] = s
				mu.Unlock()
				if !s.shows("Phase 3 of 12", 30*time.Second) {
					t.Errorf("%s never got to their seat:\n%s", p.name, s.text())
				}
			})
		}
	}
	connecting.Wait()
	for _, room := range screens {
		for _, s := range room {
			if s != nil {
				t.Cleanup(s.close)
			}
		}
	}
	if t.Failed() {
		t.FailNow()
	}

	// Two people in each room state a position and see it in the room.
	acked := make([][]string, rooms)
	for r := range rooms {
		for i := range 2 {
			text := fmt.Sprintf("before the stop %d-%d", r, i)
			if err := screens[r][i].typeKeys("\r\x1b[200~" + text + "\x1b[201~\r"); err != nil {
				t.Fatal(err)
			}
			acked[r] = append(acked[r], text)
		}
	}
	for r := range rooms {
		for i, text := range acked[r] {
			screens[r][i].waitFor(t, people[r][i].name+": "+text)
		}
	}

	stopping := time.Now()
	if err := trio.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if !trio.wait(10 * time.Second) {
		t.Fatalf("trio was still running 10 s after SIGTERM:\n%s", trio.stderr)
	}
	t.Logf("trio ended %v after SIGTERM", time.Since(stopping).Round(time.Millisecond))
	if code := trio.state.ExitCode(); code != 0 {
		t.Errorf("exit status %d after SIGTERM:\n%s", code, trio.stderr)
	}

	for r, room := range screens {
		for i, s := range room {
			select {
			case <-s.gone:
			case <-time.After(5 * time.Second):
				t.Fatalf("%s's connection is still open after trio ended", people[r][i].name)
			}
			raw := s.bytes()
			if !restores(raw, "\x1b[?1049h", "\x1b[?1049l") || !restores(raw, "\x1b[?25l", "\x1b[?25h") || !s.restored() {
				t.Errorf("%s's terminal was left in the alternate screen or without a cursor:\n%q", people[r][i].name, tail(raw))
			}
			if !s.shows("trio is stopping. Everything you wrote is saved.", 0) {
				t.Errorf("%s was not told trio is stopping:\n%s", people[r][i].name, s.text())
			}
		}
	}

	hub := replayStore(t, db)
	for r, code := range codes {
		stored := positions(t, hub, code)
		for _, text := range acked[r] {
			if stored[text] != 1 {
				t.Errorf("the acknowledged position %q is stored %d times, want once", text, stored[text])
			}
		}
	}
}

// restores reports whether a terminal that was sent set was sent reset
// after it.
func restores(raw []byte, set, reset string) bool {
	return bytes.LastIndex(raw, []byte(reset)) > bytes.LastIndex(raw, []byte(set))
}

func tail(raw []byte) []byte { return raw[max(0, len(raw)-300):] }
