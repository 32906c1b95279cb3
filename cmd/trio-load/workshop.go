package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/creack/pty"

	"trio/session"
)

// The workshop scenario: one coach's workshop of trios in trio's server,
// the coach's dashboard open in that server's process as `trio workshop`
// opens it, and every trio's members joining over SSH and active in their
// room's check-in. Each key a member sends that the dashboard shows is
// timed to the coach's screen, beside the fan-out to the room's members
// in the same run. Then the coach leaves the dashboard and the same
// workload runs again: the difference in the server's CPU is what the
// dashboard costs.

// dashboardFigures is what the workshop scenario measured of the coach's
// dashboard.
type dashboardFigures struct {
	Trios    int    `json:"trios"`
	Terminal string `json:"terminal"`
	// Update is a member's key to the first frame of the coach's screen
	// that shows its change, while every room is active: a first letter
	// ("writing"), a word sent, a ready mark. Kinds has each apart, and
	// the enter that joins a room ("join"), timed while the others connect.
	Update dist            `json:"update"`
	Kinds  map[string]dist `json:"kinds"`
	Lost   int             `json:"lost"` // changes the coach's screen never showed

	// The server's CPU, % of one core, over the same workload with the
	// dashboard open and after the coach left it; the cost is the
	// difference. Per contribution, each window's CPU over its own
	// contributions, nothing taken off.
	IdleCPUWith          float64 `json:"idle_cpu_percent_with"`
	IdleCPUWithout       float64 `json:"idle_cpu_percent_without"`
	ActiveCPUWith        float64 `json:"active_cpu_percent_with"`
	ActiveCPUWithout     float64 `json:"active_cpu_percent_without"`
	CPUPerContribWith    float64 `json:"cpu_per_contribution_ms_with"`
	CPUPerContribWithout float64 `json:"cpu_per_contribution_ms_without"`
	CostIdlePercent      float64 `json:"cost_idle_cpu_percent"`
	CostActivePercent    float64 `json:"cost_active_cpu_percent"`
	CostPerContribMs     float64 `json:"cost_cpu_per_contribution_ms"`
	ContributionsWithout int     `json:"contributions_without"`
	FanoutWithout        dist    `json:"fanout_without"`
}

// workshopRoles are what the members of a trio type as their role, seat
// by seat: words the join screen's hints do not hold, so their echo shows.
var workshopRoles = []string{"Product lead", "Designer", "Tech lead"}

