package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"
	"unicode/utf8"
)

// report is everything one run measured, as JSON and as a table.
type report struct {
	Scenario string        `json:"scenario"`
	Started  time.Time     `json:"started"`
	Machine  machine       `json:"machine"`
	Params   params        `json:"params"`
	Results  []figures     `json:"results,omitempty"`
	Capacity []capacity    `json:"capacity,omitempty"`
	Start    *startFigures `json:"start,omitempty"`
}

// machine is where the run ran: the figures mean little without it.
type machine struct {
	CPUs       int    `json:"cpus"`
	LoadAvg    string `json:"loadavg_at_start"` // from /proc/loadavg: others at work on the machine
	LoadAvgEnd string `json:"loadavg_at_end"`
	GoVersion  string `json:"go"`
}

type params struct {
	Sessions     int     `json:"sessions"`
	Members      int     `json:"members"`
	Rate         float64 `json:"rate_per_room"`
	Duration     string  `json:"duration"`
	Settle       string  `json:"settle"`
	IdleWindow   string  `json:"idle_window"`
	Step         int     `json:"step,omitempty"`
	StepDuration string  `json:"step_duration,omitempty"`
	P99Limit     string  `json:"p99_limit,omitempty"`
	Terminal     string  `json:"terminal"`
	TextLen      int     `json:"text_len"`
	Addr         string  `json:"addr,omitempty"`
	// Peer is the column of the other chat started beside trio, if any.
	Peer string `json:"peer,omitempty"`
}

