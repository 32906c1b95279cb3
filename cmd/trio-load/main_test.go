package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"charm.land/log/v2"

	"trio/content"
	"trio/session"
	"trio/tui/server"
)

// TestMain lets the test binary be the servers' child process too, as
// trio-load is its own. The load runs run side by side: each has its own
// servers, in their own processes, and none asserts a speed, only that
// every figure was measured.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && strings.HasPrefix(os.Args[1], "serve-") {
		os.Exit(serveChild(context.Background(), os.Args[1], os.Stdin, os.Stdout))
	}
	if len(os.Args) > 1 && os.Args[1] == "--bind" { // a peer chat, as ssh-chat is started
		os.Exit(servePeerDouble(os.Args[1:]))
	}
	os.Exit(m.Run())
}

// runLoad runs trio-load with args and returns its table and its JSON.
func runLoad(t *testing.T, args ...string) (string, report) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "figures.json")
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), append(args, "--json", out), nil, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("trio-load %s: exit %d\n%s", strings.Join(args, " "), code, stderr.String())
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var r report
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatalf("the JSON does not read back: %v\n%s", err, data)
	}
	return stdout.String(), r
}

// checkFigures fails for every figure a server's results lack: each must
// have been measured, whatever its value.
func checkFigures(t *testing.T, f figures, sessions int, withServer bool) {
	t.Helper()
	if f.Held != sessions || f.ConnectFailures != 0 || f.HeldAtEnd != sessions {
		t.Errorf("%s: %d held (%d at the end), %d failed, want all %d: %s", f.Target, f.Held, f.HeldAtEnd, f.ConnectFailures, sessions, f.FirstError)
	}
	if f.Connect.N != sessions {
		t.Errorf("%s: %d connect times for %d sessions", f.Target, f.Connect.N, sessions)
	}
	if f.Contributions == 0 || f.LostFanout+f.LostEcho != 0 {
		t.Errorf("%s: %d contributions, %d texts lost", f.Target, f.Contributions, f.LostFanout+f.LostEcho)
	}
	// Every observer timed every contribution; every letter was echoed.
	if f.Fanout.N != f.Contributions*(f.Members-1) || f.Echo.N != f.Contributions*f.TextLen {
		t.Errorf("%s: %d fan-out and %d echo times for %d contributions", f.Target, f.Fanout.N, f.Echo.N, f.Contributions)
	}
	if f.Fanout.Max <= 0 || f.Echo.Max <= 0 || f.Connect.Max <= 0 {
		t.Errorf("%s: a latency of nothing: %+v %+v %+v", f.Target, f.Fanout, f.Echo, f.Connect)
	}
	// The typist sees each letter; each observer at least the text.
	if f.Bytes.PerKeyTypist < 1 || f.Bytes.PerContribObserverGross < float64(f.TextLen) {
		t.Errorf("%s: bytes %+v", f.Target, f.Bytes)
	}
	if !withServer {
		return
	}
	if f.Server == nil || f.Server.RSSKB == 0 || f.Server.BaselineRSSKB == 0 || f.Server.HeapKB == 0 {
		t.Errorf("%s: server figures missing: %+v", f.Target, f.Server)
	}
}

// TestSmokeMeasuresTrioAndTheFloor: the CI run completes and reports every
// figure for trio and for the floor, in the table and in the JSON. It
// asserts no speed: the figures are for people to read.
func TestSmokeMeasuresTrioAndTheFloor(t *testing.T) {
	t.Parallel()
	table, r := runLoad(t, "--smoke")
	if len(r.Results) != 2 || r.Results[0].Target != "trio" || r.Results[1].Target != "floor" {
		t.Fatalf("results for %+v, want trio then the floor", r.Results)
	}
	for _, f := range r.Results {
		checkFigures(t, f, 3, true)
	}
	for _, row := range r.rows() {
		line := lineOf(table, row.label)
		if line == "" {
			t.Errorf("the table has no line %q:\n%s", row.label, table)
		} else if strings.Count(line, "–") > 1 && !strings.HasPrefix(line, "durable append") { // only a ratio may be missing
			t.Errorf("the table is missing a figure: %q", line)
		}
	}
}

