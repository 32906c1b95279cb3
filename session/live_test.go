package session

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"
	"time"
)

const full = "This server holds as many rooms as it may (3), so a new one cannot open now. Join a room by its code, or ask whoever runs the server to make room for more."

// openRooms opens a room for each person, or fails the test.
func openRooms(t *testing.T, hub *Hub, people ...ParticipantID) []string {
	t.Helper()
	var codes []string
	for _, who := range people {
		res, err := hub.Open(context.Background(), openFor(who))
		if err != nil {
			t.Fatalf("%s's room: %v", who, err)
		}
		codes = append(codes, res.Room.Code)
	}
	return codes
}

func TestOnlyLiveRoomsCountAgainstTheLimit(t *testing.T) {
	t.Parallel()
	limits := Limits{Rooms: 3}
	hub, store, clock := newTestHub(t, WithLimits(limits))
	ctx := context.Background()
	old := openRooms(t, hub, maya, sam, lee)
	if got := refusal(t, openAs(hub, coach, "")); got != full {
		t.Fatalf("a fourth live room: %q", got)
	}

	// A day without a change, and a restart: the old rooms come back whole
	// and no longer count.
	clock.Advance(DefaultLiveFor)
	again := replayed(t, store, limits, WithClock(clock.Now))
	if n := len(again.Rooms()); n != 3 {
		t.Fatalf("%d rooms came back, want 3", n)
	}
	openRooms(t, again, maya, sam, lee)
	if got := refusal(t, openAs(again, coach, "")); got != full {
		t.Fatalf("a fourth live room after the restart: %q", got)
	}

	// An old room is still joinable by its code, past the limit, and its
	// change makes it live again: it counts once more.
	if _, err := again.Do(ctx, old[0], "ana", Join{Name: "Ana"}); err != nil {
		t.Fatalf("joining an old room: %v", err)
	}
	if n := again.liveCount(); n != 4 {
		t.Errorf("%d live rooms after a change to an old one, want 4", n)
	}

	// A room that has not changed for a shorter LiveFor is not live either.
	clock.Advance(2 * time.Hour)
	short := replayed(t, store, Limits{Rooms: 3, LiveFor: time.Hour}, WithClock(clock.Now))
	if n := short.liveCount(); n != 0 {
		t.Errorf("%d rooms live two hours after their last change, with an hour to live", n)
	}
}

func TestArchivedRoomsLeaveTheLiveCountAndStillExport(t *testing.T) {
	t.Parallel()
	year := 365 * 24 * time.Hour
	limits := Limits{Rooms: 2, LiveFor: year}
	hub, store, clock := newTestHub(t, WithLimits(limits))
	ctx := context.Background()
	old := openRooms(t, hub, maya)[0]
	openedAt := clock.Now()
	clock.Advance(100 * 24 * time.Hour)
	recent := openRooms(t, hub, sam)[0]
	if err := openAs(hub, lee, ""); err == nil {
		t.Fatal("a third live room opened past the limit of two")
	}

	archived, err := hub.Archive(ctx, 90*24*time.Hour)
	if err != nil || archived != 1 {
		t.Fatalf("archived %d rooms (%v), want the one older than 90 days", archived, err)
	}
	room, _ := hub.Room(old)
	if !room.Archived() || !room.ArchivedAt.Equal(clock.Now()) || !room.UpdatedAt.Equal(openedAt) {
		t.Fatalf("the old room: archived at %v, last change %v; want archived now, last change when it opened", room.ArchivedAt, room.UpdatedAt)
	}
	if r, _ := hub.Room(recent); r.Archived() {
		t.Fatal("a room changed 0 days ago was archived")
	}
	openRooms(t, hub, lee)
	if n, _ := hub.Archive(ctx, 90*24*time.Hour); n != 0 {
		t.Errorf("archiving again archived %d more", n)
	}

	// The archive is in the store: a restart finds it, and the exports
	// say so; a room that is not archived says nothing of it.
	again := replayed(t, store, limits, WithClock(clock.Now))
	replayedRoom, _ := again.Room(old)
	if !reflect.DeepEqual(room, replayedRoom) {
		t.Fatalf("the archived room replays as another:\n%+v\n%+v", room, replayedRoom)
	}
	md := ExportMarkdown(ViewFor(replayedRoom, Nobody))
	if want := "· last change " + stamp(openedAt) + " · archived " + stamp(clock.Now()) + "\n"; !bytes.Contains(md, []byte(want)) {
		t.Errorf("the Markdown export lacks %q:\n%s", want, md)
	}
	js, _ := ExportJSON(ViewFor(replayedRoom, Nobody))
	if want := `"archived_at": "` + clock.Now().Format(time.RFC3339) + `"`; !bytes.Contains(js, []byte(want)) {
		t.Errorf("the JSON export lacks %s", want)
	}
	recentRoom, _ := again.Room(recent)
	if md, _ := ExportJSON(ViewFor(recentRoom, Nobody)); bytes.Contains(md, []byte("archived")) || strings.Contains(string(ExportMarkdown(ViewFor(recentRoom, Nobody))), "archived") {
		t.Error("a room that is not archived exports as archived")
	}

	// Its next change brings it back: live, and counted again.
	if _, err := again.Do(ctx, old, "ana", Join{Name: "Ana"}); err != nil {
		t.Fatalf("joining an archived room: %v", err)
	}
	if r, _ := again.Room(old); r.Archived() || !r.Live(clock.Now(), year) {
		t.Error("a change left the room archived")
	}
	if n := again.liveCount(); n != 3 {
		t.Errorf("%d live rooms, want 3", n)
	}
}

// liveCount counts the hub's live rooms.
func (h *Hub) liveCount() int {
	h.mu.RLock()
	defer h.mu.RUnlock()
	return h.liveRooms()
}
