package server

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"charm.land/log/v2"

	"trio/content"
	"trio/session"
)

// TestAFullStoreIsToldToThePersonAndLoggedOnce: over SSH, the store fills
// up while a room is in use. The facilitator's next phase is refused on
// her own screen with the hub's sentence and logged once with the cause;
// nobody else sees the phase change and the room can still be exported;
// once there is room again the same key moves the room on for everyone.
func TestAFullStoreIsToldToThePersonAndLoggedOnce(t *testing.T) {
	t.Parallel()
	var logged syncBuffer
	ts := startServer(t, func(cfg *Config) { cfg.Logger = log.New(&logged) })
	maya, sam := newPerson(t, "maya"), newPerson(t, "sam")
	code := ts.openRoom(maya)
	ctx := context.Background()
	if _, err := ts.hub.Do(ctx, code, sam.id(), session.Join{Name: "sam"}); err != nil {
		t.Fatal(err)
	}
	// The disk fills up as the room is used.
	if err := ts.store.SetMaxSize(ctx, 1); err != nil {
		t.Fatal(err)
	}
	for i := 0; ; i++ {
		if i == 1000 {
			t.Fatal("a thousand events fit after the cap")
		}
		_, err := ts.hub.Do(ctx, code, maya.id(), session.MarkReady{Ready: i%2 == 0})
		var full *session.SaveFailure
		if errors.As(err, &full) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
	}
	failures := func() int { return bytes.Count(logged.Bytes(), []byte("a change could not be saved")) }
	if failures() != 1 {
		t.Fatalf("the failure that filled the store was logged %d times", failures())
	}
	before, _ := ts.hub.Room(code)

	mayas := ts.open(maya, 100, 30, "join "+code)
	mayas.waitFor("Phase 1 of 12: Check-in")
	sams := ts.open(sam, 100, 30, "join "+code)
	sams.waitFor("Phase 1 of 12: Check-in")
	mayas.keys("[ctrl+n][enter]")
	mayas.waitFor("That could not be saved, so nothing changed and nobody saw it. Try again in a moment.")
	waitUntil(t, "the failure is logged", func() bool { return failures() == 2 })
	lines := strings.Split(strings.TrimSpace(string(logged.Bytes())), "\n")
	if last := lines[len(lines)-1]; !strings.Contains(last, "database or disk is full") || !strings.Contains(last, "room="+code) {
		t.Fatalf("the log line does not name the failure: %s", last)
	}
	if after, _ := ts.hub.Room(code); !reflect.DeepEqual(after, before) {
		t.Fatal("the room changed though nothing was stored")
	}
	if out, status := ts.run(sam, "export "+code); status != 0 || !strings.Contains(out, "Should we rebuild onboarding?") {
		t.Fatalf("export while the store is full: status %d:\n%s", status, out)
	}

	if err := ts.store.SetMaxSize(ctx, 0); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(sams.bytes(), []byte("Phase 2 of 12")) {
		t.Fatal("Sam's terminal was shown a phase that was never stored")
	}
	mayas.keys("[ctrl+n][enter]")
	sams.waitFor("Phase 2 of 12")
	if after, _ := ts.hub.Room(code); after.Seq != before.Seq+1 {
		t.Fatalf("the room is at event %d, want %d", after.Seq, before.Seq+1)
	}
	if failures() != 2 {
		t.Fatalf("%d failures logged, want 2", failures())
	}
}

// TestUnsentTextTheStoreRefusesIsLoggedWithoutIt: the store fills up while
// someone types. The log gets one line that names the cause; what they
// typed is in no log line.
func TestUnsentTextTheStoreRefusesIsLoggedWithoutIt(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	var logged syncBuffer
	store, err := session.OpenStore(ctx, session.Memory)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	hub, err := session.NewHub(ctx, store, LogSaveFailures(log.New(&logged)))
	if err != nil {
		t.Fatal(err)
	}
	res, err := hub.Open(ctx, session.OpenRoom{Question: "Should we rebuild onboarding?", Script: content.Default(),
		People: []session.Person{{ID: "maya", Name: "Maya"}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := store.SetMaxSize(ctx, 1); err != nil {
		t.Fatal(err)
	}
	var discussion string
	for _, p := range res.Room.Script.Phases {
		if p.Kind == content.KindDiscussion {
			discussion = p.ID
		}
	}
	// More than a row holds in its page, so the store needs a page it cannot
	// add.
	secret := "zebra " + strings.Repeat("界", 500)
	hub.KeepUnsent(res.Room.Code, "maya", session.UnsentKey{Phase: discussion, Field: session.FieldPosition}, secret)
	if err := hub.Close(); err == nil {
		t.Fatal("a full store took the unsent text")
	}
	lines := strings.Split(strings.TrimSpace(string(logged.Bytes())), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], "unsent text could not be saved") || !strings.Contains(lines[0], "database or disk is full") {
		t.Fatalf("logged:\n%s", logged.Bytes())
	}
	if strings.Contains(lines[0], "zebra") {
		t.Fatalf("the log holds what was typed: %s", lines[0])
	}
}
