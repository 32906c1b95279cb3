// Command trio-load measures trio over SSH: clients with terminals join
// rooms, type, and time what each screen shows, against trio and against
// the floor, a minimal SSH relay on the same library. Run trio-load -h.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"
	"sync"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "serve-trio", "serve-floor": // the servers, as child processes
			return serveChild(ctx, args[0], stdin, stdout)
		case "prepare":
			return runPrepare(ctx, args[1:], stdout, stderr)
		case "open-rooms":
			return runOpenRooms(ctx, args[1:], stdout, stderr)
		}
	}
	o, err := parseOptions(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "trio-load: %v\n", err)
		return 2
	}
	if o.cpuProfile != "" {
		f, err := os.Create(o.cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "trio-load: cannot write the profile: %v\n", err)
			return 1
		}
		defer f.Close()
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	if o.instances > 1 {
		if err := runInstances(ctx, o, stdout, stderr); err != nil {
			fmt.Fprintf(stderr, "trio-load: %v\n", err)
			return 1
		}
		return 0
	}
	if o.scenario == "targets" {
		if err := runTargets(ctx, o, stdout, stderr); err != nil {
			fmt.Fprintf(stderr, "trio-load: %v\n", err)
			return 1
		}
		return 0
	}
	if o.repeats() {
		if err := runRepeated(ctx, o, stdout, stderr); err != nil {
			fmt.Fprintf(stderr, "trio-load: %v\n", err)
			return 1
		}
		return 0
	}
	r, err := runScenario(ctx, o, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "trio-load: %v\n", err)
		return 1
	}
	r.writeTable(stdout)
	if err := writeJSONTo(o.jsonOut, stdout, r); err != nil {
		fmt.Fprintf(stderr, "trio-load: %v\n", err)
		return 1
	}
	return 0
}

// runScenario measures each server in turn, never two at once: on a
// small machine they would take each other's CPU.
func runScenario(ctx context.Context, o options, log io.Writer) (*report, error) {
	// The servers write their errors to the same log, from other goroutines.
	log = &lockedWriter{w: log}
	r := newReport(o)
	if o.scenario == "start" {
		start, err := measureStart(ctx, o, log)
		if err != nil {
			return nil, err
		}
		r.Start = &start
		r.Machine.LoadAvgEnd = loadAvg()
		return r, nil
	}
	m := &markers{n: o.textLen}
	if o.scenario == "workshop" {
		f, err := measureWorkshop(ctx, o, m, log)
		if err != nil {
			return nil, err
		}
		r.Results = append(r.Results, f)
		r.Machine.LoadAvgEnd = loadAvg()
		return r, nil
	}
	var targets []func() (*target, error)
	switch {
	case o.generic:
		targets = append(targets, func() (*target, error) { return genericTarget(o.addr, o.serverPID), nil })
	case o.addr != "":
		p, err := readPlan(o.planFile)
		if err != nil {
			return nil, err
		}
		targets = append(targets, func() (*target, error) { return planTarget(o.addr, p, o.serverPID), nil })
	case o.trio:
		targets = append(targets, func() (*target, error) { return childTarget(ctx, "serve-trio", log) })
	}
	if o.floor {
		targets = append(targets, func() (*target, error) { return childTarget(ctx, "serve-floor", log) })
	}
	if o.peer != "" {
		targets = append(targets, func() (*target, error) { return peerTarget(o) })
	}
	for _, start := range targets {
		t, err := start()
		if err != nil {
			return nil, err
		}
		if o.scenario == "capacity" {
			r.Capacity = append(r.Capacity, measureCapacity(ctx, o, t, m, log))
		} else {
			r.Results = append(r.Results, measure(ctx, o, t, m, log))
		}
		t.close()
		if ctx.Err() != nil {
			return nil, errors.New("interrupted")
		}
	}
	r.Machine.LoadAvgEnd = loadAvg()
	return r, nil
}

// lockedWriter lets several goroutines write to one writer.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
