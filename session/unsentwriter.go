package session

import (
	"context"
	"time"
)

// UnsentWriteInterval is how long unsent text waits in memory before the
// hub writes it, with everyone else's, in one transaction: a crash loses
// at most this much of anyone's typing; a clean stop (Close) loses none.
const UnsentWriteInterval = 500 * time.Millisecond

// WithUnsentWrites has the hub write unsent text after every instead of
// UnsentWriteInterval, for tests.
func WithUnsentWrites(every time.Duration) HubOption {
	return func(h *Hub) { h.unsentEvery = every }
}

// WithUnsentFailures tells report when the store fails to write people's
// unsent text: once, until a write succeeds again, which it reports with
// nil. The text stays in memory and is tried again; nobody's typing waits
// for it. The error says what went wrong in the store, never what anyone
// typed.
func WithUnsentFailures(report func(error)) HubOption {
	return func(h *Hub) { h.unsentFailures = report }
}

// writeUnsentSoon has the text kept since the last write written once the
// interval is over, unless a write is waiting already.
func (h *Hub) writeUnsentSoon() {
	b := h.unsent
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.waiting || b.closed {
		return
	}
	b.waiting = true
	b.timer = time.AfterFunc(h.unsentEvery, h.writeUnsentNow)
}

// writeUnsentNow writes what is waiting, unless the hub closed, and waits
// again for what was typed meanwhile or could not be written.
func (h *Hub) writeUnsentNow() {
	b := h.unsent
	h.writing.Lock()
	b.mu.Lock()
	closed := b.closed
	b.mu.Unlock()
	if !closed {
		h.writeUnsent(context.Background())
	}
	h.writing.Unlock()
	b.mu.Lock()
	b.waiting = false
	again := len(b.dirty) > 0
	b.mu.Unlock()
	if again {
		h.writeUnsentSoon()
	}
}

// writeUnsent writes every text kept since the last write in one batch,
// cleaned and capped; what the store refuses is kept to try again. The
// caller holds h.writing: writes go in order, so a newer text never lands
// before an older one.
func (h *Hub) writeUnsent(ctx context.Context) error {
	batch := h.unsent.take()
	if len(batch) == 0 {
		return nil
	}
	rows := make([]Unsent, 0, len(batch))
	for id, t := range batch {
		rows = append(rows, Unsent{Room: id.room, Person: id.person, UnsentKey: id.UnsentKey, Text: t.clean()})
	}
	err := h.store.KeepUnsent(ctx, rows)
	b := h.unsent
	b.mu.Lock()
	report := (err != nil) != b.failing
	b.failing = err != nil
	b.mu.Unlock()
	if err != nil {
		h.unsent.putBack(batch)
	}
	if report && h.unsentFailures != nil {
		h.unsentFailures(err)
	}
	return err
}

// Close writes the unsent text the store does not have yet, and is the
// last write: call it once the terminals are gone, before closing the
// store. Text kept after Close stays in memory only. Closing again does
// nothing.
func (h *Hub) Close() error {
	if h.endFollow != nil {
		h.endFollow()
	}
	h.writing.Lock()
	defer h.writing.Unlock()
	b := h.unsent
	b.mu.Lock()
	closed := b.closed
	b.closed = true
	if b.timer != nil {
		b.timer.Stop()
	}
	b.mu.Unlock()
	if closed {
		return nil
	}
	return h.writeUnsent(context.Background())
}
