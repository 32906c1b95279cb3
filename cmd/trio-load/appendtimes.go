package main

import (
	"context"
	"sync"
	"time"

	"trio/session"
)

// The fan-out of a durable server holds an append: trio shows a
// contribution to nobody before it is on disk. A chat that keeps nothing
// has no such wait; timing each append beside the fan-out shows how much
// of it the disk takes.

// appendTimes is how long each event took to be stored, in order, since
// the server started.
type appendTimes struct {
	mu   sync.Mutex
	took []time.Duration
}

// maxAppendTimes bounds what a long run keeps.
const maxAppendTimes = 1 << 20

func (a *appendTimes) add(d time.Duration) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if len(a.took) < maxAppendTimes {
		a.took = append(a.took, d)
	}
}

// count is how many appends were timed so far.
func (a *appendTimes) count() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.took)
}

// since is the appends timed after the first n.
func (a *appendTimes) since(n int) []time.Duration {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n >= len(a.took) {
		return nil
	}
	return append([]time.Duration(nil), a.took[n:]...)
}

// timedStore is a store whose appends are timed.
type timedStore struct {
	session.Store
	times *appendTimes
}

func (s timedStore) Append(ctx context.Context, e session.Event) error {
	start := time.Now()
	err := s.Store.Append(ctx, e)
	s.times.add(time.Since(start))
	return err
}
