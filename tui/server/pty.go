package server

import (
	"sync"

	"charm.land/ssh"
	"charm.land/wish/v2"
)

// charm.land/ssh v0.4.3 writes each window change into a session's PTY
// record, from its own goroutine and without a lock, while handlers read
// that record with sess.Pty(): a data race (charmbracelet/ssh#58, open;
// TestUpstreamPtyStillRaces fails once it is fixed). Its session-request callback
// runs on that same goroutine, before the handler starts, so the record is
// copied there, and the handler chain reads the copy. The window changes
// themselves still come on the PTY's channel.

// ptyCopies are the PTYs of sessions about to start, copied safely.
type ptyCopies struct {
	mu sync.Mutex
	m  map[ssh.Session]ptyAtStart
}

type ptyAtStart struct {
	pty     ssh.Pty
	windows <-chan ssh.Window
	ok      bool
}

// keep is the server's session-request callback: it copies the PTY of a
// session about to run a shell or a command, and lets every session run.
func (c *ptyCopies) keep(sess ssh.Session, request string) bool {
	if request != "shell" && request != "exec" {
		return true
	}
	pty, windows, ok := sess.Pty()
	c.mu.Lock()
	if c.m == nil {
		c.m = map[ssh.Session]ptyAtStart{}
	}
	c.m[sess] = ptyAtStart{pty: pty, windows: windows, ok: ok}
	c.mu.Unlock()
	return true
}

// middleware hands the rest of the chain a session whose Pty() is the copy.
func (c *ptyCopies) middleware() wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(sess ssh.Session) {
			c.mu.Lock()
			at, found := c.m[sess]
			delete(c.m, sess)
			c.mu.Unlock()
			if found {
				sess = copiedPty{Session: sess, at: at}
			}
			next(sess)
		}
	}
}

type copiedPty struct {
	ssh.Session
	at ptyAtStart
}

func (s copiedPty) Pty() (ssh.Pty, <-chan ssh.Window, bool) {
	return s.at.pty, s.at.windows, s.at.ok
}
