package server

import (
	"sync"
	"time"

	"charm.land/log/v2"
	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// Every session channel a connection opens costs memory before it asks
// for anything, so each counts against the connection's cap as it opens,
// not when it asks for a terminal; one that has not asked for a shell or
// a command within a short grace is closed; and the environment a client
// sends is capped in number and size.

const (
	// sessionGrace is how long a session may take to ask for a shell or a
	// command (a client asks at once); the login grace when shorter.
	sessionGrace = 10 * time.Second
	// maxEnvRequests and maxEnvBytes cap the environment one session may
	// set: trio reads only TERM-like values, and ssh sends a few LC_*.
	maxEnvRequests = 32
	maxEnvBytes    = 1 << 10
)

// sessionChannels counts the session channels of each connection.
type sessionChannels struct {
	max    int // per connection, 0: no limit
	grace  time.Duration
	logger *log.Logger

	mu    sync.Mutex
	conns map[*gossh.ServerConn]*channelCount
}

type channelCount struct {
	open  int
	noted map[string]bool // what the log was already told about this connection
}

func newSessionChannels(cfg Config) *sessionChannels {
	grace := sessionGrace
	if cfg.LoginGrace > 0 {
		grace = min(grace, cfg.LoginGrace)
	}
	return &sessionChannels{max: cfg.MaxSessionsPerConn, grace: grace, logger: cfg.Logger, conns: map[*gossh.ServerConn]*channelCount{}}
}

// handle is the server's handler for session channels: the library's own,
// once the channel is counted, with its requests watched.
func (c *sessionChannels) handle(srv *ssh.Server, conn *gossh.ServerConn, newChan gossh.NewChannel, ctx ssh.Context) {
	if !c.take(conn) {
		newChan.Reject(gossh.ResourceShortage, "trio: too many sessions on one connection.")
		c.note(conn, "refused a session past the cap of sessions on one connection", "cap", c.max)
		return
	}
	defer c.give(conn)
	ssh.DefaultSessionHandler(srv, conn, watchedChannel{NewChannel: newChan, c: c, conn: conn}, ctx)
}

func (c *sessionChannels) take(conn *gossh.ServerConn) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := c.conns[conn]
	if n == nil {
		n = &channelCount{}
		c.conns[conn] = n
	}
	if c.max > 0 && n.open >= c.max {
		return false
	}
	n.open++
	return true
}

func (c *sessionChannels) give(conn *gossh.ServerConn) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if n := c.conns[conn]; n != nil {
		if n.open--; n.open <= 0 {
			delete(c.conns, conn)
		}
	}
}

// note logs what a connection did, once per connection while it has a
// channel open, so a client repeating it cannot flood the log.
func (c *sessionChannels) note(conn *gossh.ServerConn, what string, keyvals ...any) {
	c.mu.Lock()
	n := c.conns[conn]
	if n == nil {
		n = &channelCount{}
		c.conns[conn] = n
	}
	if n.noted[what] {
		c.mu.Unlock()
		return
	}
	if n.noted == nil {
		n.noted = map[string]bool{}
	}
	n.noted[what] = true
	if n.open <= 0 {
		delete(c.conns, conn) // nothing open: the next time is told again
	}
	c.mu.Unlock()
	c.logger.Warn(what, append([]any{"remote", conn.RemoteAddr().String()}, keyvals...)...)
}

// watchedChannel is a session channel whose requests pass through watch.
type watchedChannel struct {
	gossh.NewChannel
	c    *sessionChannels
	conn *gossh.ServerConn
}

func (w watchedChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := w.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	watched := make(chan *gossh.Request)
	go w.watch(ch, reqs, watched)
	return ch, watched, nil
}

// watch hands the session's requests on, but for env requests past the
// caps, and closes the channel if it has not asked for a shell or a
// command within the grace.
func (w watchedChannel) watch(ch gossh.Channel, in <-chan *gossh.Request, out chan<- *gossh.Request) {
	defer close(out)
	graceOver := time.AfterFunc(w.c.grace, func() {
		w.c.note(w.conn, "closed a session that asked for nothing", "grace", w.c.grace)
		ch.Close()
	})
	defer graceOver.Stop()
	envs := 0
	for req := range in {
		switch req.Type {
		case "shell", "exec":
			graceOver.Stop()
		case "env":
			if envs >= maxEnvRequests || len(req.Payload) > maxEnvBytes {
				req.Reply(false, nil)
				w.c.note(w.conn, "refused env requests past their caps", "most", maxEnvRequests, "bytes", maxEnvBytes)
				continue
			}
			envs++
		}
		out <- req
	}
}
