package server

import (
	"math/rand/v2"
	"net"
	"sync"
	"time"

	"charm.land/ssh"
	"charm.land/wish/v2"
)

// Before login, as OpenSSH does: a connection that has not reached a
// session yet counts as waiting, and only so many may wait, overall and
// per block of addresses (see blocks.go). Past a start, a new one is
// refused at random, more often the fuller the waiting room (OpenSSH's
// MaxStartups), so silent sockets cannot simply fill it. The login grace
// closes a connection that has not started a session by then: logging in
// is not enough.

// earlyRefusal is the chance of refusing a new connection once the start
// is reached; it rises to certainty at the most allowed (OpenSSH's 30).
const earlyRefusal = 0.3

// waitingKey holds, in a connection's context, the release of its place
// among the waiting.
type waitingKey struct{}

// waiting counts connections that have not reached a session.
type waiting struct {
	mu       sync.Mutex
	total    int
	perBlock map[string]int

	max, maxPerBlock int
	start            int // past this many, refuse at random; 0: never
	grace            time.Duration
	blocks           addressBlocks
	chance           func() float64 // in [0, 1); rand.Float64 but in tests
}

func newWaiting(cfg Config, blocks addressBlocks) *waiting {
	return &waiting{
		perBlock:    map[string]int{},
		max:         cfg.MaxWaiting,
		maxPerBlock: cfg.MaxWaitingPerIP,
		start:       cfg.MaxWaitingStart,
		grace:       cfg.LoginGrace,
		blocks:      blocks,
		chance:      rand.Float64,
	}
}

// refuseChance is OpenSSH's rule: none below the start, earlyRefusal at
// it, rising evenly to all at the most allowed.
func refuseChance(waiting, start, most int) float64 {
	switch {
	case start <= 0 || most <= 0 || waiting < start:
		return 0
	case waiting >= most || start >= most:
		return 1
	}
	return earlyRefusal + (1-earlyRefusal)*float64(waiting-start)/float64(most-start)
}

// admit takes a place for a new connection, or refuses it by returning
// nil, which closes it before a single byte is read.
func (w *waiting) admit(ctx ssh.Context, conn net.Conn) net.Conn {
	block := w.blocks.of(conn.RemoteAddr())
	w.mu.Lock()
	if (w.max > 0 && w.total >= w.max) || (w.maxPerBlock > 0 && w.perBlock[block] >= w.maxPerBlock) ||
		w.chance() < refuseChance(w.total, w.start, w.max) {
		w.mu.Unlock()
		return nil
	}
	w.total++
	w.perBlock[block]++
	w.mu.Unlock()
	rc := &releasingConn{Conn: conn}
	var (
		graceMu   sync.Mutex
		graceOver *time.Timer
		once      sync.Once
	)
	rc.release = func() {
		once.Do(func() {
			graceMu.Lock() // held while the timer is set: it may already fire
			if graceOver != nil {
				graceOver.Stop()
			}
			graceMu.Unlock()
			w.mu.Lock()
			w.total--
			if w.perBlock[block]--; w.perBlock[block] <= 0 {
				delete(w.perBlock, block)
			}
			w.mu.Unlock()
		})
	}
	if w.grace > 0 {
		graceMu.Lock()
		graceOver = time.AfterFunc(w.grace, func() { rc.Close() })
		graceMu.Unlock()
	}
	ctx.SetValue(waitingKey{}, rc.release)
	return rc
}

// releasingConn gives its place back when it closes.
type releasingConn struct {
	net.Conn
	release func()
}

func (c *releasingConn) Close() error {
	c.release()
	return c.Conn.Close()
}

// arrived gives a connection's place back, and stops its grace, as its
// first session starts.
func (w *waiting) arrived() wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(sess ssh.Session) {
			if release, ok := sess.Context().Value(waitingKey{}).(func()); ok {
				release()
			}
			next(sess)
		}
	}
}

func hostOf(addr net.Addr) string {
	host, _, err := net.SplitHostPort(addr.String())
	if err != nil {
		return addr.String()
	}
	return host
}
