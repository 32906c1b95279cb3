package main

import (
	"fmt"
	"io"
	"time"
)

// crossToSame is how many times slower a text reaches a reader on another
// server than one on its author's, at p99; false when either is unknown.
func crossToSame(f figures) (float64, bool) {
	if f.FanoutSame == nil || f.FanoutCross == nil || f.FanoutSame.N == 0 || f.FanoutCross.N == 0 || f.FanoutSame.P99 <= 0 {
		return 0, false
	}
	return f.FanoutCross.P99 / f.FanoutSame.P99, true
}

// sameServer is the fan-out to readers on the author's server: with one
// server, every reader.
func sameServer(f figures) dist {
	if f.FanoutSame != nil {
		return *f.FanoutSame
	}
	return f.Fanout
}

// writeTable prints SQLite's figures beside PostgreSQL's.
func (run instancesRun) writeTable(w io.Writer) {
	p, pg := run.Params, run.PostgreSQL
	fmt.Fprintf(w, "rooms: %d sessions in rooms of %d, each room at %g contributions/s for %s, %s terminals, %d-letter texts\n",
		p.Sessions, p.Members, p.Rate, p.Duration, p.Terminal, p.TextLen)
	where := "the database of --pg"
	if pg.Throwaway {
		where = "a throwaway server"
	}
	fmt.Fprintf(w, "one trio on a SQLite file (synchronous=FULL), then %d trios sharing PostgreSQL %s, %s (fsync %s, synchronous_commit %s)\n",
		run.Postgres.Instances, pg.Version, where, pg.Fsync, pg.SynchronousCommit)
	if !pg.durable() {
		fmt.Fprintln(w, "PostgreSQL does not wait for the disk at each commit here: its events a second are not durable ones")
	}
	fmt.Fprintf(w, "machine: %d CPUs, %s; load average at start %s, at the end %s\n\n", run.Machine.CPUs, run.Machine.GoVersion, run.Machine.LoadAvg, run.Machine.LoadAvgEnd)

	lite, shared := run.SQLite, run.Postgres
	servers := func(f figures) string { return fmt.Sprintf("%d", f.Instances) }
	lines := [][]string{
		{"figure", "target", "SQLite", "PostgreSQL"},
		{"trio servers", "", servers(lite), servers(shared)},
		{"sessions held", "", cell(float64(lite.Held), true), cell(float64(shared.Held), true)},
		{"contributions", "", cell(float64(lite.Contributions), true), cell(float64(shared.Contributions), true)},
		{"texts that never showed", "0", cell(float64(lite.LostFanout+lite.LostEcho), true), cell(float64(shared.LostFanout+shared.LostEcho), true)},
	}
	latencies := func(label string, pick func(figures) *dist, p func(dist) float64) {
		line := []string{label, ""}
		for _, f := range []figures{lite, shared} {
			d := pick(f)
			line = append(line, cell(0, false))
			if d != nil && d.N > 0 {
				line[len(line)-1] = cell(p(*d), true)
			}
		}
		lines = append(lines, line)
	}
	p50 := func(d dist) float64 { return d.P50 }
	p99 := func(d dist) float64 { return d.P99 }
	all := func(f figures) *dist { return &f.Fanout }
	same := func(f figures) *dist { d := sameServer(f); return &d }
	cross := func(f figures) *dist { return f.FanoutCross }
	echo := func(f figures) *dist { return &f.Echo }
	latencies("fan-out p50, every reader (ms)", all, p50)
	latencies("fan-out p99, every reader (ms)", all, p99)
	latencies("fan-out p50, reader on the author's server (ms)", same, p50)
	latencies("fan-out p99, reader on the author's server (ms)", same, p99)
	latencies("fan-out p50, reader on another server (ms)", cross, p50)
	latencies("fan-out p99, reader on another server (ms)", cross, p99)
	ratio := "–"
	if v, ok := crossToSame(shared); ok {
		ratio = fmt.Sprintf("%.1f×", v)
	}
	lines = append(lines, []string{"fan-out p99, another server / the author's", "≤ 3×", "–", ratio})
	latencies("echo p99 (ms)", echo, p99)
	cpu := func(f figures) string {
		if f.Server == nil {
			return cell(0, false)
		}
		return cell(f.Server.ActiveCPUPercent, true)
	}
	lines = append(lines, []string{"trio servers' CPU, rooms active (% of a core)", "", cpu(lite), cpu(shared)})
	if len(run.Stores) == 2 {
		s := run.Stores
		lines = append(lines, []string{
			fmt.Sprintf("durable events appended a second, %d rooms at once", s[0].Rooms), "≥ 2000",
			fmt.Sprintf("%.0f", s[0].AppendedPerSec), fmt.Sprintf("%.0f", s[1].AppendedPerSec),
		})
	}
	align(w, lines, 1)
	fmt.Fprintln(w, "\nThe servers' CPU is trio's alone: PostgreSQL's own processes are not counted.")
	for _, f := range []figures{lite, shared} {
		if f.FirstError != "" {
			fmt.Fprintf(w, "%s: the first connection that failed: %s\n", f.Target, firstLine(f.FirstError))
		}
	}
	fmt.Fprintf(w, "measured in %s\n", run.Took.Round(time.Second))
}
