package session

import (
	"fmt"
	"slices"
)

// Join adds the person asking to the room.
type Join struct {
	Name string
	Role string
}

func (c Join) decide(r Room, d *decision) (EventBody, error) {
	if _, ok := r.Person(d.actor); ok {
		return nil, refuse("You are already in this room.")
	}
	if r.Locked {
		return nil, refuse("This room is locked: the facilitator has closed it to new people.")
	}
	if most := d.mostPeople(); len(r.People)+r.coachSeat() >= most {
		return nil, refuse(fmt.Sprintf("This room is full: it holds at most %d people.", most))
	}
	name, err := d.uniqueName(r, c.Name)
	if err != nil {
		return nil, err
	}
	if err := d.joinTrio(r, name); err != nil {
		return nil, err
	}
	role, err := d.cleanRole(c.Role)
	if err != nil {
		return nil, err
	}
	return &Joined{Name: name, Role: role}, nil
}

// Joined: a person joined the room.
type Joined struct {
	Name string `json:"name"`
	Role string `json:"role,omitempty"`
}

func (*Joined) EventType() string { return "joined" }

func (b *Joined) apply(r *Room, e Event) error {
	r.People = appended(r.People, Participant{ID: e.Actor, Name: b.Name, Role: b.Role, JoinedAt: e.At})
	if r.firstFacilitates(e.Actor, e.At) {
		r.moment(e, b.Name+" joined and facilitates")
		return nil
	}
	r.moment(e, b.Name+" joined")
	return nil
}

// Rename changes the display name of the person asking.
type Rename struct{ Name string }

func (c Rename) decide(r Room, d *decision) (EventBody, error) {
	if _, err := d.member(r); err != nil {
		return nil, err
	}
	name, err := d.uniqueName(r, c.Name)
	if err != nil {
		return nil, err
	}
	return &Renamed{Name: name}, nil
}

// Renamed: a person changed their display name.
type Renamed struct {
	Name string `json:"name"`
}

func (*Renamed) EventType() string { return "renamed" }

func (b *Renamed) apply(r *Room, e Event) error {
	old := r.Name(e.Actor)
	if err := r.changePerson(e.Actor, func(p *Participant) { p.Name = b.Name }); err != nil {
		return err
	}
	r.moment(e, old+" is now called "+b.Name)
	return nil
}

// ChooseRole changes the role of the person asking.
type ChooseRole struct{ Role string }

func (c ChooseRole) decide(r Room, d *decision) (EventBody, error) {
	if _, err := d.member(r); err != nil {
		return nil, err
	}
	role, err := d.cleanRole(c.Role)
	if err != nil {
		return nil, err
	}
	return &RoleChosen{Role: role}, nil
}

// RoleChosen: a person chose their role.
type RoleChosen struct {
	Role string `json:"role"`
}

func (*RoleChosen) EventType() string { return "role-chosen" }

func (b *RoleChosen) apply(r *Room, e Event) error {
	if err := r.changePerson(e.Actor, func(p *Participant) { p.Role = b.Role }); err != nil {
		return err
	}
	return nil
}

// AcceptAgreements: the person asking accepts the dialogue agreements.
type AcceptAgreements struct{}

func (AcceptAgreements) decide(r Room, d *decision) (EventBody, error) {
	p, err := d.member(r)
	if err != nil {
		return nil, err
	}
	if p.Agreed {
		return nil, refuse("You have accepted the agreements already.")
	}
	return &AgreementsAccepted{}, nil
}

// AgreementsAccepted: a person accepted the dialogue agreements.
type AgreementsAccepted struct{}

func (*AgreementsAccepted) EventType() string { return "agreements-accepted" }

func (*AgreementsAccepted) apply(r *Room, e Event) error {
	if err := r.changePerson(e.Actor, func(p *Participant) { p.Agreed = true }); err != nil {
		return err
	}
	return nil
}

// MarkReady says the person asking is ready to move on (or not yet).
type MarkReady struct{ Ready bool }

func (c MarkReady) decide(r Room, d *decision) (EventBody, error) {
	p, err := d.member(r)
	if err != nil {
		return nil, err
	}
	if r.IsCoach(d.actor) {
		return nil, refuse("You observe this room: ready marks are the trio's, and you move every trio on from the dashboard.")
	}
	if p.Ready == c.Ready {
		if c.Ready {
			return nil, refuse("You are marked ready already.")
		}
		return nil, refuse("You are not marked ready.")
	}
	return &ReadyMarked{Ready: c.Ready}, nil
}

// ReadyMarked: a person is ready to move on, or took it back. Every phase
// change clears the marks.
type ReadyMarked struct {
	Ready bool `json:"ready"`
}

func (*ReadyMarked) EventType() string { return "ready-marked" }

func (b *ReadyMarked) apply(r *Room, e Event) error {
	if err := r.changePerson(e.Actor, func(p *Participant) { p.Ready = b.Ready }); err != nil {
		return err
	}
	return nil
}

// changePerson changes one participant in a copy of the people.
func (r *Room) changePerson(id ParticipantID, change func(*Participant)) error {
	i := slices.IndexFunc(r.People, func(p Participant) bool { return p.ID == id })
	if i < 0 {
		return fmt.Errorf("no participant %q", id)
	}
	r.People = changed(r.People, i, change)
	return nil
}

// uniqueName cleans a name and checks nobody else in the room has one that
// looks the same.
func (d *decision) uniqueName(r Room, raw string) (string, error) {
	name, err := d.clean(NameRule, raw)
	if err != nil {
		return "", err
	}
	key := NameKey(name)
	for _, p := range r.People {
		if p.ID != d.actor && NameKey(p.Name) == key {
			return "", refuse(fmt.Sprintf("Someone here is already called %s. Add an initial or choose another name.", p.Name))
		}
	}
	return name, nil
}

func init() {
	registerEvent(func() EventBody { return new(Joined) })
	registerEvent(func() EventBody { return new(Renamed) })
	registerEvent(func() EventBody { return new(RoleChosen) })
	registerEvent(func() EventBody { return new(AgreementsAccepted) })
	registerEvent(func() EventBody { return new(ReadyMarked) })
}