// measureWorkshop runs the workshop scenario against a trio server of
// its own.
func measureWorkshop(ctx context.Context, o options, m *markers, log io.Writer) (figures, error) {
	trios := o.sessions / o.members
	fig := figures{Target: "trio", Sessions: trios * o.members, Members: o.members, TextLen: o.textLen}
	// The coach's terminal: the server's process writes to its tty end,
	// as to the terminal trio workshop runs in, and the emulator draws
	// what comes out of the other.
	screenOut, screenIn, err := pty.Open()
	if err != nil {
		return fig, fmt.Errorf("cannot open a terminal for the coach: %w", err)
	}
	pty.Setsize(screenOut, &pty.Winsize{Cols: uint16(o.width), Rows: uint16(o.height)})
	c, err := startChild(ctx, "serve-trio", log, screenIn)
	screenIn.Close() // the server holds its own end
	if err != nil {
		screenOut.Close()
		return fig, err
	}
	t := trioScreens(&target{name: "trio", addr: c.addr, server: c, markReady: true})
	defer t.close()
	coach := newCoachScreen(newClient("coach", io.Discard, screenOut, o.width, o.height, func() { screenOut.Close() }), o.timeout)
	defer coach.cl.close()
	base, _ := t.stats(true)

	fmt.Fprintf(log, "workshop: a workshop of %d trios, the coach at its dashboard\n", trios)
	reply, err := c.ask(fmt.Sprintf("coach 3 %d %d %d", o.width, o.height, trios))
	if err != nil {
		return fig, fmt.Errorf("the coach could not open the workshop: %w", err)
	}
	if len(reply.Rooms) != trios {
		return fig, fmt.Errorf("the workshop has %d rooms, not %d", len(reply.Rooms), trios)
	}
	dashboard := "Workshop " + session.FormatCode(reply.Workshop)
	if _, ok := coach.cl.until(coach.cl.expectShown(dashboard), time.Now().Add(o.timeout)); !ok {
		return fig, fmt.Errorf("the coach's screen never showed %q; it showed:\n%s", dashboard, coach.cl.screen())
	}

	fmt.Fprintf(log, "workshop: %d members joining %d rooms of %d\n", fig.Sessions, trios, o.members)
	rooms, connect, failures, firstErr := joinWorkshop(ctx, o, t, coach, reply.Rooms)
	defer func() {
		for _, room := range rooms {
			for _, cl := range room {
				cl.close()
			}
		}
	}()
	fig.Rooms, fig.Held, fig.ConnectFailures, fig.Connect = len(rooms), len(rooms)*o.members, failures, summarise(connect)
	if firstErr != nil {
		fig.FirstError = firstErr.Error()
		fmt.Fprintf(log, "workshop: %d members could not join; the first: %v\n", failures, firstErr)
	}
	if len(rooms) == 0 {
		return fig, nil
	}
	sleepUntil(ctx, time.Now().Add(o.settle))
	mem, _ := t.stats(true)
	srv := &serverFigures{
		RSSPerSessionKB:  round1(perEach(float64(mem.RSSKB-base.RSSKB), float64(fig.Held))),
		HeapPerSessionKB: round1(perEach(float64(mem.HeapBytes-base.HeapBytes)/1024, float64(fig.Held))),
		RSSKB:            mem.RSSKB, HeapKB: mem.HeapBytes / 1024,
		BaselineRSSKB: base.RSSKB, BaselineHeapKB: base.HeapBytes / 1024,
		Goroutines: mem.Goroutines,
	}
	f := &fleet{t: t, o: o, rooms: rooms}
	d := &dashboardFigures{Trios: trios, Terminal: fmt.Sprintf("%dx%d", o.width, o.height)}
	defer t.profile(o.serverProf, log)()

	// With the coach at the dashboard: idle, then active.
	fmt.Fprintf(log, "workshop: %d idle sessions for %v, the coach watching\n", fig.Held, o.idleWindow)
	clientStart, idleStart := selfCPU(), time.Now()
	cpuIdle, bytesIdle := window(ctx, t, f, o.idleWindow)
	fig.Bytes.IdlePerSessionSecond = round1(perEach(bytesIdle, float64(fig.Held)*o.idleWindow.Seconds()))
	fig.ClientCPUPercent = round1(cpuPercent(clientStart, selfCPU(), time.Since(idleStart)))
	srv.IdleCPUPercent, d.IdleCPUWith = round1(cpuIdle), round1(cpuIdle)
	fmt.Fprintf(log, "workshop: %d rooms active at %g a second for %v, the coach watching\n", len(rooms), o.rate, o.duration)
	t.coach = coach
	with, cpuWith, took := activeWindow(ctx, o, t, rooms, m)
	t.coach = nil
	fig.fill(with)
	fig.ClientCPUPercent = round1(cpuPercent(clientStart, selfCPU(), took))
	idleBytes := fig.Bytes.IdlePerSessionSecond
	fig.Bytes.PerContribTypist = round1(perEach(float64(with.sentBytes)-idleBytes*with.sentSeconds, float64(with.sentWindows)))
	fig.Bytes.PerContribObserver = round1(perEach(float64(with.sentObserverBytes)-idleBytes*with.sentObserverSeconds, float64(with.sentObserverWindows)))
	srv.ActiveCPUPercent = round1(cpuPercent(cpuWith[0], cpuWith[1], took))
	idleCPU := cpuIdle / 100 * float64(took) / float64(time.Millisecond)
	srv.CPUPerContribMs = round2(perEach(cpuMillis(cpuWith[0], cpuWith[1])-idleCPU, float64(with.contributions)))
	d.ActiveCPUWith = srv.ActiveCPUPercent
	d.CPUPerContribWith = round2(perEach(cpuMillis(cpuWith[0], cpuWith[1]), float64(with.contributions)))
	d.Update, d.Kinds, d.Lost = coach.figures()

	// The coach leaves the dashboard; the same again without it.
	if _, err := c.ask("coach stop"); err != nil {
		return fig, fmt.Errorf("the coach could not leave the dashboard: %w", err)
	}
	fmt.Fprintf(log, "workshop: the same for %v and %v, the coach gone\n", o.idleWindow, o.duration)
	cpuIdleWithout, _ := window(ctx, t, f, o.idleWindow)
	without, cpuWithout, tookWithout := activeWindow(ctx, o, t, rooms, m)
	d.IdleCPUWithout = round1(cpuIdleWithout)
	d.ActiveCPUWithout = round1(cpuPercent(cpuWithout[0], cpuWithout[1], tookWithout))
	d.CPUPerContribWithout = round2(perEach(cpuMillis(cpuWithout[0], cpuWithout[1]), float64(without.contributions)))
	d.ContributionsWithout = without.contributions
	d.FanoutWithout = summarise(without.fanout)
	d.CostIdlePercent = round1(d.IdleCPUWith - d.IdleCPUWithout)
	d.CostActivePercent = round1(d.ActiveCPUWith - d.ActiveCPUWithout)
	d.CostPerContribMs = round2(d.CPUPerContribWith - d.CPUPerContribWithout)

	fig.Server, fig.Dashboard = srv, d
	fig.HeldAtEnd = f.held()
	return fig, nil
}

