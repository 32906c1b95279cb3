package main

import (
	"context"
	"fmt"
	"io"
	"time"
)

// measureCapacity adds rooms, o.step sessions at a time, runs every room
// at the rate for a while after each step, and stops once fan-out p99
// passes the limit, a connection fails, or o.sessions are held.
func measureCapacity(ctx context.Context, o options, t *target, m *markers, log io.Writer) capacity {
	c := capacity{Target: t.name}
	base, reachable := t.stats(true)
	defer t.profile(o.serverProf, log)()
	f := &fleet{t: t, o: o}
	defer f.close()
	rooms := o.step / o.members
	for ctx.Err() == nil {
		add := min(rooms, (o.sessions-len(f.clients()))/o.members)
		if add <= 0 {
			c.Stopped = fmt.Sprintf("reached --sessions %d", o.sessions)
			break
		}
		failed := f.failures
		f.addRooms(ctx, roomSizes(add*o.members, o.members))
		step := capacityStep{Sessions: len(f.clients()), ConnectFailures: f.failures - failed}
		fmt.Fprintf(log, "%s: %d sessions, %d rooms active for %v\n", t.name, step.Sessions, len(f.rooms), o.stepDuration)
		sleepUntil(ctx, time.Now().Add(time.Second))
		start, _ := t.stats(false)
		clientStart, began := selfCPU(), time.Now()
		s := activity(ctx, o, t, f.rooms, m, began.Add(o.stepDuration))
		took := time.Since(began)
		step.ClientCPUPercent = round1(cpuPercent(clientStart, selfCPU(), took))
		step.Fanout, step.Echo = summarise(s.fanout), summarise(s.echo)
		step.Lost = s.lostFanout + s.lostEcho
		if reachable {
			end, _ := t.stats(false)
			step.CPUPercent = round1(cpuPercent(start, end, took))
			step.RSSPerSessionKB = round1(perEach(float64(end.RSSKB-base.RSSKB), float64(step.Sessions)))
		}
		c.Steps = append(c.Steps, step)
		fmt.Fprintf(log, "%s: %d sessions: fan-out p99 %.1f ms, echo p99 %.1f ms, %d lost, %d could not connect\n",
			t.name, step.Sessions, step.Fanout.P99, step.Echo.P99, step.Lost, step.ConnectFailures)
		within := step.ConnectFailures == 0 && step.Lost == 0 && step.Fanout.N > 0 &&
			step.Fanout.P99 <= float64(o.p99Limit)/float64(time.Millisecond)
		if !within {
			switch {
			case step.ConnectFailures > 0:
				c.Stopped = fmt.Sprintf("%d sessions could not connect: %v", step.ConnectFailures, f.firstErr)
			case step.Lost > 0:
				c.Stopped = fmt.Sprintf("%d texts never showed within %v", step.Lost, o.timeout)
			default:
				c.Stopped = fmt.Sprintf("fan-out p99 %.1f ms passed %v", step.Fanout.P99, o.p99Limit)
			}
			break
		}
		c.MostHeld = step.Sessions
	}
	if c.Stopped == "" {
		c.Stopped = "interrupted"
	}
	return c
}
