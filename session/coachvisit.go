package session

// The coach of a workshop is in none of its rooms until they come in, and
// then only as an observer: they listen, and the trio's own facilitator
// keeps the room. They may come in and leave as often as they like; once
// in, they keep their place among the room's people, so what they did
// there keeps their name.

// CoachEnters brings the workshop's coach into a trio's room as an
// observer.
type CoachEnters struct{}

func (CoachEnters) decide(r Room, d *decision) (EventBody, error) {
	if err := d.coach(r, "come into a trio's room as its coach"); err != nil {
		return nil, err
	}
	if r.Workshop.Observing {
		return nil, refuse("You are in this room already.")
	}
	return &CoachEntered{Name: r.Workshop.CoachName}, nil
}

// CoachEntered: the coach came into the room as an observer.
type CoachEntered struct {
	Name string `json:"name"`
}

func (*CoachEntered) EventType() string { return "coach-entered" }

func (b *CoachEntered) apply(r *Room, e Event) error {
	if !r.IsCoach(e.Actor) {
		return errNotCoach(e.Actor)
	}
	if _, in := r.Person(e.Actor); !in {
		r.People = appended(r.People, Participant{ID: e.Actor, Name: b.Name, Role: "Coach", Observer: true, JoinedAt: e.At})
	}
	if err := r.changeLink(func(l *WorkshopLink) { l.Observing = true }); err != nil {
		return err
	}
	r.moment(e, b.Name+" came in to observe")
	return nil
}

// CoachLeaves takes the coach out of a room they observe.
type CoachLeaves struct{}

func (CoachLeaves) decide(r Room, d *decision) (EventBody, error) {
	if err := d.coach(r, "leave a trio's room as its coach"); err != nil {
		return nil, err
	}
	if !r.Workshop.Observing {
		return nil, refuse("You are not in this room.")
	}
	return &CoachLeft{}, nil
}

// CoachLeft: the coach left the room they observed.
type CoachLeft struct{}

func (*CoachLeft) EventType() string { return "coach-left" }

func (*CoachLeft) apply(r *Room, e Event) error {
	if !r.IsCoach(e.Actor) {
		return errNotCoach(e.Actor)
	}
	if err := r.changeLink(func(l *WorkshopLink) { l.Observing = false }); err != nil {
		return err
	}
	r.moment(e, r.Name(e.Actor)+" left")
	return nil
}

func init() {
	registerEvent(func() EventBody { return new(CoachEntered) })
	registerEvent(func() EventBody { return new(CoachLeft) })
}
