package session

import (
	"time"
)

// Command is something a person asks of a room: add a card, ask a question,
// move to the next phase. The hub decides whether it is allowed now, for
// this person, and turns it into one event.
type Command interface {
	decide(r Room, d *decision) (EventBody, error)
}

// decision carries what a command is decided with: who asks, when, who
// is present and since when the others are away; and collects the gentle
// notes for the person who asked.
type decision struct {
	actor   ParticipantID
	now     time.Time
	present func(ParticipantID) bool
	away    func(ParticipantID) time.Duration // 0 for someone present
	typing  func(ParticipantID) bool          // writing in the room now
	nudges  []Nudge
	removed int // characters removed from the person's text by cleaning

	// The room's limits of the hub deciding; 0 is the ceiling.
	participants  int
	contributions int
	// How long the facilitator must be away before the role may be
	// taken; 0: never.
	facilitatorAway time.Duration
}

// mostPeople is how many people a room may hold.
func (d *decision) mostPeople() int { return atMost(d.participants, MaxParticipants) }

// mostContributions is how many contributions a room may hold.
func (d *decision) mostContributions() int { return atMost(d.contributions, MaxContributions) }

// Result is what a person gets back for a command the room accepted.
type Result struct {
	Room  Room  // the room after the event; project it before showing it
	Event Event // the event that was recorded
	// Nudges are gentle notes about the person's own words: an advocacy cue
	// and its kinder form, a "but" inside a yes. They never block.
	Nudges []Nudge
	// Removed counts the characters removed from the text (control
	// characters, escape sequences), so the typist can be told.
	Removed int
}

// Refusal is a command the room did not accept, with a reason written for
// the person who asked ("Only the facilitator can move to the next phase.").
type Refusal struct {
	Reason string
}

func (r *Refusal) Error() string { return r.Reason }

func refuse(reason string) error { return &Refusal{Reason: reason} }
