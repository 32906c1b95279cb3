package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// fleet is every terminal connected to one target, room by room.
type fleet struct {
	t     *target
	o     options
	rooms [][]*client

	connect  []time.Duration // dial to being in the room, per session
	dialed   int             // sessions tried, to spread their addresses
	failures int
	firstErr error
}

func (f *fleet) clients() []*client {
	var all []*client
	for _, r := range f.rooms {
		all = append(all, r...)
	}
	return all
}

func (f *fleet) held() int {
	n := 0
	for _, cl := range f.clients() {
		if cl.alive() {
			n++
		}
	}
	return n
}

func (f *fleet) received() int64 {
	var n int64
	for _, cl := range f.clients() {
		n += cl.received.Load()
	}
	return n
}

func (f *fleet) close() {
	var wg sync.WaitGroup
	for _, cl := range f.clients() {
		wg.Go(cl.close)
	}
	wg.Wait()
}

// roomSizes splits sessions into rooms of members; what is left makes a
// smaller room, unless it is one person alone.
func roomSizes(sessions, members int) []int {
	sizes := make([]int, sessions/members)
	for i := range sizes {
		sizes[i] = members
	}
	if rest := sessions % members; rest >= 2 {
		sizes = append(sizes, rest)
	}
	return sizes
}

// addRooms opens rooms of these sizes and connects their members, at most
// o.parallel at a time. A room with a member who could not get in is left
// out of the activity; the failure is counted.
func (f *fleet) addRooms(ctx context.Context, sizes []int) {
	type seat struct {
		room, member, instance int
		spec                   dialSpec
	}
	var seats []seat
	first := len(f.rooms)
	for r, members := range sizes {
		keys, command, err := f.t.open(ctx, members)
		if err != nil {
			rest := 0
			for _, n := range sizes[r:] {
				rest += n
			}
			f.fail(fmt.Errorf("cannot prepare a room: %w", err), rest)
			break
		}
		f.rooms = append(f.rooms, make([]*client, members))
		for m, key := range keys {
			addr, instance := f.t.seat(first+r, m)
			spec := dialSpec{
				addr: addr, user: memberName(m), signer: key, command: command,
				width: f.o.width, height: f.o.height, timeout: f.o.timeout,
			}
			if isLoopback(f.t.addr) {
				spec.local = loopbackSource(f.dialed)
			}
			f.dialed++
			seats = append(seats, seat{room: first + r, member: m, instance: instance, spec: spec})
		}
	}
	var mu sync.Mutex
	work := make(chan seat)
	var wg sync.WaitGroup
	for range f.o.parallel {
		wg.Go(func() {
			for s := range work {
				cl, took, err := f.join(ctx, s.spec)
				mu.Lock()
				if err != nil {
					f.fail(err, 1)
				} else {
					cl.instance = s.instance
					f.rooms[s.room][s.member] = cl
					f.connect = append(f.connect, took)
				}
				mu.Unlock()
			}
		})
	}
	for _, s := range seats {
		if ctx.Err() != nil {
			break
		}
		work <- s
	}
	close(work)
	wg.Wait()
	// Keep only whole rooms: a room missing a member cannot be measured.
	kept := f.rooms[:first]
	for _, room := range f.rooms[first:] {
		whole := true
		for _, cl := range room {
			whole = whole && cl != nil
		}
		if whole {
			kept = append(kept, room)
			continue
		}
		for _, cl := range room {
			if cl != nil {
				cl.close()
			}
		}
	}
	f.rooms = kept
}

// join connects one member and waits until their screen shows the room.
func (f *fleet) join(ctx context.Context, spec dialSpec) (*client, time.Duration, error) {
	start := time.Now()
	cl, err := dial(ctx, spec)
	if err != nil {
		return nil, 0, fmt.Errorf("%s could not connect: %w", spec.user, err)
	}
	at, ok := cl.until(cl.expectShown(f.t.ready), start.Add(f.o.timeout))
	if !ok {
		screen := cl.screen()
		cl.close()
		if f.t.ready == "" {
			return nil, 0, fmt.Errorf("%s connected but the screen stayed empty for %v", spec.user, f.o.timeout)
		}
		return nil, 0, fmt.Errorf("%s connected but the screen never showed %q in %v; it showed:\n%s", spec.user, f.t.ready, f.o.timeout, screen)
	}
	return cl, at.Sub(start), nil
}

func (f *fleet) fail(err error, n int) {
	f.failures += n
	if f.firstErr == nil {
		f.firstErr = err
	}
}
