package session

import (
	"fmt"
	"time"

	"trio/content"
)

// Workshop is one coach running several trios at once, each trio in a room
// of its own at its own table. Like a Room it is an immutable value, made
// by its events: ApplyWorkshop returns a new Workshop.
type Workshop struct {
	// Code is the workshop's own: its events are a stream of their own in
	// the store, beside its trios' rooms, with a code from the same
	// alphabet and never one of theirs.
	Code      string         `json:"code"`
	Seq       int            `json:"seq"`
	OpenedAt  time.Time      `json:"opened_at"`
	UpdatedAt time.Time      `json:"updated_at"`
	Title     string         `json:"title"`
	Coach     ParticipantID  `json:"coach"`
	CoachName string         `json:"coach_name"`
	Script    content.Script `json:"script"`
	Trios     []Trio         `json:"trios"` // in the order of their tables
	Pace      Pace           `json:"pace"`
	// Broadcasts are the coach's lines to every room, oldest first.
	Broadcasts []Broadcast `json:"broadcasts"`
	Timeline   []Moment    `json:"timeline"`
}

// Trio is one table of a workshop and the room it works in.
type Trio struct {
	Table    int    `json:"table"` // from 1
	Room     string `json:"room"`
	Question string `json:"question"` // as the workshop opened it
}

// Pace says who moves a workshop's trios from phase to phase.
type Pace string

const (
	// Lockstep: only the coach moves the trios on, all together.
	Lockstep Pace = "lockstep"
	// OwnPace: each trio's facilitator moves their trio on.
	OwnPace Pace = "own-pace"
)

// Broadcast is one short line the coach sent to every room.
type Broadcast struct {
	At   time.Time `json:"at"`
	Text string    `json:"text"`
}

// The size of a workshop: a coach can follow two to eight tables.
const (
	MinTrios = 2
	MaxTrios = 8
)

// WorkshopEventBody is what happened to a workshop. Its events are stored
// in the same log as the rooms', under the workshop's code, and replayed
// the same way; they never change a room (the rooms hear of them through
// events of their own).
type WorkshopEventBody interface {
	EventBody
	applyWorkshop(w *Workshop, e Event) error
}

// workshopFact is embedded in every workshop event: a room refuses it.
type workshopFact struct{}

func (workshopFact) apply(*Room, Event) error {
	return fmt.Errorf("a workshop's event cannot change a room")
}

// workshopEventTypes maps each stored workshop event type to a new body,
// apart from the rooms' so a room's event can never be taken for one.
var workshopEventTypes = map[string]func() EventBody{}

func registerWorkshopEvent(newBody func() WorkshopEventBody) {
	name := newBody().EventType()
	if _, dup := eventTypes[name]; dup {
		panic("session: event type registered twice: " + name)
	}
	if _, dup := workshopEventTypes[name]; dup {
		panic("session: event type registered twice: " + name)
	}
	workshopEventTypes[name] = func() EventBody { return newBody() }
}

// ApplyWorkshop returns the workshop after one of its events. Like Apply
// it is pure and leaves the workshop passed in as it was.
func ApplyWorkshop(w Workshop, e Event) (Workshop, error) {
	body, ok := e.Body.(WorkshopEventBody)
	if !ok || e.Body == nil {
		return w, fmt.Errorf("event %d of workshop %s is not a workshop's", e.Seq, e.Room)
	}
	if e.Seq != w.Seq+1 {
		return w, fmt.Errorf("event %d of workshop %s is out of order: the workshop has %d events", e.Seq, e.Room, w.Seq)
	}
	next := w
	if err := body.applyWorkshop(&next, e); err != nil {
		return w, fmt.Errorf("apply %s event %d of workshop %s: %w", body.EventType(), e.Seq, e.Room, err)
	}
	next.Seq, next.UpdatedAt = e.Seq, e.At
	return next, nil
}

// moment adds a line to the workshop's timeline.
func (w *Workshop) moment(e Event, what string) {
	w.Timeline = appended(w.Timeline, Moment{At: e.At, Actor: e.Actor, What: what})
}

// TrioAt is the trio of a room, if the room is one of the workshop's.
func (w Workshop) TrioAt(room string) (Trio, bool) {
	for _, t := range w.Trios {
		if t.Room == room {
			return t, true
		}
	}
	return Trio{}, false
}

// LatestBroadcast is the coach's newest line to every room, if any.
func (w Workshop) LatestBroadcast() (Broadcast, bool) {
	if n := len(w.Broadcasts); n > 0 {
		return w.Broadcasts[n-1], true
	}
	return Broadcast{}, false
}
