package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"trio/internal/pgserver"
)

// TestInstancesOptions: --instances takes 1 or 2, and 2 goes only where it
// means something; each refusal is one sentence that says what to do.
func TestInstancesOptions(t *testing.T) {
	t.Parallel()
	refused := map[string]string{
		"--instances 3":                                 "--instances is 1 (one trio on a SQLite file) or 2 (two trios sharing a PostgreSQL database), not 3",
		"--instances 0":                                 "not 0",
		"--pg postgres://trio@localhost/trio":           "add --instances 2",
		"--instances 2 --scenario idle":                 "measures the rooms scenario, not idle",
		"--instances 2 --floor":                         "the floor has no store to share",
		"--instances 2 --addr 127.0.0.1:2222 --generic": "leave out --addr",
		"--instances 2 --trio=false":                    "leave out --trio=false",
		"--instances 2 --pg /var/lib/trio/trio.db":      "--pg takes a PostgreSQL database as postgres://",
		"--instances 2 --pg mysql://a:secret@db/trio":   "--pg takes a PostgreSQL database as postgres://",
	}
	for args, want := range refused {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), strings.Fields(args), nil, &stdout, &stderr)
		if code != 2 || !strings.Contains(stderr.String(), want) {
			t.Errorf("%s: exit %d, %q; want exit 2 and %q", args, code, stderr.String(), want)
		}
		if first := firstLine(stderr.String()); first+"\n" != stderr.String() {
			t.Errorf("%s: more than one line: %q", args, stderr.String())
		}
		if strings.Contains(stderr.String(), "secret") {
			t.Errorf("%s: the password is said back: %q", args, stderr.String())
		}
	}

	o, err := parseOptions([]string{"--instances", "2"}, io.Discard)
	if err != nil || o.instances != 2 || o.floor || o.scenario != "rooms" || o.sessions != 300 || o.duration != 20*time.Second {
		t.Errorf("--instances 2: %+v, %v; want two trios in the rooms scenario, no floor", o, err)
	}
	o, err = parseOptions([]string{"--smoke", "--instances", "2"}, io.Discard)
	if err != nil || o.sessions != 6 || o.floor || o.duration != 2*time.Second {
		t.Errorf("--smoke --instances 2: %+v, %v; want two rooms of 3 for a few seconds", o, err)
	}
	o, err = parseOptions(nil, io.Discard)
	if err != nil || o.instances != 1 || !o.floor {
		t.Errorf("no flags: %+v, %v; want one trio and the floor, as before", o, err)
	}
}

// TestEveryRoomSpansBothServers: each room has members on both servers,
// so every contribution is read on the author's server and on the other,
// and the servers carry the same number of people.
func TestEveryRoomSpansBothServers(t *testing.T) {
	t.Parallel()
	perServer := map[int]int{}
	for room := range 100 {
		here := map[int]bool{}
		for member := range 3 {
			i := seatInstance(room, member, 2)
			here[i] = true
			perServer[i]++
		}
		if len(here) != 2 {
			t.Errorf("room %d is on servers %v only", room, here)
		}
	}
	if perServer[0] != 150 || perServer[1] != 150 {
		t.Errorf("people per server %v, want 150 each", perServer)
	}
	for member := range 5 {
		if i := seatInstance(7, member, 1); i != 0 {
			t.Errorf("with one server, member %d went to server %d", member, i)
		}
	}
}

