package session

import "time"

// A room is live while people use it: it counts against Limits.Rooms
// until it has gone Limits.LiveFor without a change, or is archived. A
// room that is not live is still there, whole: its people come back by its
// code, it exports as before, and its next change makes it live again.

// Archived reports whether the room is archived.
func (r Room) Archived() bool { return !r.ArchivedAt.IsZero() }

// Live reports whether a room counts against Limits.Rooms at now: it is
// not archived, and it changed within the last liveFor.
func (r Room) Live(now time.Time, liveFor time.Duration) bool {
	return !r.Archived() && now.Sub(r.UpdatedAt) < liveFor
}

// liveRooms counts the rooms that count against Limits.Rooms. The caller
// holds h.mu.
func (h *Hub) liveRooms() int {
	now, liveFor := h.clock(), h.limits.liveFor()
	n := 0
	for _, lr := range h.rooms {
		if lr.snap.Load().Live(now, liveFor) {
			n++
		}
	}
	return n
}
