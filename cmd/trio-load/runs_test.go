package main

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestSpreadOfRuns: the least, the median and the most, whatever the
// order of the runs; the median of an even count is the middle two's mean.
func TestSpreadOfRuns(t *testing.T) {
	t.Parallel()
	cases := []struct {
		values []float64
		want   spread
		cell   string
	}{
		{nil, spread{}, "–"},
		{[]float64{2.5}, spread{N: 1, Min: 2.5, Median: 2.5, Max: 2.5}, "2.5"},
		{[]float64{5, 1, 3}, spread{N: 3, Min: 1, Median: 3, Max: 5}, "1 / 3 / 5"},
		{[]float64{4, 1, 3, 2}, spread{N: 4, Min: 1, Median: 2.5, Max: 4}, "1 / 2.5 / 4"},
		{[]float64{0.42, 9, 0.3, 12.3, 1.5}, spread{N: 5, Min: 0.3, Median: 1.5, Max: 12.3}, "0.30 / 1.5 / 12.3"},
	}
	for _, c := range cases {
		before := slices.Clone(c.values)
		got := spreadOf(c.values)
		if got != c.want {
			t.Errorf("spreadOf(%v) = %+v, want %+v", c.values, got, c.want)
		}
		if !slices.Equal(c.values, before) {
			t.Errorf("spreadOf reordered the runs: %v", c.values)
		}
		if cell := got.cell(figureCell); cell != c.cell {
			t.Errorf("spreadOf(%v) shows %q, want %q", c.values, cell, c.cell)
		}
	}
}

// fakeRun is one run's figures for trio, the floor and ssh-chat: fan-out
// p50 and p99, bytes per letter to the typist, bytes per contribution to
// each observer, and CPU per contribution, in that order, for each.
func fakeRun(trio, floor, chat [5]float64) *report {
	fig := func(name string, v [5]float64) figures {
		return figures{
			Target: name, Held: 12, Members: 12, Contributions: 30,
			Fanout: dist{N: 330, P50: v[0], P99: v[1]},
			Bytes:  bytesFigures{PerLetterTypist: v[2], PerContribObserverAll: v[3]},
			Server: &serverFigures{CPUPerContribMs: v[4]},
		}
	}
	return &report{
		Scenario: "crowd", Machine: machine{CPUs: 2, LoadAvg: "0.50 0.40 0.30", LoadAvgEnd: "0.60 0.40 0.30"},
		Params:  params{Members: 12, Sessions: 12, Rate: 1, Duration: "30s", Terminal: "80x24", TextLen: 8, Peer: "ssh-chat"},
		Results: []figures{fig("trio", trio), fig("floor", floor), fig("ssh-chat", chat)},
	}
}

// TestRatiosRunByRun: each ratio is taken within a run, then summarised;
// a run where the other's figure is not above zero has no ratio; each
// target is met or not run by run.
func TestRatiosRunByRun(t *testing.T) {
	t.Parallel()
	runs := threeRuns()
	got := map[string]ratioFigures{}
	for _, r := range ratiosOf(runs) {
		got[r.Ratio] = r
	}
	want := map[string]struct {
		perRun []float64
		met    int
	}{
		"fan-out p50, trio/ssh-chat":                                          {[]float64{2, 0.5, 3}, 1},
		"fan-out p99, trio/ssh-chat":                                          {[]float64{2, 1, 3}, 1},
		"bytes per letter at a line's end, to the typist, trio/ssh-chat":      {[]float64{6, 9, 8}, 2},
		"bytes per contribution, to each observer, typing too, trio/ssh-chat": {[]float64{0.83, 1.17, 1.02}, 1},
		// The second run's floor spent no CPU above its idle: no ratio.
		"server CPU per contribution, trio/floor": {[]float64{3, 2.5}, 2},
	}
	if len(got) != len(want) {
		t.Errorf("ratios %v, want %d of them", got, len(want))
	}
	for name, w := range want {
		r, ok := got[name]
		if !ok {
			t.Errorf("no ratio %q", name)
			continue
		}
		if !slices.Equal(r.PerRun, w.perRun) || r.Met != w.met {
			t.Errorf("%s: %v, %d runs within; want %v, %d", name, r.PerRun, r.Met, w.perRun, w.met)
		}
		if s := spreadOf(w.perRun); r.Spread != s {
			t.Errorf("%s: spread %+v, want %+v", name, r.Spread, s)
		}
	}

	// Without a peer, only the floor's ratio is there to take.
	alone := fakeRun([5]float64{2, 10, 6, 50, 3}, [5]float64{0.5, 1, 1, 15, 1}, [5]float64{})
	alone.Results, alone.Params.Peer = alone.Results[:2], ""
	if r := ratiosOf([]*report{alone}); len(r) != 1 || r[0].Ratio != "server CPU per contribution, trio/floor" || r[0].Spread.Median != 3 {
		t.Errorf("trio and the floor alone: %+v", r)
	}
}

