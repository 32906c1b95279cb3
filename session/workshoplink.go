package session

import (
	"fmt"
	"slices"
	"time"
)

// WorkshopLink is what a trio's room knows of its workshop: enough to
// decide the coach's commands and the lockstep against the room alone.
// A room that is no workshop's has none.
type WorkshopLink struct {
	Code      string        `json:"code"`
	Table     int           `json:"table"`
	Coach     ParticipantID `json:"coach"`
	CoachName string        `json:"coach_name"`
	// Lockstep: the coach moves this trio on with the others; its
	// facilitator does not move it alone.
	Lockstep bool `json:"lockstep,omitempty"`
	// Observing: the coach is in the room now, as an observer.
	Observing bool `json:"observing,omitempty"`
	// Broadcast is the coach's latest line to every room.
	Broadcast *Broadcast `json:"broadcast,omitempty"`
	// MoveAsked is the coach's move on that waits for the facilitator,
	// because someone was still writing.
	MoveAsked *MoveRequest `json:"move_asked,omitempty"`
}

// MoveRequest is the coach's wish to move a trio on while some of it were
// writing: the facilitator answers it (AcceptMove), and any move of the
// room's phase settles it.
type MoveRequest struct {
	To     int             `json:"to"` // the phase the coach moves the trios to
	At     time.Time       `json:"at"`
	Typing []ParticipantID `json:"typing"` // who was writing when it was asked
}

// changeLink changes the room's link in a copy: snapshots share nothing
// they change.
func (r *Room) changeLink(change func(*WorkshopLink)) error {
	if r.Workshop == nil {
		return fmt.Errorf("the room is no workshop's")
	}
	link := *r.Workshop
	change(&link)
	r.Workshop = &link
	return nil
}

// IsCoach reports whether a person is the coach of the room's workshop.
func (r Room) IsCoach(id ParticipantID) bool {
	return r.Workshop != nil && id != "" && r.Workshop.Coach == id
}

// Gone reports whether someone of the room's people has left its company:
// a workshop's coach who came in to observe and went. Their place stays,
// so what they did keeps their name, but the room no longer lists them.
func (r Room) Gone(id ParticipantID) bool {
	return r.IsCoach(id) && !r.Workshop.Observing
}

// coach checks that the person asking is the coach of the room's workshop.
func (d *decision) coach(r Room, doing string) error {
	if r.Workshop == nil {
		return refuse(fmt.Sprintf("This room is not part of a workshop, so nobody can %s here.", doing))
	}
	if !r.IsCoach(d.actor) {
		return refuse(fmt.Sprintf("Only the workshop's coach can %s.", doing))
	}
	return nil
}

// heldTogether refuses a trio's own phase move while the coach moves every
// trio on together.
func (d *decision) heldTogether(r Room) error {
	if r.Workshop != nil && r.Workshop.Lockstep {
		return refuse(fmt.Sprintf("In this workshop %s moves every trio on together: wait for the move, or ask them to let the trios go at their own pace.", r.Workshop.CoachName))
	}
	return nil
}

// coachHasLeft refuses the coach's commands in a room they have left: the
// coach is in a room only while observing it.
func (d *decision) coachHasLeft(r Room) error {
	if r.IsCoach(d.actor) && !r.Workshop.Observing {
		return refuse("You have left this room: come in again as an observer first.")
	}
	return nil
}

// coachSeat is the place a trio's room keeps for its coach: people join up
// to the room's limit less one until the coach has come in once.
func (r Room) coachSeat() int {
	if r.Workshop == nil {
		return 0
	}
	if _, in := r.Person(r.Workshop.Coach); in {
		return 0
	}
	return 1
}

// joinTrio checks a join to a trio's room: the coach comes in as an
// observer, never as a member, and nobody takes a name like the coach's.
func (d *decision) joinTrio(r Room, name string) error {
	if r.Workshop == nil {
		return nil
	}
	if r.IsCoach(d.actor) {
		return refuse("You coach this workshop: come into the room as an observer instead.")
	}
	if NameKey(name) == NameKey(r.Workshop.CoachName) {
		return refuse(fmt.Sprintf("%s coaches this workshop. Add an initial or choose another name.", r.Workshop.CoachName))
	}
	return nil
}

// firstFacilitates gives a trio's room, which opens without anyone in it,
// its facilitator: the first member of the trio to join.
func (r *Room) firstFacilitates(id ParticipantID, at time.Time) bool {
	if r.Workshop == nil || r.Facilitator != "" {
		return false
	}
	r.Facilitator = id
	// The room opened before anyone came: its first phase's time starts
	// with its first member, not with the workshop.
	if r.Phase == 0 {
		box := r.Script.Phases[0].Timebox
		r.Timer.Deadline, r.Timer.Left = at.Add(box), box
	}
	return true
}

// typingInTrio lists the trio's members writing now, the coach aside, in
// the order of the room's people.
func (d *decision) typingInTrio(r Room) []ParticipantID {
	var typing []ParticipantID
	for _, p := range r.People {
		if !r.IsCoach(p.ID) && d.typing(p.ID) {
			typing = append(typing, p.ID)
		}
	}
	return slices.Clip(typing)
}

// errNotCoach is a coach's event in a room whose coach is someone else.
func errNotCoach(id ParticipantID) error {
	return fmt.Errorf("%q is not the coach of this room's workshop", id)
}
