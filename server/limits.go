package server

import (
	"net"
	"sync"

	"charm.land/ssh"
	"charm.land/wish/v2"
)

// Before login, as OpenSSH does: a connection that has not reached a
// session yet counts as waiting, and only so many may wait, overall and
// per address; the login grace time (the server's handshake timeout)
// closes those that stall. Once in, a connection may open only so many
// sessions at once.

// waitingKey holds, in a connection's context, the release of its place
// among the waiting.
type waitingKey struct{}

// waiting counts connections that have not reached a session.
type waiting struct {
	mu        sync.Mutex
	total     int
	perAddr   map[string]int
	max       int
	maxPerIP  int
	perConn   map[any]int // open sessions per connection
	maxPerCon int
}

func newWaiting(max, maxPerIP, maxSessionsPerConn int) *waiting {
	return &waiting{perAddr: map[string]int{}, max: max, maxPerIP: maxPerIP, perConn: map[any]int{}, maxPerCon: maxSessionsPerConn}
}

// admit takes a place for a new connection, or refuses it by returning
// nil, which closes it before a single byte is read.
func (w *waiting) admit(ctx ssh.Context, conn net.Conn) net.Conn {
	addr := hostOf(conn.RemoteAddr())
	w.mu.Lock()
	if (w.max > 0 && w.total >= w.max) || (w.maxPerIP > 0 && w.perAddr[addr] >= w.maxPerIP) {
		w.mu.Unlock()
		return nil
	}
	w.total++
	w.perAddr[addr]++
	w.mu.Unlock()
	var once sync.Once
	release := func() {
		once.Do(func() {
			w.mu.Lock()
			w.total--
			if w.perAddr[addr]--; w.perAddr[addr] <= 0 {
				delete(w.perAddr, addr)
			}
			w.mu.Unlock()
		})
	}
	ctx.SetValue(waitingKey{}, release)
	return &releasingConn{Conn: conn, release: release}
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

// arrived gives a connection's place back as its first session starts, and
// refuses a session past the per-connection cap.
func (w *waiting) arrived() wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(sess ssh.Session) {
			ctx := sess.Context()
			if release, ok := ctx.Value(waitingKey{}).(func()); ok {
				release()
			}
			conn := ctx.Value(ssh.ContextKeyConn)
			w.mu.Lock()
			if w.maxPerCon > 0 && w.perConn[conn] >= w.maxPerCon {
				w.mu.Unlock()
				wish.Fatalln(sess, "trio: too many sessions on one connection.")
				return
			}
			w.perConn[conn]++
			w.mu.Unlock()
			defer func() {
				w.mu.Lock()
				if w.perConn[conn]--; w.perConn[conn] <= 0 {
					delete(w.perConn, conn)
				}
				w.mu.Unlock()
			}()
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