// TestSummaryOfRuns: every figure of the table, for each server, over the
// runs; the table shows min / median / max, and the JSON keeps each run.
func TestSummaryOfRuns(t *testing.T) {
	t.Parallel()
	runs := threeRuns()
	runs[2].Machine.LoadAvgEnd = "1.90 0.80 0.40"
	runs[1].Results[0].LostFanout = 4
	s := summariseRuns(runs)
	if !slices.Equal(s.Servers, []string{"trio", "floor", "ssh-chat"}) {
		t.Fatalf("servers %v", s.Servers)
	}
	var p99 *figureSpread
	for i := range s.Figures {
		if s.Figures[i].Figure == "fan-out p99 (ms)" {
			p99 = &s.Figures[i]
		}
	}
	if p99 == nil || p99.Values[0] != (spread{N: 3, Min: 4, Median: 6, Max: 10}) || p99.Values[2] != (spread{N: 3, Min: 2, Median: 4, Max: 5}) {
		t.Fatalf("fan-out p99 over the runs: %+v", p99)
	}
	var table bytes.Buffer
	s.writeTable(&table)
	for _, want := range []string{
		"3 runs, each figure min / median / max",
		"load average at each run's start 0.50, 0.50, 0.50, at the end 1.90 0.80 0.40",
		"fan-out p99, trio/ssh-chat",
		"1.00× / 2.00× / 3.00×",
		"1 of 3",
		"trio: 4 of 994 texts never showed on an observer's screen",
	} {
		if !strings.Contains(table.String(), want) {
			t.Errorf("the table has no %q:\n%s", want, table.String())
		}
	}
	if strings.Contains(table.String(), "floor: ") || strings.Contains(table.String(), "ssh-chat: ") {
		t.Errorf("texts lost where none were:\n%s", table.String())
	}
	if line := strings.Join(strings.Fields(lineOf(table.String(), "fan-out p99 (ms)")), " "); !strings.HasSuffix(line, "≤ 10 4 / 6 / 10 1 / 1 / 1 2 / 4 / 5") {
		t.Errorf("fan-out p99's line: %q", line)
	}
	var j bytes.Buffer
	if err := writeJSONTo("-", &j, s); err != nil {
		t.Fatal(err)
	}
	var back repeated
	if err := json.Unmarshal(j.Bytes(), &back); err != nil || len(back.Runs) != 3 || len(back.Ratios) != 5 || back.Runs[1].Results[0].Fanout.P99 != 4 {
		t.Errorf("the JSON reads back as %d runs, %d ratios: %v", len(back.Runs), len(back.Ratios), err)
	}
}

// threeRuns are three runs of trio, the floor and a chat, the floor's
// second with no CPU figure above zero.
func threeRuns() []*report {
	return []*report{
		fakeRun([5]float64{2, 10, 6, 50, 3}, [5]float64{0.5, 1, 1, 15, 1}, [5]float64{1, 5, 1, 60, 2}),
		fakeRun([5]float64{1, 4, 9, 70, 4}, [5]float64{0.5, 1, 1, 15, 0}, [5]float64{2, 4, 1, 60, 2}),
		fakeRun([5]float64{3, 6, 8, 61, 5}, [5]float64{0.5, 1, 1, 15, 2}, [5]float64{1, 2, 1, 60, 2}),
	}
}
