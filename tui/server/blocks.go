package server

import (
	"net"
	"strconv"

	"charm.land/ssh"
	"charm.land/wish/v2/ratelimiter"
)

// Per-address limits count an address with its neighbours, as OpenSSH's
// PerSourceNetBlockSize does: whoever holds one address of a network
// usually holds the rest of it, so ten addresses of one /24 count as one.

// The blocks per-address limits count by default.
const (
	DefaultIPv4Block = 24
	DefaultIPv6Block = 64
)

// addressBlocks gives the block an address counts in.
type addressBlocks struct {
	v4, v6 int // leading bits; 0 for the default
}

// of names the block of addr, such as "192.0.2.0/24"; an address that is
// not IP is its own block.
func (b addressBlocks) of(addr net.Addr) string {
	host := hostOf(addr)
	ip := net.ParseIP(host)
	if ip == nil {
		return host
	}
	bits, size := b.v6, 128
	if v4 := ip.To4(); v4 != nil {
		ip, bits, size = v4, b.v4, 32
		if bits == 0 {
			bits = DefaultIPv4Block
		}
	} else if bits == 0 {
		bits = DefaultIPv6Block
	}
	return ip.Mask(net.CIDRMask(bits, size)).String() + "/" + strconv.Itoa(bits)
}

// blockLimiter is wish's rate limiter, which counts per address, counting
// per block: it is shown each session from its block's first address.
type blockLimiter struct {
	ratelimiter.RateLimiter
	blocks addressBlocks
}

func (l blockLimiter) Allow(sess ssh.Session) error {
	if block, _, err := net.ParseCIDR(l.blocks.of(sess.RemoteAddr())); err == nil {
		sess = fromBlock{Session: sess, block: block}
	}
	return l.RateLimiter.Allow(sess)
}

type fromBlock struct {
	ssh.Session
	block net.IP
}

func (s fromBlock) RemoteAddr() net.Addr { return &net.TCPAddr{IP: s.block} }
