package session

import (
	"fmt"
	"strconv"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// pace keeps one person from changing a room faster than the room can
// follow: a token bucket per person, refilled at the hub's rate. A fast
// typist never meets it; a flood does, and only the flooder is slowed.
type pace struct {
	every rate.Limit // 0: no limit
	burst int

	mu     sync.Mutex
	people map[ParticipantID]*rate.Limiter
}

func newPace(l Limits) *pace {
	return &pace{every: rate.Limit(l.CommandsPerSecond), burst: l.burst(), people: map[ParticipantID]*rate.Limiter{}}
}

// allow takes one of the person's tokens, if they have one left.
func (p *pace) allow(id ParticipantID, now time.Time) bool {
	if p.every <= 0 {
		return true
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	l, ok := p.people[id]
	if !ok {
		p.forgetRested(now)
		l = rate.NewLimiter(p.every, p.burst)
		p.people[id] = l
	}
	return l.AllowN(now, 1)
}

// forgetRested drops the buckets that are full again: a full bucket is the
// same as a new one, so only people active in the last few seconds are
// remembered, however many came by.
func (p *pace) forgetRested(now time.Time) {
	if len(p.people) < 2*MaxParticipants {
		return
	}
	for id, l := range p.people {
		if l.TokensAt(now) >= float64(p.burst) {
			delete(p.people, id)
		}
	}
}

// tooFast is the refusal of a command past the pace.
func (p *pace) tooFast() error {
	return refuse(fmt.Sprintf("Slow down a little: a room takes up to %s changes a second from one person. Wait a moment, then try again.",
		strconv.FormatFloat(float64(p.every), 'f', -1, 64)))
}
