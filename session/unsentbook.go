package session

import (
	"maps"
	"sync"
	"time"
)

// unsentBook is everyone's unsent text in memory, and what of it the store
// has yet to write. Its lock is its own, held only to change maps: never a
// room's, and never while the store writes.
type unsentBook struct {
	mu    sync.Mutex
	seats map[seat]map[UnsentKey]typed
	dirty map[unsentID]typed // to write; a raw "" deletes
	// stored are the texts the store holds, or is being given: a text
	// typed and sent before it was ever written needs no write at all,
	// neither of it nor of its deletion.
	stored map[unsentID]bool

	// The writer: one write waits at a time, and none after the hub closed.
	timer   *time.Timer
	waiting bool
	closed  bool
	failing bool // the last write failed, and was reported
}

func newUnsentBook() *unsentBook {
	return &unsentBook{seats: map[seat]map[UnsentKey]typed{}, dirty: map[unsentID]typed{}, stored: map[unsentID]bool{}}
}

// keep sets one field's text ("" forgets it) and reports whether the store
// has something new to write.
func (b *unsentBook) keep(s seat, key UnsentKey, t typed) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	texts := b.seats[s]
	was, had := texts[key]
	switch {
	case t.raw == "" && !had, had && was.raw == t.raw:
		return false
	case t.raw == "":
		delete(texts, key)
		if len(texts) == 0 {
			delete(b.seats, s)
		}
	case !had && len(texts) >= MaxUnsentFields:
		return false
	default:
		if texts == nil {
			texts = map[UnsentKey]typed{}
			b.seats[s] = texts
		}
		texts[key] = t
	}
	return b.mark(unsentID{s, key}, t)
}

// mark has the store write t, and reports whether it has anything new to
// write: forgetting a text it never held cancels the text's write instead.
func (b *unsentBook) mark(id unsentID, t typed) bool {
	if t.raw == "" && !b.stored[id] {
		delete(b.dirty, id)
		return false
	}
	b.dirty[id] = t
	return true
}

// drop forgets a seat's texts in one phase.
func (b *unsentBook) drop(s seat, phase string) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	dropped := false
	for key := range b.seats[s] {
		if key.Phase == phase {
			delete(b.seats[s], key)
			dropped = b.mark(unsentID{s, key}, typed{}) || dropped
		}
	}
	if len(b.seats[s]) == 0 {
		delete(b.seats, s)
	}
	return dropped
}

// of is a copy of a seat's texts.
func (b *unsentBook) of(s seat) map[UnsentKey]typed {
	b.mu.Lock()
	defer b.mu.Unlock()
	return maps.Clone(b.seats[s])
}

func (b *unsentBook) text(s seat, key UnsentKey) (typed, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	t, ok := b.seats[s][key]
	return t, ok
}

// load puts back a text the store kept, at start: nothing to write.
func (b *unsentBook) load(s seat, key UnsentKey, t typed) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.seats[s] == nil {
		b.seats[s] = map[UnsentKey]typed{}
	}
	b.seats[s][key] = t
	b.stored[unsentID{s, key}] = true
}

// take hands over what is to write, and starts a new list.
func (b *unsentBook) take() map[unsentID]typed {
	b.mu.Lock()
	defer b.mu.Unlock()
	batch := b.dirty
	b.dirty = map[unsentID]typed{}
	for id, t := range batch {
		if t.raw == "" {
			delete(b.stored, id)
		} else {
			b.stored[id] = true
		}
	}
	return batch
}

// putBack returns a batch the store failed to write, but for the texts
// typed since, which are newer.
func (b *unsentBook) putBack(batch map[unsentID]typed) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for id, t := range batch {
		if _, newer := b.dirty[id]; !newer {
			b.dirty[id] = t
		}
		if t.raw == "" {
			b.stored[id] = true // the store may hold it still
		}
	}
}
