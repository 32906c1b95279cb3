package main

import (
	"fmt"

	"trio/server"
)

// connLimits are the serve flags that shape the limits before a session:
// when new connections start being refused at random, and how the
// per-address limits count addresses together.
type connLimits struct {
	waitingStart         *int
	ipv4Block, ipv6Block *int
}

func connLimitFlags(f flags) connLimits {
	return connLimits{
		waitingStart: f.Int("max-waiting-start", 30,
			"past this many connections not yet in a session, new ones are refused at random: 3 in 10, rising to all at --max-waiting (0: never at random)"),
		ipv4Block: f.Int("ipv4-block", server.DefaultIPv4Block,
			"the per-address limits count IPv4 addresses together, in blocks of this many leading bits (32: each alone)"),
		ipv6Block: f.Int("ipv6-block", server.DefaultIPv6Block,
			"the same for IPv6 addresses (128: each alone)"),
	}
}

// apply checks the flags and sets them in the server's config.
func (l connLimits) apply(cfg *server.Config) error {
	switch {
	case *l.waitingStart < 0:
		return fmt.Errorf("--max-waiting-start is a number of connections, 0 or more, not %d", *l.waitingStart)
	case *l.ipv4Block < 1 || *l.ipv4Block > 32:
		return fmt.Errorf("--ipv4-block is from 1 to 32, not %d", *l.ipv4Block)
	case *l.ipv6Block < 1 || *l.ipv6Block > 128:
		return fmt.Errorf("--ipv6-block is from 1 to 128, not %d", *l.ipv6Block)
	}
	cfg.MaxWaitingStart, cfg.IPv4Block, cfg.IPv6Block = *l.waitingStart, *l.ipv4Block, *l.ipv6Block
	return nil
}