// loadAvg is the machine's 1, 5 and 15 minute load averages.
func loadAvg() string {
	load, _ := os.ReadFile("/proc/loadavg")
	f := strings.Fields(string(load))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

func newReport(o options) *report {
	r := &report{
		Scenario: o.scenario,
		Started:  time.Now().UTC().Round(time.Second),
		Machine:  machine{CPUs: runtime.NumCPU(), LoadAvg: loadAvg(), GoVersion: runtime.Version()},
		Params: params{
			Sessions: o.sessions, Members: o.members, Rate: o.rate,
			Duration: o.duration.String(), Settle: o.settle.String(), IdleWindow: o.idleWindow.String(),
			Terminal: fmt.Sprintf("%dx%d", o.width, o.height), TextLen: o.textLen, Addr: o.addr,
		},
	}
	if o.peer != "" {
		r.Params.Peer = peerName(o.peer)
	}
	if o.scenario == "capacity" {
		r.Params.Step, r.Params.StepDuration, r.Params.P99Limit = o.step, o.stepDuration.String(), o.p99Limit.String()
	}
	return r
}

// row is one line of the table: a figure, its target, and how to read it.
type row struct {
	label, target string
	value         func(figures) (float64, bool)
}

// count marks a row of whole numbers.
func count(v func(figures) int) func(figures) (float64, bool) {
	return func(f figures) (float64, bool) { return float64(v(f)), true }
}

func latency(pick func(figures) dist, p func(dist) float64) func(figures) (float64, bool) {
	return func(f figures) (float64, bool) {
		d := pick(f)
		return p(d), d.N > 0
	}
}

func always(v func(figures) float64) func(figures) (float64, bool) {
	return func(f figures) (float64, bool) { return v(f), true }
}

func serverFigure(v func(*serverFigures) float64) func(figures) (float64, bool) {
	return func(f figures) (float64, bool) {
		if f.Server == nil {
			return 0, false
		}
		return v(f.Server), true
	}
}

// timesAppends reports whether a server of the run timed its store.
func (r *report) timesAppends() bool {
	for _, f := range r.Results {
		if f.Append != nil {
			return true
		}
	}
	return false
}

// appendFigure is known only for a server that stores and times each
// event.
func appendFigure(p func(dist) float64) func(figures) (float64, bool) {
	return func(f figures) (float64, bool) {
		if f.Append == nil {
			return 0, false
		}
		return p(*f.Append), true
	}
}

// heapFigure is known only for the servers trio-load starts itself.
func heapFigure(f figures) (float64, bool) {
	if f.Server == nil || f.Server.BaselineHeapKB == 0 {
		return 0, false
	}
	return f.Server.HeapPerSessionKB, true
}

func (r *report) rows() []row {
	fan := func(f figures) dist { return f.Fanout }
	echo := func(f figures) dist { return f.Echo }
	conn := func(f figures) dist { return f.Connect }
	p50 := func(d dist) float64 { return d.P50 }
	p90 := func(d dist) float64 { return d.P90 }
	p99 := func(d dist) float64 { return d.P99 }
	pmax := func(d dist) float64 { return d.Max }
	textTarget := fmt.Sprintf("≤ %d + moves", 2*r.Params.TextLen)
	if r.Scenario == "workshop" {
		textTarget = "" // its contributions end with a ready mark
	}
	rows := []row{
		{"sessions held", "", count(func(f figures) int { return f.Held })},
		{"sessions that could not connect", "0", count(func(f figures) int { return f.ConnectFailures })},
		{"connect p50 (ms)", "", latency(conn, p50)},
		{"connect p99 (ms)", "", latency(conn, p99)},
	}
	if r.Scenario != "idle" {
		rows = append(rows,
			row{"fan-out p50 (ms)", "", latency(fan, p50)},
			row{"fan-out p90 (ms)", "", latency(fan, p90)},
			row{"fan-out p99 (ms)", "≤ 10", latency(fan, p99)},
			row{"fan-out max (ms)", "", latency(fan, pmax)},
		)
		if r.timesAppends() {
			rows = append(rows,
				row{"durable append p50 (ms), in the fan-out", "", appendFigure(p50)},
				row{"durable append p99 (ms), in the fan-out", "", appendFigure(p99)},
			)
		}
		rows = append(rows,
			row{"echo p50 (ms)", "", latency(echo, p50)},
			row{"echo p90 (ms)", "", latency(echo, p90)},
			row{"echo p99 (ms)", "≤ 10", latency(echo, p99)},
			row{"echo max (ms)", "", latency(echo, pmax)},
			row{"contributions", "", count(func(f figures) int { return f.Contributions })},
			row{"texts that never showed", "0", count(func(f figures) int { return f.LostFanout + f.LostEcho })},
			row{"bytes per key, to the typist", "", always(func(f figures) float64 { return f.Bytes.PerKeyTypist })},
			row{"bytes per letter at a line's end, to the typist", "≤ 8", always(func(f figures) float64 { return f.Bytes.PerLetterTypist })},
			row{"bytes per key, to each observer", "", always(func(f figures) float64 { return f.Bytes.PerKeyObserver })},
			row{"bytes per contribution, to the typist", "", always(func(f figures) float64 { return f.Bytes.PerContribTypist })},
			row{"bytes per contribution, to each observer", textTarget, always(func(f figures) float64 { return f.Bytes.PerContribObserver })},
		)
		if r.Scenario != "workshop" {
			rows = append(rows, row{"bytes per contribution, to each observer, typing too", "", always(func(f figures) float64 { return f.Bytes.PerContribObserverAll })})
		}
	}
	idleTarget := func(t string) string {
		if r.Scenario == "idle" {
			return t
		}
		return ""
	}
	rows = append(rows,
		row{"bytes a second to an idle session", "", always(func(f figures) float64 { return f.Bytes.IdlePerSessionSecond })},
		row{"server RSS per session (KB)", idleTarget("≤ 400"), serverFigure(func(s *serverFigures) float64 { return s.RSSPerSessionKB })},
		row{"server Go heap per session (KB)", "", heapFigure},
		row{"server CPU idle (% of a core)", idleTarget("≤ 5"), serverFigure(func(s *serverFigures) float64 { return s.IdleCPUPercent })},
	)
	if r.Scenario != "idle" {
		rows = append(rows,
			row{"server CPU active (% of a core)", "", serverFigure(func(s *serverFigures) float64 { return s.ActiveCPUPercent })},
			row{"server CPU per contribution (ms)", "", serverFigure(func(s *serverFigures) float64 { return s.CPUPerContribMs })},
		)
	}
	rows = append(rows, row{"trio-load's own CPU (% of a core)", "", always(func(f figures) float64 { return f.ClientCPUPercent })})
	if r.Scenario == "workshop" {
		rows = append(rows, dashboardRows()...)
	}
	return rows
}

// writeTable prints the figures side by side, with the ratio of the first
// server to the last (trio to the floor).
func (r *report) writeTable(w io.Writer) {
	fmt.Fprintf(w, "%s\n", r.title())
	fmt.Fprintf(w, "machine: %d CPUs, %s; load average at start %s, at the end %s\n\n", r.Machine.CPUs, r.Machine.GoVersion, r.Machine.LoadAvg, r.Machine.LoadAvgEnd)
	if len(r.Results) > 0 {
		head := []string{"figure", "target"}
		for _, f := range r.Results {
			head = append(head, f.Target)
		}
		ratio := len(r.Results) == 2
		if ratio {
			head = append(head, r.Results[0].Target+"/"+r.Results[1].Target)
		}
		lines := [][]string{head}
		for _, row := range r.rows() {
			line := []string{row.label, row.target}
			var vals []float64
			var oks []bool
			for _, f := range r.Results {
				v, ok := row.value(f)
				vals, oks = append(vals, v), append(oks, ok)
				line = append(line, cell(v, ok))
			}
			if ratio {
				if oks[0] && oks[1] && vals[1] > 0 && vals[0] >= 0 {
					line = append(line, fmt.Sprintf("%.1f×", vals[0]/vals[1]))
				} else {
					line = append(line, "–")
				}
			}
			lines = append(lines, line)
		}
		align(w, lines, 1)
		for _, f := range r.Results {
			if f.FirstError != "" {
				fmt.Fprintf(w, "\n%s: the first connection that failed: %s\n", f.Target, firstLine(f.FirstError))
			}
		}
	}
	if s := r.Start; s != nil {
		align(w, [][]string{
			{"figure", "trio"},
			{"starts", fmt.Sprint(s.Runs)},
			{"starts that failed", fmt.Sprint(s.Failures)},
			{"local start p50 (ms)", cell(s.Start.P50, s.Start.N > 0)},
			{"local start p90 (ms)", cell(s.Start.P90, s.Start.N > 0)},
			{"local start p99 (ms)", cell(s.Start.P99, s.Start.N > 0)},
			{"local start max (ms)", cell(s.Start.Max, s.Start.N > 0)},
		}, 1)
		if s.FirstErr != "" {
			fmt.Fprintf(w, "\nthe first start that failed: %s\n", s.FirstErr)
		}
	}
	for _, c := range r.Capacity {
		fmt.Fprintf(w, "\n%s: most sessions held with fan-out p99 ≤ %s: %d (target ≥ 2000); stopped: %s\n", c.Target, r.Params.P99Limit, c.MostHeld, firstLine(c.Stopped))
		lines := [][]string{{"sessions", "fan-out p50", "p99", "max", "echo p99", "lost", "not connected", "CPU %", "RSS/session KB", "trio-load CPU %"}}
		for _, s := range c.Steps {
			lines = append(lines, []string{
				fmt.Sprint(s.Sessions), cell(s.Fanout.P50, true), cell(s.Fanout.P99, true), cell(s.Fanout.Max, true),
				cell(s.Echo.P99, true), fmt.Sprint(s.Lost), fmt.Sprint(s.ConnectFailures), cell(s.CPUPercent, true), cell(s.RSSPerSessionKB, true),
				cell(s.ClientCPUPercent, true),
			})
		}
		align(w, lines, 0)
	}
}

// align writes a table: the first left columns flush left, the rest
// flush right, two spaces apart.
func align(w io.Writer, lines [][]string, left int) {
	widths := map[int]int{}
	for _, line := range lines {
		for i, c := range line {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	for _, line := range lines {
		var b strings.Builder
		for i, c := range line {
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			if i > 0 {
				b.WriteString("  ")
			}
			if i < left {
				b.WriteString(c + pad)
			} else {
				b.WriteString(pad + c)
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

func (r *report) title() string {
	p := r.Params
	switch r.Scenario {
	case "idle":
		return fmt.Sprintf("idle: %d sessions in rooms of %d, settled %s, measured %s, %s terminals", p.Sessions, p.Members, p.Settle, p.Duration, p.Terminal)
	case "capacity":
		return fmt.Sprintf("capacity: steps of %d sessions in rooms of %d at %g contributions/s per room, %s each, up to %d; %s terminals", p.Step, p.Members, p.Rate, p.StepDuration, p.Sessions, p.Terminal)
	case "start":
		store := "a fresh store each time"
		if r.Start != nil && r.Start.Store != "fresh" {
			store = r.Start.Store
		}
		bin := ""
		if r.Start != nil {
			bin = r.Start.Binary
		}
		return fmt.Sprintf("start: %s in local mode, %d times, %s, %s terminal", bin, p.Sessions, store, p.Terminal)
	case "workshop":
		return workshopTitle(p, p.Sessions/max(1, p.Members))
	case "crowd":
		return fmt.Sprintf("crowd: one room of %d at %g contributions/s for %s, %s terminals, %d-letter texts", p.Members, p.Rate, p.Duration, p.Terminal, p.TextLen)
	}
	return fmt.Sprintf("rooms: %d sessions in rooms of %d, each room at %g contributions/s for %s, %s terminals, %d-letter texts", p.Sessions, p.Members, p.Rate, p.Duration, p.Terminal, p.TextLen)
}

func cell(v float64, ok bool) string {
	switch {
	case !ok:
		return "–"
	case v == float64(int64(v)):
		return fmt.Sprintf("%d", int64(v))
	case v < 1 && v > -1:
		return fmt.Sprintf("%.2f", v)
	}
	return fmt.Sprintf("%.1f", v)
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