func lineOf(table, label string) string {
	for _, line := range strings.Split(table, "\n") {
		if strings.HasPrefix(line, label+" ") {
			return line
		}
	}
	return ""
}

// TestGenericModeDrivesAnyChat: --generic puts everyone in one room of a
// server it knows nothing about (here the floor, started by the test).
func TestGenericModeDrivesAnyChat(t *testing.T) {
	t.Parallel()
	floor, err := startChild(context.Background(), "serve-floor", io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	defer floor.close()
	_, r := runLoad(t, "--smoke", "--duration", "1s", "--idle-window", "300ms", "--addr", floor.addr, "--generic", "--floor=false", "--server-pid", strconv.Itoa(floor.pid))
	if len(r.Results) != 1 {
		t.Fatalf("%d results, want the one server's", len(r.Results))
	}
	checkFigures(t, r.Results[0], 3, false)
	if s := r.Results[0].Server; s == nil || s.RSSKB == 0 {
		t.Errorf("the server's memory was not read from its process: %+v", s)
	}
}

// TestPreparedRoomsAtAnAddress: prepare writes rooms into a store and a
// plan; trio serving that store lets the plan's members into their rooms.
func TestPreparedRoomsAtAnAddress(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db, planFile := filepath.Join(dir, "trio.db"), filepath.Join(dir, "plan.json")
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"prepare", "--db", db, "--plan", planFile, "--rooms", "2"}, nil, &out, &errOut); code != 0 {
		t.Fatalf("prepare: exit %d: %s", code, errOut.String())
	}
	addr := serveStore(t, db)
	_, r := runLoad(t, "--smoke", "--duration", "1s", "--idle-window", "300ms", "--addr", addr, "--plan", planFile, "--floor=false", "--sessions", "6")
	checkFigures(t, r.Results[0], 6, false)
	if r.Results[0].Server != nil {
		t.Errorf("server figures without --server-pid: %+v", r.Results[0].Server)
	}

	// A plan runs out of rooms with a sentence that says what to do.
	var stdout, stderr bytes.Buffer
	run(context.Background(), []string{"--smoke", "--addr", addr, "--plan", planFile, "--floor=false", "--sessions", "9"}, nil, &stdout, &stderr)
	if !strings.Contains(stdout.String(), "the plan has only 2 rooms: prepare more with trio-load prepare --rooms") {
		t.Errorf("a plan without enough rooms:\n%s%s", stdout.String(), stderr.String())
	}
}

// TestPreparedFullRoomsAreMeasuredInTheirDiscussion: prepare fills each
// room with positions in its discussion round, and the load types more
// there, every one of them seen on each other member's screen.
func TestPreparedFullRoomsAreMeasuredInTheirDiscussion(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db, planFile := filepath.Join(dir, "trio.db"), filepath.Join(dir, "plan.json")
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"prepare", "--db", db, "--plan", planFile, "--rooms", "1", "--contributions", "200"}, nil, &out, &errOut); code != 0 {
		t.Fatalf("prepare: exit %d: %s", code, errOut.String())
	}
	p, err := readPlan(planFile)
	if err != nil {
		t.Fatal(err)
	}
	store, err := session.OpenStore(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	hub, err := session.NewHub(context.Background(), store)
	if err != nil {
		t.Fatal(err)
	}
	r, err := hub.Room(p.Rooms[0].Code)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(r.ContributionsOf(session.Position)); r.CurrentPhase().Kind != content.KindDiscussion || n != 200 {
		t.Fatalf("the prepared room is in its %s with %d positions, want the discussion round with 200", r.CurrentPhase().Kind, n)
	}
	store.Close()
	addr := serveStore(t, db)
	_, report := runLoad(t, "--smoke", "--duration", "1s", "--idle-window", "300ms", "--addr", addr, "--plan", planFile, "--floor=false")
	checkFigures(t, report.Results[0], 3, false)
}

