package session

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"
)

// A room nobody has changed for a long while can be archived by whoever
// runs trio: it stays in the store with everything in it, is listed and
// exported as archived, and no longer counts against Limits.Rooms. Its
// people can still come back by its code, and its next change brings it
// back.

// RoomArchived marks a room archived. It is the operator's note, not a
// change by anyone in the room: the room keeps its last change.
type RoomArchived struct{}

func (*RoomArchived) EventType() string { return "room-archived" }

func (*RoomArchived) apply(r *Room, e Event) error {
	if r.Seq == 0 {
		return fmt.Errorf("there is no room to archive")
	}
	r.ArchivedAt = e.At
	return nil
}

func init() { registerEvent(func() EventBody { return new(RoomArchived) }) }

// Archive archives every room that has not changed for olderThan and is
// not archived yet, and returns how many it archived. Each is stored
// before it shows; when the store fails, the rooms archived until then
// stay archived and the error says why the rest were not.
func (h *Hub) Archive(ctx context.Context, olderThan time.Duration) (int, error) {
	now := h.clock()
	h.mu.RLock()
	rooms := make([]*liveRoom, 0, len(h.rooms))
	for _, lr := range h.rooms {
		rooms = append(rooms, lr)
	}
	h.mu.RUnlock()
	// In the order of their codes, so a store that fails half-way leaves
	// the same rooms archived whenever it is run.
	slices.SortFunc(rooms, func(a, b *liveRoom) int { return cmp.Compare(a.snap.Load().Code, b.snap.Load().Code) })
	archived := 0
	for _, lr := range rooms {
		done, err := h.archive(ctx, lr, now, olderThan)
		if err != nil {
			return archived, err
		}
		if done {
			archived++
		}
	}
	return archived, nil
}

// archive archives one room if nobody changed it for olderThan.
func (h *Hub) archive(ctx context.Context, lr *liveRoom, now time.Time, olderThan time.Duration) (bool, error) {
	lr.mu.Lock()
	defer lr.mu.Unlock()
	room := *lr.snap.Load()
	if room.Archived() || now.Sub(room.UpdatedAt) < olderThan {
		return false, nil
	}
	e := Event{Room: room.Code, Seq: room.Seq + 1, At: now, Body: &RoomArchived{}}
	next, err := Apply(room, e)
	if err != nil {
		return false, err
	}
	if err := h.store.Append(ctx, e); err != nil {
		return false, h.saveFailed(e, err)
	}
	lr.snap.Store(&next)
	lr.notify()
	return true, nil
}
