package session

import (
	"fmt"
	"slices"
	"time"
)

// Apply returns the room after one event. It is pure: the same room and
// event always give the same result, and the room passed in is not changed.
func Apply(r Room, e Event) (Room, error) {
	if e.Body == nil {
		return r, fmt.Errorf("event %d of room %s has no body", e.Seq, e.Room)
	}
	if e.Seq != r.Seq+1 {
		return r, fmt.Errorf("event %d of room %s is out of order: the room has %d events", e.Seq, e.Room, r.Seq)
	}
	next := r
	if err := e.Body.apply(&next, e); err != nil {
		return r, fmt.Errorf("apply %s event %d of room %s: %w", e.Body.EventType(), e.Seq, e.Room, err)
	}
	next.Seq = e.Seq
	// Archiving notes that nobody changes a room; any other event is a
	// change, and brings an archived room back.
	if _, archiving := e.Body.(*RoomArchived); !archiving {
		next.UpdatedAt = e.At
		next.ArchivedAt = time.Time{}
	}
	return next, nil
}

// The reducer shares nothing it changes with the room it came from: slices
// are copied before they change, so every earlier snapshot stays as it was.

func appended[T any](s []T, v T) []T {
	return append(slices.Clip(s), v)
}

// changed copies s and changes the element at i.
func changed[T any](s []T, i int, change func(*T)) []T {
	out := slices.Clone(s)
	change(&out[i])
	return out
}

// moment adds a line to the room's timeline.
func (r *Room) moment(e Event, what string) {
	r.Timeline = appended(r.Timeline, Moment{At: e.At, Actor: e.Actor, What: what})
}