// serveStore serves a trio store the way trio serve does, in the test.
func serveStore(t *testing.T, db string) string {
	t.Helper()
	ctx := context.Background()
	store, err := session.OpenStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	hub, err := session.NewHub(ctx, store)
	if err != nil {
		t.Fatal(err)
	}
	_, hostKey, err := newHostKey()
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv, err := server.New(server.Config{Hub: hub, HostKeyPEM: hostKey, ConnectRate: 1000, CodeGuesses: 600,
		JoinCommand: server.JoinCommand(ln.Addr()), Logger: log.New(io.Discard)})
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	})
	return ln.Addr().String()
}

// TestStartTimesLocalTrio: the start scenario starts the real trio in a
// terminal and times its first screen, each start on a fresh store.
func TestStartTimesLocalTrio(t *testing.T) {
	t.Parallel()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build trio with")
	}
	bin := filepath.Join(t.TempDir(), "trio")
	if out, err := exec.Command(goTool, "build", "-o", bin, "trio/cmd/trio").CombinedOutput(); err != nil {
		t.Fatalf("building trio: %v\n%s", err, out)
	}
	table, r := runLoad(t, "--scenario", "start", "--trio-bin", bin, "--sessions", "3")
	s := r.Start
	if s == nil || s.Runs != 3 || s.Failures != 0 || s.Start.N != 3 || s.Start.Max <= 0 {
		t.Fatalf("start figures: %+v", s)
	}
	if line := lineOf(table, "local start p99 (ms)"); line == "" || strings.Contains(line, "–") {
		t.Errorf("the table has no local start p99:\n%s", table)
	}
}

// TestWorkshopTimesTheCoachsDashboard: the workshop scenario's short run
// joins every trio's members, has the coach's dashboard in trio's process
// show each change they make, and reports its latency beside the fan-out
// and the CPU it costs, in the table and in the JSON.
func TestWorkshopTimesTheCoachsDashboard(t *testing.T) {
	t.Parallel()
	table, r := runLoad(t, "--smoke", "--scenario", "workshop")
	if len(r.Results) != 1 || r.Results[0].Target != "trio" {
		t.Fatalf("results for %+v, want trio's alone", r.Results)
	}
	f := r.Results[0]
	checkFigures(t, f, 6, true)
	d := f.Dashboard
	if d == nil {
		t.Fatal("no figures of the coach's dashboard")
	}
	// Every member's joining, and each contribution's first letter, Enter
	// and ready mark, showed on the coach's screen.
	want := map[string]int{changeJoin: 6, changeWriting: f.Contributions, changeSent: f.Contributions, changeReady: f.Contributions}
	for kind, n := range want {
		if got := d.Kinds[kind]; got.N != n || got.Max <= 0 {
			t.Errorf("%s: %+v, want %d changes timed", kind, got, n)
		}
	}
	if d.Lost != 0 || d.Update.N != 3*f.Contributions || d.Trios != 2 {
		t.Errorf("dashboard: %d of %d trios' changes timed, %d lost", d.Update.N, d.Trios, d.Lost)
	}
	// The same workload ran after the coach left, and both were measured.
	if d.ContributionsWithout == 0 || d.FanoutWithout.N == 0 || d.ActiveCPUWith <= 0 || d.ActiveCPUWithout <= 0 {
		t.Errorf("the CPU with and without the dashboard: %+v", d)
	}
	for _, row := range r.rows() {
		line := lineOf(table, row.label)
		if line == "" {
			t.Errorf("the table has no line %q:\n%s", row.label, table)
		} else if strings.Contains(line, "–") {
			t.Errorf("the table is missing a figure: %q", line)
		}
	}
	if !strings.Contains(table, "dashboard update p99 (ms)") {
		t.Errorf("the table has no dashboard latency:\n%s", table)
	}

	// A workshop holds two to eight trios, and the load says so.
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"--scenario", "workshop", "--sessions", "3"}, nil, &stdout, &stderr); code != 2 ||
		!strings.Contains(stderr.String(), "a workshop has 2 to 8 trios") {
		t.Errorf("3 sessions in a workshop: exit %d, %s", code, stderr.String())
	}
}
