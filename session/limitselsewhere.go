package session

import (
	"strings"
	"time"
)

// The limits that pace people hold across servers sharing a store: each
// server tells the others what it counted (a room opened, a room code
// that led nowhere) and counts theirs as its own. The words travel with
// those about presence and are never stored: a pace remembers a minute.
const (
	wordOpened = "opened"
	wordMissed = "missed"
)

// tellCounted says to the other servers that this one counted a room
// opened or a code missed. A word that finds the queue full is dropped:
// the limit then holds per server for that one.
func (h *Hub) tellCounted(kind, who, where string) {
	if h.words == nil {
		return
	}
	select {
	case h.words <- strings.Join([]string{h.instance, kind, who, where}, "\t"):
	default:
	}
}

// takeOpen takes a room from the opener's pace, and tells the other
// servers so.
func (h *Hub) takeOpen(by Opener) error {
	if err := h.opens.take(by, h.now()); err != nil {
		return err
	}
	if by.Person != "" || by.Address != "" {
		h.tellCounted(wordOpened, string(by.Person), by.Address)
	}
	return nil
}

// heardCounted counts another server's word about a limit as this one's.
func (h *Hub) heardCounted(kind, who, where string) {
	switch kind {
	case wordOpened:
		h.opens.spend(Opener{Person: ParticipantID(who), Address: where}, h.now())
	case wordMissed:
		if fn := h.missedElsewhere.Load(); fn != nil {
			(*fn)(where, who)
		}
	}
}

// CodeMissed tells the other servers sharing the store that a room code
// tried from addr (as the server counts addresses) with key led nowhere,
// so their limits on guessing count it too.
func (h *Hub) CodeMissed(addr, key string) { h.tellCounted(wordMissed, key, addr) }

// OnCodeMissedElsewhere calls fn for every room code that led nowhere on
// another server sharing the store.
func (h *Hub) OnCodeMissedElsewhere(fn func(addr, key string)) { h.missedElsewhere.Store(&fn) }

// spend takes a room from the opener's person and address without asking:
// another server opened it.
func (p *openPace) spend(by Opener, now time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.people.take(string(by.Person), now)
	p.addresses.take(by.Address, now)
}