// TestFanoutSplitsByServer: a reader on the author's server counts within
// one server, one on the other across two, and both count in the whole.
func TestFanoutSplitsByServer(t *testing.T) {
	t.Parallel()
	var s samples
	for _, f := range []fanoutSample{
		{took: 1 * time.Millisecond, author: 0, reader: 0},
		{took: 5 * time.Millisecond, author: 0, reader: 1},
		{took: 2 * time.Millisecond, author: 1, reader: 1},
		{took: 7 * time.Millisecond, author: 1, reader: 0},
		{took: 6 * time.Millisecond, author: 1, reader: 0},
	} {
		s.addFanout(f)
	}
	if len(s.fanout) != 5 || len(s.fanoutSame) != 2 || len(s.fanoutCross) != 3 {
		t.Fatalf("%d in all, %d within, %d across; want 5, 2, 3", len(s.fanout), len(s.fanoutSame), len(s.fanoutCross))
	}
	same, cross := summarise(s.fanoutSame), summarise(s.fanoutCross)
	if same.Max != 2 || cross.P50 != 6 {
		t.Errorf("within %+v, across %+v", same, cross)
	}
	ratio, ok := crossToSame(figures{FanoutSame: &same, FanoutCross: &cross})
	if !ok || ratio != 3.5 {
		t.Errorf("across / within at p99 = %v (%v), want 3.5", ratio, ok)
	}
	if _, ok := crossToSame(figures{FanoutSame: &same}); ok {
		t.Error("a ratio without any reader on another server")
	}
}

// TestNoPostgresSaysWhatToInstall: without PostgreSQL, the one line says
// what to install and what to give instead.
func TestNoPostgresSaysWhatToInstall(t *testing.T) {
	t.Parallel()
	msg := errNoPostgres.Error()
	if strings.Contains(msg, "\n") || !strings.Contains(msg, "apt-get install postgresql") || !strings.Contains(msg, "--pg postgres://") {
		t.Errorf("without PostgreSQL: %q", msg)
	}
}

// TestTwoServersShareEachRoom: the short run puts each room's members on
// two trio servers sharing one PostgreSQL database, times every text both
// within one server and across the two, beside one trio on SQLite, and
// measures both stores' appends. A database that holds events already is
// refused before anything is measured.
func TestTwoServersShareEachRoom(t *testing.T) {
	t.Parallel()
	dsn, err := pgserver.Private(t).NewDatabase()
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "figures.json")
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"--smoke", "--instances", "2", "--pg", dsn, "--json", out}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr.String())
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var r instancesRun
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatalf("the JSON does not read back: %v\n%s", err, data)
	}
	checkFigures(t, r.SQLite, 6, true)
	checkFigures(t, r.Postgres, 6, true)
	if r.SQLite.Instances != 1 || r.Postgres.Instances != 2 {
		t.Errorf("servers: %d on SQLite, %d on PostgreSQL; want 1 and 2", r.SQLite.Instances, r.Postgres.Instances)
	}
	same, cross := r.Postgres.FanoutSame, r.Postgres.FanoutCross
	if same == nil || cross == nil || same.N == 0 || cross.N == 0 || same.N+cross.N != r.Postgres.Fanout.N {
		t.Errorf("fan-out within one server %+v and across two %+v, of %d in all", same, cross, r.Postgres.Fanout.N)
	}
	if len(r.Stores) != 2 || r.Stores[0].Store != "sqlite" || r.Stores[1].Store != "postgres" {
		t.Fatalf("stores measured: %+v", r.Stores)
	}
	for _, s := range r.Stores {
		if s.AppendedPerSec <= 0 || s.ReplayedRooms < s.Rooms {
			t.Errorf("%s: %+v", s.Store, s)
		}
	}
	if r.PostgreSQL.Version == "" || r.PostgreSQL.Throwaway {
		t.Errorf("PostgreSQL: %+v", r.PostgreSQL)
	}
	table := stdout.String()
	for _, line := range []string{"fan-out p99, reader on another server (ms)", "durable events appended a second, 10 rooms at once",
		"PostgreSQL does not wait for the disk at each commit here"} {
		if !strings.Contains(table, line) {
			t.Errorf("the table has no %q:\n%s", line, table)
		}
	}

	stderr.Reset()
	code := run(context.Background(), []string{"--smoke", "--instances", "2", "--pg", dsn}, nil, io.Discard, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "holds") || !strings.Contains(stderr.String(), "give trio-load an empty database") {
		t.Errorf("a database with events: exit %d, %s", code, stderr.String())
	}
}