// activeWindow runs every room for o.duration and reads the server's CPU
// before and after.
func activeWindow(ctx context.Context, o options, t *target, rooms [][]*client, m *markers) (*samples, [2]serverStats, time.Duration) {
	start, _ := t.stats(false)
	began := time.Now()
	s := activity(ctx, o, t, rooms, m, began.Add(o.duration))
	took := time.Since(began)
	end, _ := t.stats(false)
	return s, [2]serverStats{start, end}, took
}

// joinWorkshop has every trio's members join their room over SSH, the
// rooms side by side and the members of a room one after another, so the
// dashboard's count of who is here grows by one at a time. Each member's
// enter on the join screen is timed to the coach's screen. A room with a
// member who could not join is left out; the failures are counted.
func joinWorkshop(ctx context.Context, o options, t *target, coach *coachScreen, codes []string) (rooms [][]*client, connect []time.Duration, failures int, firstErr error) {
	seed := make([]byte, 32)
	rand.Read(seed)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for r, code := range codes {
		wg.Go(func() {
			room := make([]*client, 0, o.members)
			for m := range o.members {
				spec := dialSpec{
					addr: t.addr, local: loopbackSource(r*o.members + m), user: memberName(m), signer: memberKey(seed, r, m),
					command: "join " + code, width: o.width, height: o.height, timeout: o.timeout,
				}
				cl, took, err := joinAsNewcomer(ctx, spec, t, coach, r+1, session.FormatCode(code), workshopRoles[m%len(workshopRoles)])
				mu.Lock()
				if err != nil {
					failures += o.members - m
					if firstErr == nil {
						firstErr = err
					}
				} else {
					connect = append(connect, took)
				}
				mu.Unlock()
				if err != nil {
					for _, cl := range room {
						cl.close()
					}
					return
				}
				room = append(room, cl)
			}
			mu.Lock()
			rooms = append(rooms, room)
			mu.Unlock()
		})
	}
	wg.Wait()
	return rooms, connect, failures, firstErr
}

