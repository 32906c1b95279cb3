package main

import (
	"errors"
	"sync"

	"golang.org/x/time/rate"
)

// Room codes resist guessing: each address and each key may try only so
// many codes a minute. A refused attempt costs nothing and tells the
// person to wait.

var errTooManyGuesses = errors.New("Too many room codes tried from here. Wait a minute, then try again.")

// guesses limits room-code lookups per address and per key.
type guesses struct {
	mu      sync.Mutex
	perMin  float64
	burst   int
	byAddr  map[string]*rate.Limiter
	byKey   map[string]*rate.Limiter
	maxKeys int
}

func newGuesses(perMinute float64, burst int) *guesses {
	return &guesses{perMin: perMinute, burst: burst, byAddr: map[string]*rate.Limiter{}, byKey: map[string]*rate.Limiter{}, maxKeys: 10000}
}

// allow takes one attempt for an address and a key (empty for people
// without one); both must have attempts left.
func (g *guesses) allow(addr, key string) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	ok := g.limiter(g.byAddr, addr).Allow()
	if key != "" {
		ok = g.limiter(g.byKey, key).Allow() && ok
	}
	if !ok {
		return errTooManyGuesses
	}
	return nil
}

func (g *guesses) limiter(m map[string]*rate.Limiter, id string) *rate.Limiter {
	l, ok := m[id]
	if !ok {
		if len(m) >= g.maxKeys {
			clear(m) // a forgetful limiter beats one that grows without bound
		}
		l = rate.NewLimiter(rate.Limit(g.perMin/60), g.burst)
		m[id] = l
	}
	return l
}
