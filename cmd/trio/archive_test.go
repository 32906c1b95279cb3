package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"trio/content"
	"trio/session"
)

// roomsChangedAgo writes a room into the store at db for each age, as if
// it had last changed that long ago, and returns their codes.
func roomsChangedAgo(t *testing.T, db string, ages ...time.Duration) []string {
	t.Helper()
	ctx := context.Background()
	store, err := session.OpenStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	var at time.Time
	hub, err := session.NewHub(ctx, store, session.WithClock(func() time.Time { return at }))
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, age := range ages {
		at = time.Now().Add(-age)
		res, err := hub.Open(ctx, session.OpenRoom{Question: fmt.Sprintf("Changed %s ago?", age), Script: content.Default(),
			People: []session.Person{{Name: "Maya", Role: "Product"}}})
		if err != nil {
			t.Fatal(err)
		}
		codes = append(codes, session.FormatCode(res.Room.Code))
	}
	return codes
}

// TestRoomsArchiveArchivesOldRoomsThatListAndExportStillShow: trio rooms
// archive marks the rooms older than --older-than, says how many, and
// leaves them in the store: trio list shows when each was archived, and
// trio export says so; a second run finds nothing more to archive.
func TestRoomsArchiveArchivesOldRoomsThatListAndExportStillShow(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "trio.db")
	day := 24 * time.Hour
	codes := roomsChangedAgo(t, db, 120*day, 91*day, 10*day)
	old, older, recent := codes[1], codes[0], codes[2]

	out, errOut, code := trio(t, "rooms", "archive", "--older-than", "90d", "--db", db)
	if code != 0 || out != "Archived 2 rooms that had not changed for 90d.\n" {
		t.Fatalf("exit %d: %q %q", code, out, errOut)
	}
	if !strings.Contains(errOut, "trio list shows them, trio export exports them") {
		t.Errorf("archive does not say where the rooms went: %q", errOut)
	}

	list, _, _ := trio(t, "list", "--db", db)
	today := time.Now().Format("2006-01-02")
	for _, c := range []string{old, older} {
		if line := lineWith(list, c); !strings.Contains(line, "Changed") || strings.Count(line, today) != 1 {
			t.Errorf("trio list does not show %s archived today:\n%s", c, list)
		}
	}
	if line := lineWith(list, recent); strings.Contains(line, today) || !strings.Contains(line, " - ") {
		t.Errorf("trio list shows %s, changed 10 days ago, as archived:\n%s", recent, list)
	}
	if !strings.HasPrefix(list, "CODE") || !strings.Contains(lineWith(list, "CODE"), "ARCHIVED") {
		t.Errorf("trio list has no ARCHIVED column:\n%s", list)
	}

	md, _, code := trio(t, "export", old, "--db", db)
	if code != 0 || !strings.Contains(lineWith(md, "Room "+old), " · archived "+time.Now().UTC().Format("2006-01-02")) {
		t.Errorf("the export of an archived room does not say so: exit %d\n%s", code, md)
	}
	js, _, _ := trio(t, "export", old, "--format", "json", "--db", db)
	if !strings.Contains(js, `"archived_at": "`) {
		t.Errorf("the JSON export of an archived room has no archived_at:\n%s", js)
	}

	out, _, code = trio(t, "rooms", "archive", "--older-than", "90d", "--db", db)
	if code != 0 || out != "No room to archive: none has gone 90d without a change, or they are archived already.\n" {
		t.Errorf("a second run: exit %d, %q", code, out)
	}
	out, errOut, code = trio(t, "rooms", "archive", "--older-than", "1d", "--db", db)
	if code != 0 || out != "Archived 1 room that had not changed for 1d.\n" {
		t.Errorf("archiving the rooms older than a day: exit %d, %q %q", code, out, errOut)
	}
}

// TestRoomsArchiveWaitsForTheStoresWriter: archiving writes, so it is
// turned away from a store another trio holds, with who holds it.
func TestRoomsArchiveWaitsForTheStoresWriter(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "trio.db")
	roomsChangedAgo(t, db, 100*24*time.Hour)
	held, err := session.ClaimStore(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	_, errOut, code := trio(t, "rooms", "archive", "--older-than", "90d", "--db", db)
	held.Close()
	want := fmt.Sprintf("trio: %s is in use by another trio (process %d). Stop that one first, or use --db to choose another file.\n", db, os.Getpid())
	if code != 1 || errOut != want {
		t.Fatalf("exit %d: %q", code, errOut)
	}
	if out, _, _ := trio(t, "rooms", "archive", "--older-than", "90d", "--db", db); out != "Archived 1 room that had not changed for 90d.\n" {
		t.Errorf("once the store is free: %q", out)
	}
}

// lineWith is the first line of s that holds text.
func lineWith(s, text string) string {
	for line := range strings.Lines(s) {
		if strings.Contains(line, text) {
			return line
		}
	}
	return ""
}

func TestLengthsOfTimeAreReadInDaysToo(t *testing.T) {
	t.Parallel()
	day := 24 * time.Hour
	for in, want := range map[string]time.Duration{
		"90d": 90 * day, "1d12h": day + 12*time.Hour, "12h": 12 * time.Hour, "30m": 30 * time.Minute, "-1d": -day, "0d": 0,
	} {
		got, err := parseAge(in)
		if err != nil || got != want {
			t.Errorf("%q: %v, %v; want %v", in, got, err, want)
		}
		if in != "0d" && formatAge(got) != in {
			t.Errorf("%v is written %q, want %q", got, formatAge(got), in)
		}
	}
	for _, in := range []string{"", "d", "1.5d", "+5d", "5", "3x", "1d-2h", "99999999d", "1d1d"} {
		if got, err := parseAge(in); err == nil {
			t.Errorf("%q read as %v", in, got)
		}
	}
}

// TestRoomFlagsReachTheHub: how long a room stays live and how fast rooms
// open are the hub's limits, defaults or as the flags say.
func TestRoomFlagsReachTheHub(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		args []string
		want session.Limits
	}{
		{nil, session.Limits{LiveFor: session.DefaultLiveFor, RoomsPerMinute: 1, RoomsPerMinutePerAddress: 2}},
		{[]string{"--live-for", "7d", "--rooms-per-minute", "0.5", "--rooms-per-minute-per-address", "0"},
			session.Limits{LiveFor: 7 * 24 * time.Hour, RoomsPerMinute: 0.5}},
	} {
		f := newFlags(commandNamed("serve"))
		rooms := roomLimitFlags(f)
		if _, err := f.parse(tc.args); err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		if l := rooms.limits(); l.LiveFor != tc.want.LiveFor || l.RoomsPerMinute != tc.want.RoomsPerMinute || l.RoomsPerMinutePerAddress != tc.want.RoomsPerMinutePerAddress {
			t.Errorf("%v: live for %v, %v a minute a person, %v an address; want %v, %v, %v", tc.args,
				l.LiveFor, l.RoomsPerMinute, l.RoomsPerMinutePerAddress, tc.want.LiveFor, tc.want.RoomsPerMinute, tc.want.RoomsPerMinutePerAddress)
		}
	}
}
