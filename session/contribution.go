package session

import "fmt"

// ContributionAdded: a person added a text contribution. Every kind of text
// (a check-in word, a question, a pro) is recorded by this one event.
type ContributionAdded struct {
	Kind  ContributionKind `json:"kind"`
	Text  string           `json:"text"`
	About int              `json:"about,omitempty"`
}

func (*ContributionAdded) EventType() string { return "contribution-added" }

func (b *ContributionAdded) apply(r *Room, e Event) error {
	if b.Kind == CheckInWord {
		// A new check-in word takes the place of the person's earlier one.
		for i, c := range r.Contributions {
			if c.Kind == CheckInWord && c.Author == e.Actor && !c.Withdrawn {
				r.Contributions = changed(r.Contributions, i, func(c *Contribution) { c.Withdrawn = true })
			}
		}
	}
	r.Contributions = appended(r.Contributions, Contribution{
		ID:     e.Seq,
		Kind:   b.Kind,
		Author: e.Actor,
		Phase:  r.CurrentPhase().ID,
		At:     e.At,
		Text:   b.Text,
		About:  b.About,
	})
	return nil
}

// contribute is the event for a text contribution that passed its rules.
func (d *decision) contribute(r Room, kind ContributionKind, text string, about int) (EventBody, error) {
	if err := d.roomFor(r); err != nil {
		return nil, err
	}
	d.notice(r, text)
	return &ContributionAdded{Kind: kind, Text: text, About: about}, nil
}

// Withdraw takes back something the person asking contributed. Nothing is
// deleted: the room remembers it was there and that its author withdrew it.
type Withdraw struct{ ID int }

func (c Withdraw) decide(r Room, d *decision) (EventBody, error) {
	if _, err := d.member(r); err != nil {
		return nil, err
	}
	author, withdrawn, found := r.authorOf(c.ID)
	switch {
	case !found:
		return nil, refuse("There is nothing like that to withdraw.")
	case author != d.actor:
		return nil, refuse("Only its author can withdraw a contribution.")
	case withdrawn:
		return nil, refuse("You have withdrawn that already.")
	}
	return &Withdrawn{ID: c.ID}, nil
}

// authorOf finds who wrote a contribution, card or build.
func (r Room) authorOf(id int) (author ParticipantID, withdrawn, found bool) {
	if c, ok := r.Contribution(id); ok {
		return c.Author, c.Withdrawn, true
	}
	if p, ok := r.Perspective(id); ok {
		return p.Author, p.Withdrawn, true
	}
	if b, ok := r.Build(id); ok {
		return b.Author, b.Withdrawn, true
	}
	return "", false, false
}

// Withdrawn: a person withdrew one of their contributions, cards or builds.
type Withdrawn struct {
	ID int `json:"id"`
}

func (*Withdrawn) EventType() string { return "withdrawn" }

func (b *Withdrawn) apply(r *Room, e Event) error {
	for i, c := range r.Contributions {
		if c.ID == b.ID {
			r.Contributions = changed(r.Contributions, i, func(c *Contribution) { c.Withdrawn = true })
			return nil
		}
	}
	for i, p := range r.Perspectives {
		if p.ID == b.ID {
			r.Perspectives = changed(r.Perspectives, i, func(p *Perspective) { p.Withdrawn = true })
			return nil
		}
	}
	for i, x := range r.Builds {
		if x.ID == b.ID {
			r.Builds = changed(r.Builds, i, func(x *Build) { x.Withdrawn = true })
			return nil
		}
	}
	return fmt.Errorf("nothing with id %d to withdraw", b.ID)
}

func init() {
	registerEvent(func() EventBody { return new(ContributionAdded) })
	registerEvent(func() EventBody { return new(Withdrawn) })
}
