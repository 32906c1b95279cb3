package server

import (
	"errors"
	"sync"

	"golang.org/x/time/rate"
)

// Room codes resist guessing: each address and each key may get only so
// many codes wrong a minute; past that every lookup is refused, the right
// code too, with a message that tells the person to wait.

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

// check refuses an address or a key that has run out of wrong guesses;
// a right code costs nothing, so people coming back are never held up.
func (g *guesses) check(addr, key string) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.limiter(g.byAddr, addr).Tokens() < 1 || (key != "" && g.limiter(g.byKey, key).Tokens() < 1) {
		return errTooManyGuesses
	}
	return nil
}

// missed counts a wrong guess against the address and the key.
func (g *guesses) missed(addr, key string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.limiter(g.byAddr, addr).Allow()
	if key != "" {
		g.limiter(g.byKey, key).Allow()
	}
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
