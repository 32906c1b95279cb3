package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"text/tabwriter"
	"time"
)

// targetsRun is every target of the performance table, measured in one
// run: each scenario in turn, then the store.
type targetsRun struct {
	Rooms    *report      `json:"rooms"`
	Idle     *report      `json:"idle"`
	Capacity *report      `json:"capacity"`
	Start    *report      `json:"start,omitempty"`
	Store    storeFigures `json:"store"`
	// StorePostgres is the same on a throwaway PostgreSQL, when the
	// machine has one.
	StorePostgres *storeFigures `json:"store_postgres,omitempty"`
	Took          time.Duration `json:"took_ns"`
}

// runTargets measures the table's targets: 300 sessions in 100 active
// rooms, 500 idle sessions, the capacity, a local start, and the store.
func runTargets(ctx context.Context, o options, stdout, log io.Writer) error {
	began := time.Now()
	var run targetsRun
	sub := func(args ...string) (*report, error) {
		so, err := parseOptions(args, log)
		if err != nil {
			return nil, err
		}
		so.serverProf = o.serverProf
		fmt.Fprintf(log, "targets: %v\n", args)
		r, err := runScenario(ctx, so, log)
		if err == nil {
			r.writeTable(stdout)
			fmt.Fprintln(stdout)
		}
		return r, err
	}
	var err error
	if run.Rooms, err = sub("--scenario", "rooms", "--sessions", "300", "--members", "3", "--rate", "0.5", "--duration", o.duration.String()); err != nil {
		return err
	}
	if run.Idle, err = sub("--scenario", "idle", "--sessions", "500"); err != nil {
		return err
	}
	if run.Capacity, err = sub("--scenario", "capacity", "--step", "250", "--step-duration", "10s", "--floor=false"); err != nil {
		return err
	}
	if run.Start, err = sub("--scenario", "start"); err != nil {
		return err
	}
	fmt.Fprintln(log, "targets: the store, 100,000 events in 100 rooms")
	if run.Store, err = measureSQLiteStore(ctx, 100, 1000); err != nil {
		return err
	}
	if run.StorePostgres, err = measureThrowawayPostgres(ctx, log); err != nil {
		return err
	}
	run.Took = time.Since(began)
	writeTargets(stdout, run)
	return writeJSONTo(o.jsonOut, stdout, run)
}

// trioToStart is the trio binary to time: --trio-bin, one beside
// trio-load or on the PATH, or one built now from this checkout (as when
// trio-load itself runs with go run).
func trioToStart(ctx context.Context, flag string) (string, error) {
	if bin, err := findTrio(flag); err == nil {
		return bin, nil
	}
	dir, err := os.MkdirTemp("", "trio-load-start-")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "trio")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/trio")
	if out, err := build.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/trio: %v: %s", err, out)
	}
	return bin, nil
}

// writeTargets prints the performance table: each target beside trio's
// figure, the floor's and their ratio.
func writeTargets(w io.Writer, run targetsRun) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "figure\ttarget\ttrio\tfloor\ttrio/floor")
	row := func(figure, target, trio, floor, ratio string) {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", figure, target, trio, floor, ratio)
	}
	ms := func(v float64) string { return fmt.Sprintf("%.3g ms", v) }
	times := func(a, b float64) string {
		if b <= 0 {
			return "–"
		}
		return fmt.Sprintf("%.3g×", a/b)
	}
	trio, floor := byTarget(run.Rooms)
	if trio != nil && floor != nil {
		row("fan-out p50, 300 sessions in 100 active rooms", "", ms(trio.Fanout.P50), ms(floor.Fanout.P50), times(trio.Fanout.P50, floor.Fanout.P50))
		row("fan-out p99, same run", "≤ 10 ms", ms(trio.Fanout.P99), ms(floor.Fanout.P99), times(trio.Fanout.P99, floor.Fanout.P99))
		row("echo p99, same run", "≤ 10 ms", ms(trio.Echo.P99), ms(floor.Echo.P99), times(trio.Echo.P99, floor.Echo.P99))
		row("bytes to each observer per contribution", fmt.Sprintf("≤ %d + moves", 2*trio.TextLen),
			fmt.Sprintf("%.0f", trio.Bytes.PerContribObserver), fmt.Sprintf("%.0f", floor.Bytes.PerContribObserver),
			times(trio.Bytes.PerContribObserver, floor.Bytes.PerContribObserver))
	}
	trio, floor = byTarget(run.Idle)
	if trio != nil && floor != nil && trio.Server != nil && floor.Server != nil {
		row("Go heap per idle session, 500 held", "≤ 400 KB", fmt.Sprintf("%.0f KB", trio.Server.HeapPerSessionKB),
			fmt.Sprintf("%.0f KB", floor.Server.HeapPerSessionKB), times(trio.Server.HeapPerSessionKB, floor.Server.HeapPerSessionKB))
		row("RSS per idle session, same run", "", fmt.Sprintf("%.0f KB", trio.Server.RSSPerSessionKB),
			fmt.Sprintf("%.0f KB", floor.Server.RSSPerSessionKB), times(trio.Server.RSSPerSessionKB, floor.Server.RSSPerSessionKB))
		row("server CPU, 500 idle sessions", "≤ 5% of a core", fmt.Sprintf("%.1f%%", trio.Server.IdleCPUPercent),
			fmt.Sprintf("%.1f%%", floor.Server.IdleCPUPercent), "–")
	}
	if run.Capacity != nil && len(run.Capacity.Capacity) > 0 {
		row("sessions held with fan-out p99 ≤ 50 ms, every room active", "≥ 2000", fmt.Sprint(run.Capacity.Capacity[0].MostHeld), "–", "–")
	}
	row(fmt.Sprintf("store: durable events appended a second, %d rooms at once", run.Store.Rooms), "≥ 2000", fmt.Sprintf("%.0f", run.Store.AppendedPerSec), "–", "–")
	if pg := run.StorePostgres; pg != nil {
		row("the same on PostgreSQL", "≥ 2000", fmt.Sprintf("%.0f", pg.AppendedPerSec), "–", "–")
	}
	row(fmt.Sprintf("store: replay of %d events", run.Store.Events), "≤ 1 s", fmt.Sprintf("%.2f s", run.Store.ReplaySeconds), "–", "–")
	if run.Start != nil && run.Start.Start != nil {
		row("local start, first frame (p99)", "≤ 100 ms", ms(run.Start.Start.Start.P99), "–", "–")
	}
	tw.Flush()
	fmt.Fprintf(w, "\nall targets measured in %s\n", run.Took.Round(time.Second))
}

// byTarget is a report's trio figures and the floor's.
func byTarget(r *report) (trio, floor *figures) {
	if r == nil {
		return nil, nil
	}
	for i := range r.Results {
		switch r.Results[i].Target {
		case "trio":
			trio = &r.Results[i]
		case "floor":
			floor = &r.Results[i]
		}
	}
	return trio, floor
}
