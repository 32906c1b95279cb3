package server

import (
	"context"
	"strings"
	"testing"
	"time"

	"trio/session"
)

// printableASCII is every printable ASCII character, as a terminal sends
// it when each is typed.
func printableASCII() string {
	var b strings.Builder
	for r := byte(0x20); r < 0x7f; r++ {
		b.WriteByte(r)
	}
	return b.String()
}

// TestTextTypedOverSSHNeverChangesTheRoom: in every phase, the facilitator
// and a participant, each on a real SSH terminal, type every printable
// character, in a field and with the menu open; the room records nothing
// of it. Each burst ends with ctrl+r, so the test knows every key before it
// was read: the only change the room may record is that ready mark.
func TestTextTypedOverSSHNeverChangesTheRoom(t *testing.T) {
	t.Parallel()
	// The pace of keys is not what this shows: bursts go at once.
	ts := startServer(t, func(cfg *Config) { cfg.KeysPerSecond = 1 << 20 })
	maya, sam := newPerson(t, "maya"), newPerson(t, "sam")
	code := ts.openRoom(maya)
	ctx := context.Background()
	if _, err := ts.hub.Do(ctx, code, sam.id(), session.Join{Name: "Sam", Role: "Design"}); err != nil {
		t.Fatal(err)
	}
	mayas := ts.open(maya, 80, 24, "join "+code)
	sams := ts.open(sam, 80, 24, "join "+code)
	mayas.waitFor("Phase 1 of 12")
	sams.waitFor("Phase 1 of 12")
	room := func() session.Room { r, _ := ts.hub.Room(code); return r }

	text := printableASCII()
	for phase := range len(room().Script.Phases) {
		if phase > 0 {
			if _, err := ts.hub.Do(ctx, code, maya.id(), session.NextPhase{}); err != nil {
				t.Fatal(err)
			}
		}
		title := room().CurrentPhase().Title
		for _, term := range []struct {
			name string
			who  person
			t    *terminal
		}{{"Maya", maya, mayas}, {"Sam", sam, sams}} {
			term.t.waitFor(title)
			for _, inMenu := range []bool{false, true} {
				before := room()
				wasReady := isReady(before, term.who.id())
				if inMenu {
					term.t.keys("[ctrl+p]")
					term.t.waitFor("What would you like to do")
					term.t.keys(text + "[esc]")
					waitUntil(t, "the menu closes", func() bool { return !strings.Contains(term.t.screen(), "What would you like to do") })
				} else {
					term.t.keys(text)
				}
				// A lone esc is told from the start of a key only after a pause.
				time.Sleep(50 * time.Millisecond)
				term.t.keys("[ctrl+r]")
				deadline := time.Now().Add(10 * time.Second)
				for isReady(room(), term.who.id()) == wasReady {
					if time.Now().After(deadline) {
						t.Fatalf("%s's ctrl+r never arrived in %s:\n%s", term.name, title, term.t.screen())
					}
					time.Sleep(5 * time.Millisecond)
				}
				after := room()
				if after.Phase != phase {
					t.Fatalf("%s typing in %s moved the room to phase %d", term.name, title, after.Phase+1)
				}
				var events []session.Event
				ts.store.Events(ctx, func(e session.Event) error {
					if e.Room == code && e.Seq > before.Seq {
						events = append(events, e)
					}
					return nil
				})
				for _, e := range events {
					if e.Body.EventType() != "ready-marked" {
						t.Fatalf("%s typing in %s changed the room: %s", term.name, title, e.Body.EventType())
					}
				}
			}
			term.t.keys("[esc]")
		}
	}
}

func isReady(r session.Room, id session.ParticipantID) bool {
	p, _ := r.Person(id)
	return p.Ready
}
