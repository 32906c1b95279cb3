package session

import (
	"fmt"
	"math"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Opener is who asks for a new room, and from where. Over SSH the hub
// paces how often one person and one address may open rooms; a room
// opened without an opener (at one keyboard, the demo) is not paced.
type Opener struct {
	// Person is their key's fingerprint, or the id of a keyless
	// connection: someone new on every connection, so the address is
	// what holds a keyless flood back.
	Person ParticipantID
	// Address is where they connect from, as the server counts addresses.
	Address string
}

// openPace keeps one person, and one address, from opening rooms faster
// than people do: a token bucket each, refilled every minute.
type openPace struct {
	mu        sync.Mutex
	people    buckets
	addresses buckets
}

func newOpenPace(l Limits) *openPace {
	return &openPace{
		people:    newBuckets(l.RoomsPerMinute, l.RoomBurst, DefaultRoomBurst),
		addresses: newBuckets(l.RoomsPerMinutePerAddress, l.RoomBurstPerAddress, DefaultRoomBurstPerAddress),
	}
}

// take takes one room from the opener's person and address, or refuses
// with when the next can open; a refusal takes nothing.
func (p *openPace) take(by Opener, now time.Time) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	person, address := p.people.wait(string(by.Person), now), p.addresses.wait(by.Address, now)
	switch {
	case address > 0 && address >= person:
		return refuse(fmt.Sprintf("Many rooms were opened from your network just now, so the next can open %s. Until then, you can join a room by its code.", inAWhile(address)))
	case person > 0:
		return refuse(fmt.Sprintf("You have opened several rooms just now, so your next can open %s. Until then, you can join a room by its code.", inAWhile(person)))
	}
	p.people.take(string(by.Person), now)
	p.addresses.take(by.Address, now)
	return nil
}

// buckets are the token buckets of one kind of opener, by name. Only
// those who opened a room recently are remembered: a full bucket is the
// same as none.
type buckets struct {
	every   rate.Limit // tokens a second; 0: no limit
	burst   int
	held    map[string]*rate.Limiter
	sweepAt int // how many are held before the full ones are forgotten
}

func newBuckets(perMinute float64, burst, defaultBurst int) buckets {
	if burst <= 0 {
		burst = defaultBurst
	}
	return buckets{every: rate.Limit(perMinute / 60), burst: burst, held: map[string]*rate.Limiter{}, sweepAt: minSweep}
}

// minSweep is how many buckets are held before the full ones are
// forgotten; the threshold then doubles with what is left, so forgetting
// costs a constant time per room opened, however many come by.
const minSweep = 1024

// wait is how long until name may open a room; 0 for now.
func (b *buckets) wait(name string, now time.Time) time.Duration {
	l, ok := b.held[name]
	if b.every <= 0 || name == "" || !ok {
		return 0
	}
	missing := 1 - l.TokensAt(now)
	if missing <= 0 {
		return 0
	}
	return time.Duration(missing / float64(b.every) * float64(time.Second))
}

// take takes one of name's tokens; wait said there is one.
func (b *buckets) take(name string, now time.Time) {
	if b.every <= 0 || name == "" {
		return
	}
	l, ok := b.held[name]
	if !ok {
		if len(b.held) >= b.sweepAt {
			b.forgetRested(now)
		}
		l = rate.NewLimiter(b.every, b.burst)
		b.held[name] = l
	}
	l.AllowN(now, 1)
}

func (b *buckets) forgetRested(now time.Time) {
	for name, l := range b.held {
		if l.TokensAt(now) >= float64(b.burst) {
			delete(b.held, name)
		}
	}
	b.sweepAt = max(minSweep, 2*len(b.held))
}

// inAWhile says a wait in words: "in 25 seconds", "in a minute", "in 3
// minutes", never sooner than it is.
func inAWhile(d time.Duration) string {
	seconds, minutes := int(math.Ceil(d.Seconds())), int(math.Ceil(d.Minutes()))
	switch {
	case seconds <= 1:
		return "in a second"
	case seconds < 60:
		return fmt.Sprintf("in %d seconds", seconds)
	case minutes == 1:
		return "in a minute"
	}
	return fmt.Sprintf("in %d minutes", minutes)
}
