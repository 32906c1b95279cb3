package main

import (
	"context"
	"fmt"
	"io"
	"time"
)

// measure runs the rooms, idle or crowd scenario against one server:
// connect everyone, let the screens settle, read the memory, measure the
// server idle, then (unless idle) make the rooms active and time them.
func measure(ctx context.Context, o options, t *target, m *markers, log io.Writer) figures {
	members := o.members
	if t.oneRoom {
		members = o.sessions
	}
	sizes := roomSizes(o.sessions, members)
	fig := figures{Target: t.name, Members: members, TextLen: o.textLen, Instances: max(1, len(t.addrs))}
	for _, n := range sizes {
		fig.Sessions += n
	}
	base, reachable := t.stats(true)

	fmt.Fprintf(log, "%s: connecting %d sessions in %d rooms of %d\n", t.name, fig.Sessions, len(sizes), members)
	f := &fleet{t: t, o: o}
	defer f.close()
	f.addRooms(ctx, sizes)
	fig.Rooms = len(f.rooms)
	fig.Held = len(f.clients())
	fig.ConnectFailures = f.failures
	if f.firstErr != nil {
		fig.FirstError = f.firstErr.Error()
		fmt.Fprintf(log, "%s: %d sessions could not connect; the first: %v\n", t.name, f.failures, f.firstErr)
	}
	fig.Connect = summarise(f.connect)
	if fig.Held == 0 {
		return fig
	}

	sleepUntil(ctx, time.Now().Add(o.settle))
	var srv *serverFigures
	if reachable {
		mem, _ := t.stats(true)
		srv = &serverFigures{
			RSSPerSessionKB:  round1(perEach(float64(mem.RSSKB-base.RSSKB), float64(fig.Held))),
			HeapPerSessionKB: round1(perEach(float64(mem.HeapBytes-base.HeapBytes)/1024, float64(fig.Held))),
			RSSKB:            mem.RSSKB,
			HeapKB:           mem.HeapBytes / 1024,
			BaselineRSSKB:    base.RSSKB,
			BaselineHeapKB:   base.HeapBytes / 1024,
			Goroutines:       mem.Goroutines,
		}
	}

	defer t.profile(o.serverProf, log)()
	idle := o.idleWindow
	if o.scenario == "idle" {
		idle = o.duration
	}
	fmt.Fprintf(log, "%s: measuring %d idle sessions for %v\n", t.name, fig.Held, idle)
	clientStart, idleStart := selfCPU(), time.Now()
	cpuIdle, bytesIdle := window(ctx, t, f, idle)
	fig.ClientCPUPercent = round1(cpuPercent(clientStart, selfCPU(), time.Since(idleStart)))
	fig.Bytes.IdlePerSessionSecond = round1(perEach(bytesIdle, float64(fig.Held)*idle.Seconds()))
	if srv != nil {
		srv.IdleCPUPercent = round1(cpuIdle)
	}

	if o.scenario != "idle" {
		fmt.Fprintf(log, "%s: %d rooms active at %g a second for %v\n", t.name, len(f.rooms), o.rate, o.duration)
		start, _ := t.stats(false)
		clientStart, began := selfCPU(), time.Now()
		s := activity(ctx, o, t, f.rooms, m, began.Add(o.duration))
		took := time.Since(began)
		end, _ := t.stats(false)
		fig.Append = t.appendsBetween(start, end)
		fig.ClientCPUPercent = round1(cpuPercent(clientStart, selfCPU(), took))
		fig.fill(s)
		if fig.Instances > 1 {
			same, cross := summarise(s.fanoutSame), summarise(s.fanoutCross)
			fig.FanoutSame, fig.FanoutCross = &same, &cross
		}
		idleBytes := fig.Bytes.IdlePerSessionSecond
		fig.Bytes.PerContribTypist = round1(perEach(float64(s.sentBytes)-idleBytes*s.sentSeconds, float64(s.sentWindows)))
		fig.Bytes.PerContribObserver = round1(perEach(float64(s.sentObserverBytes)-idleBytes*s.sentObserverSeconds, float64(s.sentObserverWindows)))
		fig.Bytes.PerContribObserverAll = round1(fig.Bytes.PerContribObserver + perEach(float64(s.typingObserverBytes), float64(s.typingObserverWindows)))
		if srv != nil {
			srv.ActiveCPUPercent = round1(cpuPercent(start, end, took))
			// Less what the held sessions cost anyway in that time.
			idleCPU := cpuIdle / 100 * float64(took) / float64(time.Millisecond)
			srv.CPUPerContribMs = round2(perEach(cpuMillis(start, end)-idleCPU, float64(s.contributions)))
		}
	}
	fig.Server = srv
	fig.HeldAtEnd = f.held()
	return fig
}

// window measures the server's CPU (percent of one core) and the bytes
// that reach every terminal over a stretch of time in which nobody types.
func window(ctx context.Context, t *target, f *fleet, d time.Duration) (cpu, bytes float64) {
	start, _ := t.stats(false)
	received := f.received()
	began := time.Now()
	sleepUntil(ctx, began.Add(d))
	end, _ := t.stats(false)
	took := time.Since(began)
	return cpuPercent(start, end, took), float64(f.received() - received)
}

// fill takes the latencies and bytes of an active window.
func (fig *figures) fill(s *samples) {
	fig.Fanout = summarise(s.fanout)
	fig.Echo = summarise(s.echo)
	fig.Contributions = s.contributions
	fig.LostFanout = s.lostFanout
	fig.LostEcho = s.lostEcho
	fig.Bytes.PerKeyTypist = round1(perEach(float64(s.typingBytes), float64(s.typingKeys)))
	fig.Bytes.PerKeyObserver = round1(perEach(float64(s.typingObserverBytes), float64(s.typingObserverKeys)))
	fig.Bytes.PerLetterTypist = round1(perEach(float64(s.letterBytes), float64(s.letters)))
	fig.Bytes.PerContribTypistGross = round1(perEach(float64(s.sentBytes), float64(s.sentWindows)))
	fig.Bytes.PerContribObserverGross = round1(perEach(float64(s.sentObserverBytes), float64(s.sentObserverWindows)))
}
