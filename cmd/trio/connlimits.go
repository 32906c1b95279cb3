package main

import "trio/tui/server"

// connLimits are the serve flags that shape the limits before a session:
// when new connections start being refused at random, and how the
// per-address limits count addresses together.
type connLimits struct {
	waitingStart         *int
	ipv4Block, ipv6Block *int
}

func connLimitFlags(f flags) connLimits {
	return connLimits{
		waitingStart: numberFlag(f, "max-waiting-start", 30, between(1, 100_000).orZero("never at random"),
			"past this many connections not yet in a session, new ones are refused at random: 3 in 10, rising to all at --max-waiting (0: never at random)"),
		ipv4Block: numberFlag(f, "ipv4-block", server.DefaultIPv4Block, between(1, 32),
			"the per-address limits count IPv4 addresses together, in blocks of this many leading bits (32: each alone)"),
		ipv6Block: numberFlag(f, "ipv6-block", server.DefaultIPv6Block, between(1, 128),
			"the same for IPv6 addresses (128: each alone)"),
	}
}

// apply sets the flags in the server's config; parsing held each to its
// range.
func (l connLimits) apply(cfg *server.Config) {
	cfg.MaxWaitingStart, cfg.IPv4Block, cfg.IPv6Block = *l.waitingStart, *l.ipv4Block, *l.ipv6Block
}
