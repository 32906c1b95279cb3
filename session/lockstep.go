package session

import (
	"fmt"

	"trio/content/prose"
)

// Lockstep: the coach moves every trio on together, to one phase, the one
// after the furthest trio's, so trios that fell behind catch up. A trio
// where someone is writing is not moved under their words: its
// facilitator is asked (MoveAsked), and either accepts (AcceptMove) or
// lets the coach's next move find nobody writing. The trio decides when
// its sentence is done; no move happens by itself.

// MoveTriosOn moves every trio of the workshop to the next phase together.
type MoveTriosOn struct{}

func (MoveTriosOn) decideWorkshop(w Workshop, trios []Room, d *decision) (WorkshopEventBody, []carried, error) {
	if err := d.workshopCoach(w, "move every trio on"); err != nil {
		return nil, nil, err
	}
	furthest := -1
	for _, r := range trios {
		if r.Seq > 0 {
			furthest = max(furthest, r.Phase)
		}
	}
	to := min(furthest+1, len(w.Script.Phases)-1)
	carry := toEvery(trios, func(r Room) (Command, bool) { return coachMove{To: to}, r.Phase < to })
	if len(carry) == 0 {
		return nil, nil, refuse("Every trio is in the last phase already: the plenary export is ready.")
	}
	return &TriosMovedOn{To: to}, carry, nil
}

// TriosMovedOn: the coach moved every trio on to phase To.
type TriosMovedOn struct {
	workshopFact
	To int `json:"to"`
}

func (*TriosMovedOn) EventType() string { return "trios-moved-on" }

func (b *TriosMovedOn) applyWorkshop(w *Workshop, e Event) error {
	if b.To < 0 || b.To >= len(w.Script.Phases) {
		return fmt.Errorf("phase %d is not in the workshop's script", b.To)
	}
	w.moment(e, "Moved every trio on to "+w.Script.Phases[b.To].Title)
	return nil
}

// coachMove is the coach's move on in one room.
type coachMove struct{ To int }

func (c coachMove) decide(r Room, d *decision) (EventBody, error) {
	if err := d.coach(r, "move every trio on"); err != nil {
		return nil, err
	}
	if c.To <= r.Phase || c.To >= len(r.Script.Phases) {
		return nil, refuse("This trio is there already.")
	}
	if typing := d.typingInTrio(r); len(typing) > 0 && r.Facilitator != "" {
		return &MoveAsked{To: c.To, Typing: typing}, nil
	}
	return &PhaseChanged{From: r.Phase, To: c.To, Deadline: d.now.Add(r.Script.Phases[c.To].Timebox)}, nil
}

// MoveAsked: the coach moved the trios on while some of this one were
// writing, so its facilitator is asked.
type MoveAsked struct {
	To     int             `json:"to"`
	Typing []ParticipantID `json:"typing"`
}

func (*MoveAsked) EventType() string { return "move-asked" }

func (b *MoveAsked) apply(r *Room, e Event) error {
	if b.To <= r.Phase || b.To >= len(r.Script.Phases) {
		return fmt.Errorf("phase %d does not follow phase %d", b.To, r.Phase)
	}
	ask := &MoveRequest{To: b.To, At: e.At, Typing: b.Typing}
	if err := r.changeLink(func(l *WorkshopLink) { l.MoveAsked = ask }); err != nil {
		return err
	}
	names := make([]string, len(b.Typing))
	for i, id := range b.Typing {
		names[i] = r.Name(id)
	}
	r.moment(e, fmt.Sprintf("%s moves every trio on to %s; %s still writing, so %s decides when",
		r.Name(e.Actor), r.Script.Phases[b.To].Title, prose.And(names)+isAre(len(names)), r.Name(r.Facilitator)))
	return nil
}

func isAre(n int) string {
	if n == 1 {
		return " is"
	}
	return " are"
}

// AcceptMove is the facilitator's yes to the coach's move on: the trio
// goes where the others went.
type AcceptMove struct{}

func (AcceptMove) decide(r Room, d *decision) (EventBody, error) {
	if err := d.facilitator(r, "answer the coach's move"); err != nil {
		return nil, err
	}
	if r.Workshop == nil || r.Workshop.MoveAsked == nil {
		return nil, refuse("The coach has not asked this trio to move on.")
	}
	to := r.Workshop.MoveAsked.To
	return &PhaseChanged{From: r.Phase, To: to, Deadline: d.now.Add(r.Script.Phases[to].Timebox)}, nil
}

// SetPace chooses who moves the trios on: the coach, all together
// (Lockstep), or each trio's facilitator (OwnPace).
type SetPace struct{ Pace Pace }

func (c SetPace) decideWorkshop(w Workshop, trios []Room, d *decision) (WorkshopEventBody, []carried, error) {
	if err := d.workshopCoach(w, "choose how the trios move on"); err != nil {
		return nil, nil, err
	}
	switch {
	case c.Pace != Lockstep && c.Pace != OwnPace:
		return nil, nil, refuse("Choose lockstep, where you move every trio on, or own pace, where each trio moves on by itself.")
	case c.Pace == w.Pace && c.Pace == Lockstep:
		return nil, nil, refuse("You move every trio on together already.")
	case c.Pace == w.Pace:
		return nil, nil, refuse("The trios go at their own pace already.")
	}
	lockstep := c.Pace == Lockstep
	carry := toEvery(trios, func(r Room) (Command, bool) {
		return coachPace{Lockstep: lockstep}, r.Workshop != nil && r.Workshop.Lockstep != lockstep
	})
	return &PaceChosen{Pace: c.Pace}, carry, nil
}

// PaceChosen: the coach chose how the trios move on.
type PaceChosen struct {
	workshopFact
	Pace Pace `json:"pace"`
}

func (*PaceChosen) EventType() string { return "pace-chosen" }

func (b *PaceChosen) applyWorkshop(w *Workshop, e Event) error {
	w.Pace = b.Pace
	w.moment(e, paceSentence(b.Pace == Lockstep))
	return nil
}

func paceSentence(lockstep bool) string {
	if lockstep {
		return "The coach moves every trio on together"
	}
	return "Each trio moves on at its own pace"
}

// coachPace is the coach's choice of pace in one room.
type coachPace struct{ Lockstep bool }

func (c coachPace) decide(r Room, d *decision) (EventBody, error) {
	if err := d.coach(r, "choose how the trios move on"); err != nil {
		return nil, err
	}
	if r.Workshop.Lockstep == c.Lockstep {
		return nil, refuse("This trio moves on that way already.")
	}
	return &PaceSet{Lockstep: c.Lockstep}, nil
}

// PaceSet: the coach's choice of pace reached this room.
type PaceSet struct {
	Lockstep bool `json:"lockstep"`
}

func (*PaceSet) EventType() string { return "pace-set" }

func (b *PaceSet) apply(r *Room, e Event) error {
	if err := r.changeLink(func(l *WorkshopLink) { l.Lockstep = b.Lockstep }); err != nil {
		return err
	}
	r.moment(e, paceSentence(b.Lockstep))
	return nil
}

func init() {
	registerWorkshopEvent(func() WorkshopEventBody { return new(TriosMovedOn) })
	registerWorkshopEvent(func() WorkshopEventBody { return new(PaceChosen) })
	registerEvent(func() EventBody { return new(MoveAsked) })
	registerEvent(func() EventBody { return new(PaceSet) })
}
