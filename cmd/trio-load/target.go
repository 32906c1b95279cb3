package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"net"
	"path/filepath"
	"sync"

	gossh "golang.org/x/crypto/ssh"

	"trio/content"
)

// target is a server under test and how its screens behave.
type target struct {
	name string
	addr string
	// server is the child process serving, when trio-load started it;
	// pid, when only its process id is known (--server-pid).
	server *child
	pid    int
	// others are more instances serving the same store, and addrs every
	// instance's address, server's first: each room's members are spread
	// over them. Both are empty for a server alone.
	others []*child
	addrs  []string
	// open prepares a room of n members and returns their keys and what
	// each runs in the session ("join CODE"; "" for a plain shell).
	open func(ctx context.Context, n int) (members []gossh.Signer, command string, err error)
	// ready is a text on a member's screen once they are in the room; ""
	// for any output at all.
	ready string
	// compose is typed before a contribution (trio opens its field with
	// Enter) and composing the text that shows once the field is open.
	compose, composing string
	// oneRoom: the server has a single room, so every session is in it.
	oneRoom bool
	// coach, while set, is a coach's dashboard that shows every room:
	// each change a contribution makes there is timed to it as well.
	coach *coachScreen
	// markReady: after each contribution its typist marks themselves
	// ready, or not ready after all (ctrl+r).
	markReady bool
	// stop ends a server trio-load started that is not its own child
	// (a peer chat); nil otherwise.
	stop func()
}

// stats reads the server's figures, or nothing when the server is out of
// reach.
func (t *target) stats(gc bool) (serverStats, bool) {
	switch {
	case t.server != nil:
		var sum serverStats
		for _, c := range t.servers() {
			s, err := c.stats(gc)
			if err != nil {
				return serverStats{}, false
			}
			sum = sum.plus(s)
		}
		return sum, true
	case t.pid > 0:
		s, err := readProc(t.pid)
		return s, err == nil
	}
	return serverStats{}, false
}

// appendsBetween is how long the store's appends took between two
// readings, or nil when the server times none (one trio child on a file
// store times them).
func (t *target) appendsBetween(start, end serverStats) *dist {
	if t.server == nil || len(t.servers()) != 1 || end.Appended <= start.Appended {
		return nil
	}
	took, err := t.server.appendsSince(start.Appended)
	if err != nil || len(took) == 0 {
		return nil
	}
	d := summarise(took[:min(len(took), end.Appended-start.Appended)])
	return &d
}

// profile starts the server's CPU profile into file, when there is one
// to start and a server that can; the returned func stops it.
func (t *target) profile(prefix string, log io.Writer) func() {
	if prefix == "" || t.server == nil {
		return func() {}
	}
	var stops []func()
	servers := t.servers()
	for i, c := range servers {
		name := t.name
		if len(servers) > 1 {
			name = fmt.Sprintf("%s-%d", t.name, i+1)
		}
		file, err := filepath.Abs(prefix + "-" + name + ".pprof")
		if err == nil {
			err = c.profile(file)
		}
		if err != nil {
			fmt.Fprintf(log, "%s: no profile: %v\n", name, err)
			continue
		}
		stops = append(stops, func() {
			c.profile("stop")
			fmt.Fprintf(log, "%s: CPU profile in %s\n", name, file)
		})
	}
	return func() {
		for _, stop := range stops {
			stop()
		}
	}
}

// servers is every server process trio-load started for this target.
func (t *target) servers() []*child {
	if t.server == nil {
		return nil
	}
	return append([]*child{t.server}, t.others...)
}

func (t *target) close() {
	for _, c := range t.servers() {
		c.close()
	}
	if t.stop != nil {
		t.stop()
	}
}

// trioScreens is how trio's check-in looks to its members.
func trioScreens(t *target) *target {
	t.ready = "Type your word"
	t.compose = "\r"
	t.composing = "One word for how you arrive"
	return t
}

// discussionScreens is how trio's discussion round looks to its members:
// a letter typed there starts writing a position, and Enter sends it.
func discussionScreens(t *target) *target {
	t.ready = "Your position"
	t.compose, t.composing = "", ""
	return t
}

// childTarget starts a server as a child process: trio or the floor.
func childTarget(ctx context.Context, role string, stderr io.Writer) (*target, error) {
	c, err := startChild(ctx, role, stderr)
	if err != nil {
		return nil, err
	}
	seed := make([]byte, 32)
	rand.Read(seed)
	var mu sync.Mutex
	rooms := 0
	t := &target{addr: c.addr, server: c}
	t.open = func(ctx context.Context, n int) ([]gossh.Signer, string, error) {
		mu.Lock()
		room := rooms
		rooms++
		mu.Unlock()
		keys, ids := make([]gossh.Signer, n), make([]string, n)
		for i := range keys {
			keys[i] = memberKey(seed, room, i)
			ids[i] = participantID(keys[i])
		}
		code, err := c.openRoom(ids)
		if err != nil {
			return nil, "", err
		}
		return keys, "join " + code, nil
	}
	switch role {
	case "serve-trio":
		t.name = "trio"
		trioScreens(t)
	case "serve-floor":
		t.name = "floor"
		t.ready = "joined"
	}
	return t, nil
}

// planTarget is trio at an address, serving rooms that `trio-load prepare`
// wrote into its store.
func planTarget(addr string, p plan, pid int) *target {
	var mu sync.Mutex
	next := 0
	t := &target{name: "trio", addr: addr, pid: pid}
	t.open = func(ctx context.Context, n int) ([]gossh.Signer, string, error) {
		mu.Lock()
		defer mu.Unlock()
		if next == len(p.Rooms) {
			return nil, "", fmt.Errorf("the plan has only %d rooms: prepare more with trio-load prepare --rooms", len(p.Rooms))
		}
		room := p.Rooms[next]
		if room.Members < n {
			return nil, "", fmt.Errorf("the plan's rooms hold %d members, not %d: prepare them with trio-load prepare --members %d", room.Members, n, n)
		}
		next++
		keys := make([]gossh.Signer, n)
		for i := range keys {
			keys[i] = memberKey(p.seed(), room.Index, i)
		}
		return keys, "join " + room.Code, nil
	}
	if p.Phase == content.KindDiscussion {
		return discussionScreens(t)
	}
	return trioScreens(t)
}

// genericTarget is any SSH chat at an address: everyone in one room, a
// line typed and Enter, nothing known about its screens.
func genericTarget(addr string, pid int) *target {
	t := &target{name: "server", addr: addr, pid: pid, oneRoom: true}
	t.open = func(ctx context.Context, n int) ([]gossh.Signer, string, error) {
		keys := make([]gossh.Signer, n)
		for i := range keys {
			seed := make([]byte, 32)
			rand.Read(seed)
			keys[i] = memberKey(seed, 0, i)
		}
		return keys, "", nil
	}
	return t
}

// isLoopback reports whether an address is on this machine's loopback.
func isLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
