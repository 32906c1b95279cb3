package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
)

// repeated is the same measurement made several times, each server in
// turn within each run, so the machine's noise hits them all alike: every
// figure and every target ratio as min / median / max, and each run whole.
type repeated struct {
	Scenario string         `json:"scenario"`
	Machine  machine        `json:"machine"` // load at the first run's start and the last one's end
	Params   params         `json:"params"`
	Servers  []string       `json:"servers"`
	Figures  []figureSpread `json:"figures"`
	Ratios   []ratioFigures `json:"ratios"`
	Runs     []*report      `json:"runs"`
}

// figureSpread is one figure of the table, each server's over the runs.
type figureSpread struct {
	Figure string   `json:"figure"`
	Target string   `json:"target,omitempty"`
	Values []spread `json:"values"` // in the order of Servers
}

// checkRuns refuses a count of runs that means nothing, and repeats of
// what measures itself in its own way.
func (o *options) checkRuns() error {
	switch {
	case o.runs < 1:
		return fmt.Errorf("--runs is how many times to measure: at least 1, not %d", o.runs)
	case o.runs == 1:
		return nil
	case o.instances > 1:
		return errors.New("--instances 2 measures its two stores once: leave out --runs")
	case o.scenario != "rooms" && o.scenario != "idle" && o.scenario != "crowd":
		return fmt.Errorf("--runs repeats the rooms, idle and crowd scenarios, not %s: leave out --runs", o.scenario)
	}
	return nil
}

// repeats reports whether the run is made of runs, summarised: several,
// or one beside a peer, whose ratios the targets name.
func (o options) repeats() bool { return o.runs > 1 || o.peer != "" }

// runRepeated measures o.runs times and prints the summary. A run that
// fails ends the measurement; the runs before it are still reported.
func runRepeated(ctx context.Context, o options, stdout, log io.Writer) error {
	var runs []*report
	var failed error
	for i := range o.runs {
		if o.runs > 1 {
			fmt.Fprintf(log, "run %d of %d\n", i+1, o.runs)
		}
		r, err := runScenario(ctx, o, log)
		if err != nil {
			failed = fmt.Errorf("run %d of %d: %w", i+1, o.runs, err)
			break
		}
		runs = append(runs, r)
	}
	if len(runs) == 0 {
		return failed
	}
	s := summariseRuns(runs)
	s.writeTable(stdout)
	if err := writeJSONTo(o.jsonOut, stdout, s); err != nil {
		return err
	}
	return failed
}

// summariseRuns takes each figure of each server, and each target ratio,
// over the runs. Servers are matched by name: every run measures the same.
func summariseRuns(runs []*report) *repeated {
	first, last := runs[0], runs[len(runs)-1]
	s := &repeated{Scenario: first.Scenario, Machine: first.Machine, Params: first.Params, Runs: runs}
	s.Machine.LoadAvgEnd = last.Machine.LoadAvgEnd
	for _, f := range first.Results {
		s.Servers = append(s.Servers, f.Target)
	}
	for _, row := range first.rows() {
		fs := figureSpread{Figure: row.label, Target: row.target}
		for _, name := range s.Servers {
			var values []float64
			for _, r := range runs {
				if f, ok := r.result(name); ok {
					if v, ok := row.value(f); ok {
						values = append(values, v)
					}
				}
			}
			fs.Values = append(fs.Values, spreadOf(values))
		}
		s.Figures = append(s.Figures, fs)
	}
	s.Ratios = ratiosOf(runs)
	return s
}

// result is the named server's figures in this run.
func (r *report) result(name string) (figures, bool) {
	for _, f := range r.Results {
		if f.Target == name {
			return f, true
		}
	}
	return figures{}, false
}

func (s *repeated) writeTable(w io.Writer) {
	title := s.Runs[0].title()
	if len(s.Runs) > 1 {
		title += fmt.Sprintf("; %d runs, each figure min / median / max", len(s.Runs))
	}
	fmt.Fprintln(w, title)
	var loads []string
	for _, r := range s.Runs {
		load, _, _ := strings.Cut(r.Machine.LoadAvg, " ")
		loads = append(loads, load)
	}
	fmt.Fprintf(w, "machine: %d CPUs, %s; load average at each run's start %s, at the end %s\n\n",
		s.Machine.CPUs, s.Machine.GoVersion, strings.Join(loads, ", "), s.Machine.LoadAvgEnd)

	lines := [][]string{append([]string{"figure", "target"}, s.Servers...)}
	for _, f := range s.Figures {
		line := []string{f.Figure, f.Target}
		for _, v := range f.Values {
			line = append(line, v.cell(figureCell))
		}
		lines = append(lines, line)
	}
	align(w, lines, 1)

	if len(s.Ratios) > 0 {
		fmt.Fprintln(w)
		lines = [][]string{{"ratio, run by run", "target", "trio's figure over the other's", "runs within"}}
		for _, r := range s.Ratios {
			lines = append(lines, []string{r.Ratio, r.Target, r.Spread.cell(ratioCell), fmt.Sprintf("%d of %d", r.Met, len(s.Runs))})
		}
		align(w, lines, 2)
	}
	s.writeLost(w)
	for _, r := range s.Runs {
		for _, f := range r.Results {
			if f.FirstError != "" {
				fmt.Fprintf(w, "\n%s: the first connection that failed: %s\n", f.Target, firstLine(f.FirstError))
			}
		}
	}
}

// writeLost says which servers left texts off the screens: their fan-out
// counts only the texts that showed, and each one lost held its room
// for the timeout, so they made fewer contributions than the others.
func (s *repeated) writeLost(w io.Writer) {
	for _, name := range s.Servers {
		lost, timed := 0, 0
		for _, r := range s.Runs {
			if f, ok := r.result(name); ok {
				lost += f.LostFanout
				timed += f.LostFanout + f.Fanout.N
			}
		}
		if lost > 0 {
			fmt.Fprintf(w, "\n%s: %d of %d texts never showed on an observer's screen: its fan-out counts only those that did, and its room waited for the rest, so it made fewer contributions than the others.\n", name, lost, timed)
		}
	}
}
