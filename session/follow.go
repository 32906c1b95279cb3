package session

import (
	"context"
	"errors"
	"maps"
	"slices"
	"time"
)

// Several servers may share one store: each holds every room in memory,
// and learns of the others' events through the store's change feed. A
// command decided against a room another server has just changed is
// refused by the store (ErrConflict); the room catches up and the command
// is decided again against the newest state, so there is never a
// duplicate nor a gap.

// Follower is a store other servers append to as well.
type Follower interface {
	// EventsSince calls fn for one room's (or workshop's) events after seq.
	EventsSince(ctx context.Context, room string, seq int, fn func(Event) error) error
	// Newest calls fn with the newest event's number of every room and
	// workshop.
	Newest(ctx context.Context, fn func(room string, seq int) error) error
	// Changes names each room appended to, says when every room must be
	// read again, and carries every server's words about presence.
	Changes(ctx context.Context) <-chan Change
	// Announce tells every server a word about presence.
	Announce(ctx context.Context, word string) error
	// UnsentOf calls fn for every unsent text one person keeps in a room,
	// through whichever server they typed it.
	UnsentOf(ctx context.Context, room string, person ParticipantID, fn func(Unsent) error) error
}

// decideTries is how often a command is decided against a room that keeps
// changing elsewhere before it is refused.
const decideTries = 5

// errChangedElsewhere is said when a room kept changing on other servers.
var errChangedElsewhere = refuse("The room changed on another server while this was being decided: try again.")

// retryBehind is how often a room that could not be read after a change
// (the database busy or away) is read again, and how often the words of a
// server gone silent are looked for.
const retryBehind = time.Second

// follow applies other servers' events to the rooms this hub holds, until
// ctx ends.
func (h *Hub) follow(ctx context.Context, f Follower, changes <-chan Change, lost bool) {
	behind := map[string]bool{} // rooms a change came for that could not be read
	allBehind := false          // every room is to be compared with the store
	retry := time.NewTicker(retryBehind)
	defer retry.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-retry.C:
			h.forgetSilent(now)
			if allBehind {
				allBehind = h.catchUpAll(ctx, f, behind) != nil
			}
			for code := range behind {
				if h.catchUp(ctx, f, code) == nil {
					delete(behind, code)
				}
			}
		case c, ok := <-changes:
			if !ok {
				return
			}
			switch {
			case c.Presence != "":
				h.heard(c.Presence)
			case c.Lost != nil:
				lost = true
				h.reportFeed(c.Lost)
			case c.All:
				if lost {
					lost = false
					h.reportFeed(nil)
				}
				allBehind = h.catchUpAll(ctx, f, behind) != nil
			case h.holds(c.Room, c.Seq):
				// this server's own event, or one read already
			default:
				if h.catchUpTo(ctx, f, c.Room, c.Seq) != nil {
					behind[c.Room] = true
				}
			}
		}
	}
}

// listenFirst starts following a Follower store before its rooms are
// read, and waits until it listens, so that no event appended after the
// reading goes unheard; lost says it could not listen yet (every room is
// read again once it does). It returns nil for a store of one server.
func (h *Hub) listenFirst(ctx context.Context, store Store) (changes <-chan Change, lost bool, err error) {
	f, ok := store.(Follower)
	if !ok {
		return nil, false, nil
	}
	h.following, h.endFollow = context.WithCancel(context.Background())
	h.instance = newInstance()
	changes = f.Changes(h.following)
	select {
	case c := <-changes:
		if c.Lost != nil {
			h.reportFeed(c.Lost)
		}
		return changes, c.Lost != nil, nil
	case <-ctx.Done():
		h.endFollow()
		return nil, false, ctx.Err()
	}
}

func (h *Hub) stopFollowing() {
	if h.endFollow != nil {
		h.endFollow()
	}
}

// catchUpAll compares every room and workshop in the store with what the
// hub holds, after notifications may have been missed, and reads those it
// lacks or holds behind; a room it cannot read is left in behind.
func (h *Hub) catchUpAll(ctx context.Context, f Follower, behind map[string]bool) error {
	newest := map[string]int{}
	if err := f.Newest(ctx, func(room string, seq int) error {
		newest[room] = seq
		return nil
	}); err != nil {
		return err
	}
	codes := slices.Sorted(maps.Keys(newest))
	for _, code := range codes {
		if h.holds(code, newest[code]) {
			continue
		}
		if h.catchUp(ctx, f, code) != nil {
			behind[code] = true
		}
	}
	return nil
}

