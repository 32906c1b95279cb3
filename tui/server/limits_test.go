package server

import (
	"net"
	"testing"
	"time"

	"charm.land/ssh"
	"charm.land/wish/v2/ratelimiter"
)

// TestPastTheStartNewConnectionsAreRefusedAtRandom: below the start every
// connection is let in; at it, 3 in 10 are refused, rising evenly to all
// at the most allowed, as OpenSSH's MaxStartups 30:30:100.
func TestPastTheStartNewConnectionsAreRefusedAtRandom(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		waiting int
		want    float64
	}{{0, 0}, {29, 0}, {30, 0.3}, {65, 0.65}, {99, 0.99}, {100, 1}, {150, 1}} {
		if got := refuseChance(c.waiting, 30, 100); got < c.want-1e-9 || got > c.want+1e-9 {
			t.Errorf("with %d waiting the chance of refusal is %v, want %v", c.waiting, got, c.want)
		}
	}
	if got := refuseChance(50, 0, 100); got != 0 {
		t.Errorf("with no start, %v of connections are refused at random", got)
	}

	// The waiting room draws its chance for each newcomer: fill it to the
	// start, then see who is let in.
	w := newWaiting(Config{MaxWaiting: 100, MaxWaitingStart: 30}, addressBlocks{v4: 32})
	var draw float64
	w.chance = func() float64 { return draw }
	admit := func(i int) bool {
		conn := fromAddress{net.IPv4(10, 0, byte(i/250), byte(i%250+1))}
		return w.admit(contextValues{}, conn) != nil
	}
	for i := range 30 {
		if draw = 0; !admit(i) {
			t.Fatalf("connection %d was refused below the start", i)
		}
	}
	if draw = 0.29; admit(30) {
		t.Error("a draw of 0.29 was let in at the start, where 0.3 are refused")
	}
	if draw = 0.31; !admit(31) {
		t.Error("a draw of 0.31 was refused at the start, where 0.3 are")
	}
}

// TestPerAddressLimitsCountABlock: addresses count in their /24 or /64,
// or as the flags say.
func TestPerAddressLimitsCountABlock(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		blocks addressBlocks
		addr   string
		want   string
	}{
		{addressBlocks{}, "192.0.2.77", "192.0.2.0/24"},
		{addressBlocks{}, "::ffff:192.0.2.77", "192.0.2.0/24"},
		{addressBlocks{}, "2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"},
		{addressBlocks{v4: 32, v6: 128}, "192.0.2.77", "192.0.2.77/32"},
		{addressBlocks{v4: 16, v6: 48}, "2001:db8:1:2:3:4:5:6", "2001:db8:1::/48"},
	} {
		if got := c.blocks.of(&net.TCPAddr{IP: net.ParseIP(c.addr)}); got != c.want {
			t.Errorf("%v: %s counts in %s, want %s", c.blocks, c.addr, got, c.want)
		}
	}

	w := newWaiting(Config{MaxWaitingPerIP: 2}, addressBlocks{})
	for i, ip := range []string{"198.51.100.1", "198.51.100.2", "198.51.100.3"} {
		admitted := w.admit(contextValues{}, fromAddress{net.ParseIP(ip)}) != nil
		if admitted != (i < 2) {
			t.Errorf("the %d-th connection from one /24 was let in: %v", i+1, admitted)
		}
	}
	if w.admit(contextValues{}, fromAddress{net.ParseIP("198.51.101.1")}) == nil {
		t.Error("a connection from the next /24 was refused")
	}

	// The connection rate: one a block, and none after it.
	limiter := blockLimiter{ratelimiter.NewRateLimiter(0, 1, 10), addressBlocks{}}
	for i, ip := range []string{"198.51.100.1", "198.51.100.2", "198.51.101.1"} {
		allowed := limiter.Allow(sessionFrom{conn: fromAddress{net.ParseIP(ip)}}) == nil
		if allowed != (i != 1) {
			t.Errorf("a session from %s was let in past the connection rate: %v", ip, allowed)
		}
	}
}

// sessionFrom is a session from an address, for the rate limiter.
type sessionFrom struct {
	ssh.Session
	conn fromAddress
}

func (s sessionFrom) RemoteAddr() net.Addr { return s.conn.RemoteAddr() }

// fromAddress is a connection from an address, for the waiting room.
type fromAddress struct{ ip net.IP }

func (c fromAddress) RemoteAddr() net.Addr { return &net.TCPAddr{IP: c.ip, Port: 40000} }

func (fromAddress) Read([]byte) (int, error)  { return 0, net.ErrClosed }
func (fromAddress) Write([]byte) (int, error) { return 0, net.ErrClosed }
func (fromAddress) Close() error              { return nil }

func (fromAddress) LocalAddr() net.Addr { return &net.TCPAddr{} }

func (fromAddress) SetDeadline(t time.Time) error      { return nil }
func (fromAddress) SetReadDeadline(t time.Time) error  { return nil }
func (fromAddress) SetWriteDeadline(t time.Time) error { return nil }

// contextValues is a connection's context that only takes values.
type contextValues struct{ ssh.Context }

func (contextValues) SetValue(key, value any) {}
