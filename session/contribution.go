package session

import (
	"fmt"
	"maps"
)

// ContributionAdded: a person added a text contribution. Every kind of text
// (a check-in word, a question, a pro) is recorded by this one event.
type ContributionAdded struct {
	Kind  ContributionKind `json:"kind"`
	Text  string           `json:"text"`
	About int              `json:"about,omitempty"`
}

func (*ContributionAdded) EventType() string { return "contribution-added" }

func (b *ContributionAdded) apply(r *Room, e Event) error {
	if ruleOf(b.Kind).onePerPerson {
		// A new one takes the place of the person's earlier one.
		one := personsOne{kind: b.Kind, author: e.Actor}
		if i, ok := r.ones[one]; ok {
			r.Contributions = r.Contributions.Changed(i, func(c *Contribution) { c.Withdrawn = true })
		}
		r.ones = maps.Clone(r.ones)
		if r.ones == nil {
			r.ones = map[personsOne]int{}
		}
		r.ones[one] = r.Contributions.Len()
	}
	c := Contribution{
		ID:     e.Seq,
		Kind:   b.Kind,
		Author: e.Actor,
		Phase:  r.CurrentPhase().ID,
		At:     e.At,
		Text:   b.Text,
		About:  b.About,
	}
	at := r.Contributions.Len()
	r.Contributions = r.Contributions.Append(c)
	r.aboutIndex = r.aboutIndex.with(aboutKey(c.Kind, c.About), func(l List[int]) List[int] { return l.Append(at) })
	r.countContribution(c, 1)
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
	if i, ok := r.Contributions.Search(byID[Contribution](b.ID)); ok {
		c := r.Contributions.At(i)
		r.Contributions = r.Contributions.Changed(i, func(c *Contribution) { c.Withdrawn = true })
		if !c.Withdrawn {
			r.countContribution(c, -1)
		}
		if at, ok := r.ones[personsOne{kind: c.Kind, author: c.Author}]; ok && at == i {
			r.ones = maps.Clone(r.ones)
			delete(r.ones, personsOne{kind: c.Kind, author: c.Author})
		}
		return nil
	}
	for i, p := range r.Perspectives {
		if p.ID == b.ID {
			r.Perspectives = changed(r.Perspectives, i, func(p *Perspective) { p.Withdrawn = true })
			return nil
		}
	}
	if i, ok := r.Builds.Search(byID[Build](b.ID)); ok {
		x := r.Builds.At(i)
		r.Builds = r.Builds.Changed(i, func(x *Build) { x.Withdrawn = true })
		if !x.Withdrawn {
			r.countBuild(x, -1)
		}
		return nil
	}
	return fmt.Errorf("nothing with id %d to withdraw", b.ID)
}

func init() {
	registerEvent(func() EventBody { return new(ContributionAdded) })
	registerEvent(func() EventBody { return new(Withdrawn) })
}