// holds reports whether the hub holds a room or workshop up to seq.
func (h *Hub) holds(code string, seq int) bool {
	h.mu.RLock()
	lr, room := h.rooms[code]
	lw, workshop := h.workshops[code]
	h.mu.RUnlock()
	switch {
	case seq <= 0:
		return false
	case room:
		return lr.snap.Load().Seq >= seq
	case workshop:
		return lw.snap.Load().Seq >= seq
	}
	return false
}

// WithFeedReports tells report when the feed of other servers' changes is
// lost (err) and when it is back (nil), so the server can log it.
func WithFeedReports(report func(err error)) HubOption {
	return func(h *Hub) { h.feedReports = report }
}

func (h *Hub) reportFeed(err error) {
	if h.feedReports != nil {
		h.feedReports(err)
	}
}

// catchUp reads what another server appended to a room, or a room or
// workshop it opened, and tells its subscribers.
func (h *Hub) catchUp(ctx context.Context, f Follower, code string) error {
	return h.catchUpTo(ctx, f, code, 0)
}

// catchUpTo is catchUp for a change heard to be event seq of a room (0:
// not known). This server's own event may be heard while it is still
// taking it in: once the room's lock is free it holds the event, and
// reads nothing.
func (h *Hub) catchUpTo(ctx context.Context, f Follower, code string, seq int) error {
	h.mu.RLock()
	lr, room := h.rooms[code]
	lw, workshop := h.workshops[code]
	h.mu.RUnlock()
	switch {
	case room:
		lr.mu.Lock()
		if seq > 0 && lr.snap.Load().Seq >= seq {
			lr.mu.Unlock()
			return nil
		}
		changed, err := h.catchUpLocked(ctx, f, lr)
		lr.mu.Unlock()
		if changed {
			lr.notify()
		}
		return err
	case workshop:
		return h.catchUpWorkshop(ctx, f, lw)
	default:
		return h.adopt(ctx, f, code)
	}
}

// catchUpLocked brings a live room, its lock held, to the store's newest
// event, and reports whether anything was new.
func (h *Hub) catchUpLocked(ctx context.Context, f Follower, lr *liveRoom) (bool, error) {
	r := *lr.snap.Load()
	seq := r.Seq
	err := f.EventsSince(ctx, r.Code, r.Seq, func(e Event) error {
		next, err := Apply(r, e)
		if err != nil {
			return err
		}
		r = next
		return nil
	})
	if r.Seq != seq {
		lr.snap.Store(&r)
	}
	return r.Seq != seq, err
}

// catchUpWorkshop brings a workshop to the store's newest event.
func (h *Hub) catchUpWorkshop(ctx context.Context, f Follower, lw *liveWorkshop) error {
	w := *lw.snap.Load()
	seq := w.Seq
	err := f.EventsSince(ctx, w.Code, w.Seq, func(e Event) error {
		next, err := ApplyWorkshop(w, e)
		if err != nil {
			return err
		}
		w = next
		return nil
	})
	if w.Seq != seq {
		lw.snap.Store(&w)
		lw.notify()
	}
	return err
}

// adopt takes in a room or workshop another server opened.
func (h *Hub) adopt(ctx context.Context, f Follower, code string) error {
	var (
		r        Room
		w        Workshop
		workshop bool
	)
	err := f.EventsSince(ctx, code, 0, func(e Event) error {
		var err error
		if _, ok := e.Body.(WorkshopEventBody); ok {
			workshop = true
			w, err = ApplyWorkshop(w, e)
			return err
		}
		r, err = Apply(r, e)
		return err
	})
	if err != nil {
		return err
	}
	if r.Workshop != nil {
		// A trio's room comes after its workshop, which a server that
		// missed notifications may not hold yet: adopted first, it links
		// the room as the room is made, not later under its readers.
		h.mu.RLock()
		_, held := h.workshops[r.Workshop.Code]
		h.mu.RUnlock()
		if !held {
			if err := h.adopt(ctx, f, r.Workshop.Code); err != nil {
				return err
			}
		}
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, taken := h.rooms[code]; taken {
		return nil
	}
	if _, taken := h.workshops[code]; taken {
		return nil
	}
	if workshop {
		h.workshops[code] = h.newLiveWorkshop(w)
		return nil
	}
	if r.Seq == 0 {
		return nil
	}
	lr := h.newLiveRoom(r, h.clock())
	if r.Workshop != nil {
		lr.workshop = h.workshops[r.Workshop.Code]
	}
	h.rooms[code] = lr
	return nil
}

// conflicted reports whether a failed append lost to another server, and
// if so brings the room up to date for the command to be decided again.
func (h *Hub) conflicted(ctx context.Context, lr *liveRoom, err error) bool {
	f, ok := h.store.(Follower)
	if !ok || !errors.Is(err, ErrConflict) {
		return false
	}
	_, caught := h.catchUpLocked(ctx, f, lr)
	return caught == nil
}
