package main

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// Several trio servers may serve one PostgreSQL database, each holding
// every room: a text typed on one reaches the others through the
// database's change feed. trio-load measures that by spreading each
// room's members over the instances, and timing every text to each other
// member's screen as always, split by whether the author and the reader
// reached one server or two.

// seatInstance is which instance the member of a room joins: members
// take turns, and each room starts one further on, so every room spans
// the instances and each carries its share of the rooms' people.
func seatInstance(room, member, instances int) int {
	if instances < 2 {
		return 0
	}
	return (room + member) % instances
}

// seat is the address a room's member dials and which instance that is.
func (t *target) seat(room, member int) (addr string, instance int) {
	if len(t.addrs) < 2 {
		return t.addr, 0
	}
	i := seatInstance(room, member, len(t.addrs))
	return t.addrs[i], i
}

// fanoutSample is one text's arrival on one reader's screen.
type fanoutSample struct {
	took           time.Duration
	author, reader int // the instances each reached
}

// addFanout counts a text's arrival in the whole and in its half: within
// one instance or across two. Call it with s.mu held.
func (s *samples) addFanout(f fanoutSample) {
	s.fanout = append(s.fanout, f.took)
	if f.author == f.reader {
		s.fanoutSame = append(s.fanoutSame, f.took)
	} else {
		s.fanoutCross = append(s.fanoutCross, f.took)
	}
}

// instancesTarget starts n trio servers on the PostgreSQL database at
// dsn. Each room is opened on one of them in turn, and the others are
// waited for until they hold it too, so a member who joins through any
// of them finds it.
func instancesTarget(ctx context.Context, dsn string, n int, log io.Writer) (*target, error) {
	servers := make([]*child, 0, n)
	closeAll := func() {
		for _, c := range servers {
			c.close()
		}
	}
	for range n {
		c, err := startChildOn(ctx, "serve-trio", dsn, log)
		if err != nil {
			closeAll()
			return nil, err
		}
		servers = append(servers, c)
	}
	seed := make([]byte, 32)
	rand.Read(seed)
	var mu sync.Mutex
	rooms := 0
	t := &target{name: "trio-postgres", addr: servers[0].addr, server: servers[0], others: servers[1:]}
	for _, c := range servers {
		t.addrs = append(t.addrs, c.addr)
	}
	t.open = func(ctx context.Context, members int) ([]gossh.Signer, string, error) {
		mu.Lock()
		room := rooms
		rooms++
		mu.Unlock()
		keys, ids := make([]gossh.Signer, members), make([]string, members)
		for i := range keys {
			keys[i] = memberKey(seed, room, i)
			ids[i] = participantID(keys[i])
		}
		opener := servers[room%n]
		code, err := opener.openRoom(ids)
		if err != nil {
			return nil, "", err
		}
		for _, c := range servers {
			if c == opener {
				continue
			}
			if _, err := c.ask("await " + code); err != nil {
				return nil, "", err
			}
		}
		return keys, "join " + code, nil
	}
	return trioScreens(t), nil
}

// awaitTimeout is how long an instance may take to learn of a room
// another opened: far longer than the change feed takes.
const awaitTimeout = 10 * time.Second

// awaitRequest waits until this trio server holds a room that another
// server on its database opened ("await CODE").
func awaitRequest(ctx context.Context, b backend, args []string) error {
	t, ok := b.(*trioBackend)
	if !ok || len(args) != 1 {
		return errors.New("await takes a room's code, and trio's server")
	}
	deadline := time.Now().Add(awaitTimeout)
	for {
		if _, err := t.hub.Room(args[0]); err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("room %s, opened on another server, did not reach this one in %v", args[0], awaitTimeout)
		}
		if !sleepUntil(ctx, time.Now().Add(5*time.Millisecond)) {
			return ctx.Err()
		}
	}
}
