package session

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"strings"
	"time"
)

// Who is here and typing is never stored: on a store several servers
// share, each server tells the others of every change through the store's
// feed, and again every presenceBeat for everyone here, so a server that
// starts learns who is here, and one that dies is forgotten once its
// word runs out (presenceLasts).
const (
	presenceBeat  = 10 * time.Second
	presenceLasts = 3 * presenceBeat
)

// seatElsewhere is someone in a room through another server.
type seatElsewhere struct {
	typing bool
	until  time.Time // when the word runs out without another
}

// newInstance names this server among the others.
func newInstance() string {
	b := make([]byte, 8)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// startTelling sends this server's words about presence, and its beat,
// until ctx ends.
func (h *Hub) startTelling(ctx context.Context, f Follower) {
	h.words = make(chan string, 1024)
	go func() {
		beat := time.NewTicker(presenceBeat)
		defer beat.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case w := <-h.words:
				f.Announce(ctx, w)
			case <-beat.C:
				h.beatAll()
			}
		}
	}()
}

// tell says to the other servers whether a person is here in a room
// through this one, and typing. A word that finds the queue full is
// dropped: the next beat says it again.
func (h *Hub) tell(lr *liveRoom, id ParticipantID) {
	if h.words == nil {
		return
	}
	lr.subsMu.Lock()
	here, typing := lr.present[id] > 0, lr.typing[id]
	code := lr.snap.Load().Code
	lr.subsMu.Unlock()
	word := strings.Join([]string{h.instance, code, string(id), flag(here), flag(typing)}, "\t")
	select {
	case h.words <- word:
	default:
	}
}

func flag(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// beatAll says again who is here through this server, in every room.
func (h *Hub) beatAll() {
	h.mu.RLock()
	rooms := make([]*liveRoom, 0, len(h.rooms))
	for _, lr := range h.rooms {
		rooms = append(rooms, lr)
	}
	h.mu.RUnlock()
	for _, lr := range rooms {
		lr.subsMu.Lock()
		ids := make([]ParticipantID, 0, len(lr.present))
		for id := range lr.present {
			ids = append(ids, id)
		}
		lr.subsMu.Unlock()
		for _, id := range ids {
			h.tell(lr, id)
		}
	}
}

// heard takes in another server's word about someone's presence, or
// about a limit it counted.
func (h *Hub) heard(word string) {
	parts := strings.Split(word, "\t")
	if parts[0] == h.instance {
		return
	}
	if len(parts) == 4 {
		h.heardCounted(parts[1], parts[2], parts[3])
		return
	}
	if len(parts) != 5 {
		return
	}
	h.mu.RLock()
	lr, ok := h.rooms[parts[1]]
	h.mu.RUnlock()
	if !ok {
		return
	}
	id, here, typing := ParticipantID(parts[2]), parts[3] == "1", parts[4] == "1"
	now := time.Now()
	lr.subsMu.Lock()
	if here {
		lr.elsewhere[id] = seatElsewhere{typing: typing, until: now.Add(h.wordsLast)}
	} else if _, was := lr.elsewhere[id]; was {
		delete(lr.elsewhere, id)
		if lr.present[id] <= 0 {
			lr.left[id] = h.clock()
		}
	}
	lr.subsMu.Unlock()
	lr.notify()
}

// hereElsewhere reports whether someone is in the room through another
// server, by a word that has not run out. Call it with subsMu held.
func (lr *liveRoom) hereElsewhere(id ParticipantID) (seatElsewhere, bool) {
	seat, ok := lr.elsewhere[id]
	return seat, ok && time.Now().Before(seat.until)
}

// forgetSilent forgets the people another server last said were here
// once its word has run out (the server died, or lost the database), and
// tells the rooms' screens: nobody else will.
func (h *Hub) forgetSilent(now time.Time) {
	h.mu.RLock()
	rooms := make([]*liveRoom, 0, len(h.rooms))
	for _, lr := range h.rooms {
		rooms = append(rooms, lr)
	}
	h.mu.RUnlock()
	for _, lr := range rooms {
		forgot := false
		lr.subsMu.Lock()
		for id, seat := range lr.elsewhere {
			if now.Before(seat.until) {
				continue
			}
			delete(lr.elsewhere, id)
			forgot = true
			if lr.present[id] <= 0 {
				lr.left[id] = h.clock()
			}
		}
		lr.subsMu.Unlock()
		if forgot {
			lr.notify()
		}
	}
}
