package session

import (
	"time"

	"fmt"

	"trio/content"
)

// Person is someone named when a room is opened.
type Person struct {
	ID       ParticipantID // empty: the room gives one ("p1", "p2", …)
	Name     string
	Role     string
	Observer bool // a coach or guest who facilitates and listens
}

// OpenRoom opens a new room. The hub gives it its code.
type OpenRoom struct {
	Question string
	Goal     string // a first draft of the shared goal; may be empty
	Script   content.Script
	People   []Person
	// Facilitator is the index in People of the person who facilitates.
	Facilitator int
	// By is who asks for the room, and from where, over SSH: the hub
	// paces them. It is not stored.
	By Opener
}

func (c OpenRoom) decide(r Room, d *decision) (EventBody, error) {
	if r.Seq != 0 {
		return nil, refuse("This room is already open.")
	}
	question, err := d.clean(questionRule, c.Question)
	if err != nil {
		return nil, err
	}
	var goal string
	if c.Goal != "" {
		if goal, err = d.clean(goalRule, c.Goal); err != nil {
			return nil, err
		}
	}
	if len(c.Script.Phases) == 0 {
		return nil, refuse("The script has no phases: pick another script.")
	}
	if p, ok := unknownKind(c.Script); ok {
		return nil, refuse(fmt.Sprintf("Phase %q is of kind %q, which this trio does not run: pick another script, or update trio.", p.ID, p.Kind))
	}
	if len(c.People) == 0 {
		return nil, refuse("A room needs at least one person: add the people taking part.")
	}
	if most := d.mostPeople(); len(c.People) > most {
		return nil, refuse(fmt.Sprintf("A room holds at most %d people.", most))
	}
	if c.Facilitator < 0 || c.Facilitator >= len(c.People) {
		return nil, refuse("Choose who facilitates: one of the people in the room.")
	}
	people := make([]Participant, 0, len(c.People))
	for i, p := range c.People {
		id := p.ID
		if id == "" {
			id = ParticipantID(fmt.Sprintf("p%d", i+1))
		}
		name, err := d.clean(NameRule, p.Name)
		if err != nil {
			return nil, err
		}
		role, err := d.cleanRole(p.Role)
		if err != nil {
			return nil, err
		}
		for _, other := range people {
			if other.ID == id {
				return nil, refuse(fmt.Sprintf("Two people have the same id %q.", id))
			}
			if NameKey(other.Name) == NameKey(name) {
				return nil, refuse(fmt.Sprintf("%q and %q look the same: give each person a name of their own.", other.Name, name))
			}
		}
		people = append(people, Participant{ID: id, Name: name, Role: role, Observer: p.Observer, JoinedAt: d.now})
	}
	first := c.Script.Phases[0]
	return &RoomOpened{
		Question:    question,
		Goal:        goal,
		Script:      c.Script,
		People:      people,
		Facilitator: people[c.Facilitator].ID,
		Deadline:    d.now.Add(first.Timebox),
	}, nil
}

// RoomOpened is the first event of every room.
type RoomOpened struct {
	Question    string         `json:"question"`
	Goal        string         `json:"goal,omitempty"`
	Script      content.Script `json:"script"`
	People      []Participant  `json:"people"`
	Facilitator ParticipantID  `json:"facilitator"`
	Deadline    time.Time      `json:"deadline"`
	// Workshop is set for a trio's room, which opens with nobody in it:
	// its first member to join facilitates.
	Workshop *WorkshopLink `json:"workshop,omitempty"`
}

func (*RoomOpened) EventType() string { return "room-opened" }

func (b *RoomOpened) apply(r *Room, e Event) error {
	if r.Seq != 0 {
		return fmt.Errorf("the room is already open")
	}
	if p, ok := unknownKind(b.Script); ok {
		return fmt.Errorf("phase %q is of kind %q, which this trio does not run: the room was opened by a newer trio", p.ID, p.Kind)
	}
	*r = Room{
		Code:        e.Room,
		OpenedAt:    e.At,
		Question:    b.Question,
		Goal:        b.Goal,
		Script:      b.Script,
		People:      b.People,
		Facilitator: b.Facilitator,
		Timer:       Timer{Deadline: b.Deadline},
		Workshop:    b.Workshop,
	}
	if b.Goal != "" {
		r.Goals = []GoalVersion{{Text: b.Goal, Author: b.Facilitator, At: e.At}}
	}
	r.moment(e, "Opened the room: "+b.Question)
	return nil
}

func init() { registerEvent(func() EventBody { return new(RoomOpened) }) }
