package main

import (
	"context"
	"testing"

	"trio/content"
	"trio/session"
)

// prepareRooms writes rooms into the store at db before trio starts, each
// with its people seated (the first facilitates) and moved on to the
// discussion round, where everything anyone says shows on every screen.
func prepareRooms(t *testing.T, db string, rooms ...[]someone) []string {
	t.Helper()
	ctx := context.Background()
	store, err := openStore(ctx, db, session.OpenStore)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	hub, err := session.NewHub(ctx, store)
	if err != nil {
		t.Fatal(err)
	}
	roles := []string{"Product", "Design", "Engineering"}
	var codes []string
	for _, people := range rooms {
		open := session.OpenRoom{Question: "Should we rebuild onboarding?", Script: content.Default()}
		for i, p := range people {
			open.People = append(open.People, session.Person{ID: p.id(), Name: p.name, Role: roles[i%len(roles)]})
		}
		res, err := hub.Open(ctx, open)
		if err != nil {
			t.Fatal(err)
		}
		for res.Room.CurrentPhase().Kind != content.KindDiscussion {
			if res, err = hub.Do(ctx, res.Room.Code, people[0].id(), session.NextPhase{}); err != nil {
				t.Fatal(err)
			}
		}
		codes = append(codes, res.Room.Code)
	}
	return codes
}

// replayStore replays the store at db, as trio does at start, and returns
// the rooms it holds.
func replayStore(t *testing.T, db string) *session.Hub {
	t.Helper()
	ctx := context.Background()
	store, err := openStore(ctx, db, session.OpenStore)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	hub, err := session.NewHub(ctx, store)
	if err != nil {
		t.Fatalf("the event log does not replay: %v", err)
	}
	return hub
}

// positions counts how often each position was stored in a room.
func positions(t *testing.T, hub *session.Hub, code string) map[string]int {
	t.Helper()
	room, err := hub.Room(code)
	if err != nil {
		t.Fatal(err)
	}
	stored := map[string]int{}
	for _, c := range room.ContributionsOf(session.Position) {
		stored[c.Text]++
	}
	return stored
}