// joinAsNewcomer connects one member to a room they are not in yet: the
// join screen, their name as offered, their role, enter; then waits for
// the room on their screen and for the coach's screen to count them.
func joinAsNewcomer(ctx context.Context, spec dialSpec, t *target, coach *coachScreen, table int, code, role string) (*client, time.Duration, error) {
	start := time.Now()
	cl, err := dial(ctx, spec)
	if err != nil {
		return nil, 0, fmt.Errorf("%s could not connect: %w", spec.user, err)
	}
	fail := func(what string) (*client, time.Duration, error) {
		screen := cl.screen()
		cl.close()
		return nil, 0, fmt.Errorf("%s %s in %v; the screen showed:\n%s", spec.user, what, spec.timeout, screen)
	}
	if _, ok := cl.until(cl.expectShown("Join a room"), start.Add(spec.timeout)); !ok {
		return fail("never saw the join screen")
	}
	typed := cl.expect(role)
	sent, err := cl.send("\r" + role)
	if err != nil {
		return fail("could not type")
	}
	if _, ok := cl.until(typed, sent.Add(spec.timeout)); !ok {
		return fail("never saw their role typed")
	}
	coach.seat(cl, table, code)
	counted := coach.expect(cl, changeJoin)
	inRoom := cl.expectShown(t.ready)
	sent, err = cl.send("\r")
	if err != nil {
		return fail("could not press enter")
	}
	at, ok := cl.until(inRoom, sent.Add(spec.timeout))
	if !ok {
		return fail(fmt.Sprintf("never saw %q", t.ready))
	}
	coach.seen(counted, sent)
	return cl, at.Sub(start), nil
}

// workshopTitle is the table's title for the workshop scenario.
func workshopTitle(p params, trios int) string {
	return fmt.Sprintf("workshop: a coach's dashboard of %d trios of %d, each room at %g contributions/s for %s with the dashboard and %s without, %s terminals, %d-letter texts",
		trios, p.Members, p.Rate, p.Duration, p.Duration, p.Terminal, p.TextLen)
}

// dashboardFigure reads a figure of the coach's dashboard, when there is
// one.
func dashboardFigure(v func(*dashboardFigures) float64) func(figures) (float64, bool) {
	return func(f figures) (float64, bool) {
		if f.Dashboard == nil {
			return 0, false
		}
		return v(f.Dashboard), true
	}
}

// dashboardRows are the workshop scenario's lines of the table, after
// the rooms'.
func dashboardRows() []row {
	update := func(p func(dist) float64) func(figures) (float64, bool) {
		return func(f figures) (float64, bool) {
			if f.Dashboard == nil || f.Dashboard.Update.N == 0 {
				return 0, false
			}
			return p(f.Dashboard.Update), true
		}
	}
	return []row{
		{"dashboard update p50 (ms)", "", update(func(d dist) float64 { return d.P50 })},
		{"dashboard update p90 (ms)", "", update(func(d dist) float64 { return d.P90 })},
		{"dashboard update p99 (ms)", "≈ fan-out p99", update(func(d dist) float64 { return d.P99 })},
		{"dashboard update max (ms)", "", update(func(d dist) float64 { return d.Max })},
		{"dashboard updates timed", "", update(func(d dist) float64 { return float64(d.N) })},
		{"dashboard update after a join p99 (ms)", "", dashboardFigure(func(d *dashboardFigures) float64 { return d.Kinds[changeJoin].P99 })},
		{"dashboard updates that never showed", "0", dashboardFigure(func(d *dashboardFigures) float64 { return float64(d.Lost) })},
		{"server CPU active, the coach gone (% of a core)", "", dashboardFigure(func(d *dashboardFigures) float64 { return d.ActiveCPUWithout })},
		{"the dashboard's CPU, idle (% of a core)", "", dashboardFigure(func(d *dashboardFigures) float64 { return d.CostIdlePercent })},
		{"the dashboard's CPU, active (% of a core)", "", dashboardFigure(func(d *dashboardFigures) float64 { return d.CostActivePercent })},
		{"the dashboard's CPU per contribution (ms)", "", dashboardFigure(func(d *dashboardFigures) float64 { return d.CostPerContribMs })},
	}
}
