package main

import "fmt"

// The targets compare trio with the servers measured beside it in the
// same run: a ratio from one run, where the machine's noise hit all
// alike, is the figure; over several runs, its least, median and most.

// targetRatio is one comparison a target names: trio's figure over
// another server's, and whether one run met it.
type targetRatio struct {
	figure string
	// over is whom trio is compared with: the floor, or the peer chat.
	over   string
	target string
	value  func(figures) (float64, bool)
	// met is whether one run's figures meet the target: trio's and the
	// other's.
	met func(trio, other float64) bool
}

// The roles a run's servers play, for the ratios.
const (
	overFloor = "floor"
	overPeer  = "peer"
)

var targetRatios = []targetRatio{
	{
		figure: "fan-out p50", over: overPeer, target: "≤ 1×",
		value: func(f figures) (float64, bool) { return f.Fanout.P50, f.Fanout.N > 0 },
		met:   func(trio, other float64) bool { return trio <= other },
	},
	{
		figure: "fan-out p99", over: overPeer, target: "≤ 1×",
		value: func(f figures) (float64, bool) { return f.Fanout.P99, f.Fanout.N > 0 },
		met:   func(trio, other float64) bool { return trio <= other },
	},
	{
		figure: "bytes per letter at a line's end, to the typist", over: overPeer, target: "trio ≤ 8 bytes",
		value: func(f figures) (float64, bool) { return f.Bytes.PerLetterTypist, f.Contributions > 0 },
		met:   func(trio, _ float64) bool { return trio <= 8 },
	},
	{
		figure: "bytes per contribution, to each observer, typing too", over: overPeer, target: "< 1×",
		value: func(f figures) (float64, bool) { return f.Bytes.PerContribObserverAll, f.Contributions > 0 },
		met:   func(trio, other float64) bool { return trio < other },
	},
	{
		figure: "server CPU per contribution", over: overFloor, target: "≤ 3×",
		value: func(f figures) (float64, bool) {
			if f.Server == nil {
				return 0, false
			}
			return f.Server.CPUPerContribMs, f.Contributions > 0
		},
		met: func(trio, other float64) bool { return trio <= 3*other },
	},
}

// ratioFigures is one target ratio over the runs.
type ratioFigures struct {
	Ratio  string    `json:"ratio"`
	Target string    `json:"target"`
	PerRun []float64 `json:"per_run"` // the runs where both were measured
	Spread spread    `json:"spread"`
	Met    int       `json:"runs_within_target"`
}

// ratiosOf computes each target ratio whose servers were measured, run
// by run. A run where the other server's figure is zero or less (its CPU
// less the idle, on a noisy machine) has no ratio.
func ratiosOf(runs []*report) []ratioFigures {
	var out []ratioFigures
	for _, tr := range targetRatios {
		var rf *ratioFigures
		for _, r := range runs {
			trio, other, ok := r.pair(tr.over)
			if !ok {
				continue
			}
			if rf == nil {
				rf = &ratioFigures{Ratio: fmt.Sprintf("%s, trio/%s", tr.figure, other.Target), Target: tr.target}
			}
			a, okA := tr.value(trio)
			b, okB := tr.value(other)
			if !okA || !okB || b <= 0 || a < 0 {
				continue
			}
			rf.PerRun = append(rf.PerRun, round2(a/b))
			if tr.met(a, b) {
				rf.Met++
			}
		}
		if rf != nil {
			rf.Spread = spreadOf(rf.PerRun)
			out = append(out, *rf)
		}
	}
	return out
}

// pair finds trio's figures and those of the server in the given role.
func (r *report) pair(role string) (trio, other figures, ok bool) {
	name := overFloor
	if role == overPeer {
		name = r.Params.Peer
	}
	var haveTrio, haveOther bool
	for _, f := range r.Results {
		switch {
		case f.Target == "trio":
			trio, haveTrio = f, true
		case name != "" && f.Target == name:
			other, haveOther = f, true
		}
	}
	return trio, other, haveTrio && haveOther
}
