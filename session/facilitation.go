package session

import (
	"fmt"
	"time"
)

// NextPhase moves the room to the next phase. Nothing anyone wrote is lost:
// texts stay where they are, and the timer never advances by itself.
type NextPhase struct{}

func (NextPhase) decide(r Room, d *decision) (EventBody, error) {
	if err := d.facilitator(r, "move to the next phase"); err != nil {
		return nil, err
	}
	if err := d.heldTogether(r); err != nil {
		return nil, err
	}
	next, ok := r.NextPhase()
	if !ok {
		return nil, refuse("This is the last phase: the summary is ready to export.")
	}
	return &PhaseChanged{From: r.Phase, To: r.Phase + 1, Deadline: d.now.Add(next.Timebox)}, nil
}

// PreviousPhase goes back one phase; every contribution is kept.
type PreviousPhase struct{}

func (PreviousPhase) decide(r Room, d *decision) (EventBody, error) {
	if err := d.facilitator(r, "go back a phase"); err != nil {
		return nil, err
	}
	if err := d.heldTogether(r); err != nil {
		return nil, err
	}
	if r.Phase == 0 {
		return nil, refuse("This is the first phase: there is nothing before it.")
	}
	prev := r.Script.Phases[r.Phase-1]
	return &PhaseChanged{From: r.Phase, To: r.Phase - 1, Deadline: d.now.Add(prev.Timebox)}, nil
}

// PhaseChanged: the facilitator moved the room to another phase.
type PhaseChanged struct {
	From     int       `json:"from"`
	To       int       `json:"to"`
	Deadline time.Time `json:"deadline"`
}

func (*PhaseChanged) EventType() string { return "phase-changed" }

func (b *PhaseChanged) apply(r *Room, e Event) error {
	if b.From != r.Phase || b.To < 0 || b.To >= len(r.Script.Phases) {
		return fmt.Errorf("phase %d to %d does not fit a room in phase %d", b.From, b.To, r.Phase)
	}
	r.Phase = b.To
	r.Timer = Timer{Deadline: b.Deadline}
	r.People = clearReady(r.People)
	if r.Workshop != nil && r.Workshop.MoveAsked != nil {
		// Any move of the phase answers the coach's question.
		_ = r.changeLink(func(l *WorkshopLink) { l.MoveAsked = nil })
	}
	to := r.Script.Phases[b.To]
	if b.To < b.From {
		r.moment(e, "Went back to "+to.Title)
	} else {
		r.moment(e, "Moved to "+to.Title)
	}
	r.revealOnEntering(e, b.To)
	return nil
}

func clearReady(people []Participant) []Participant {
	out := make([]Participant, len(people))
	for i, p := range people {
		p.Ready = false
		out[i] = p
	}
	return out
}

// AddTime gives the current phase more time.
type AddTime struct{ By time.Duration }

func (c AddTime) decide(r Room, d *decision) (EventBody, error) {
	if err := d.facilitator(r, "add time"); err != nil {
		return nil, err
	}
	if c.By <= 0 || c.By > MaxTimeAdded {
		return nil, refuse(fmt.Sprintf("Add between a few seconds and %d minutes at a time.", int(MaxTimeAdded.Minutes())))
	}
	return &TimeAdded{By: c.By}, nil
}

// TimeAdded: the facilitator gave the phase more time.
type TimeAdded struct {
	By time.Duration `json:"by"`
}

func (*TimeAdded) EventType() string { return "time-added" }

func (b *TimeAdded) apply(r *Room, e Event) error {
	if r.Timer.Paused {
		r.Timer.Left += b.By
	} else {
		// A phase already over time restarts from now, so the added time is
		// really there.
		if r.Timer.Deadline.Before(e.At) {
			r.Timer.Deadline = e.At
		}
		r.Timer.Deadline = r.Timer.Deadline.Add(b.By)
	}
	r.moment(e, fmt.Sprintf("Added %s to %s", minutes(b.By), r.CurrentPhase().Title))
	return nil
}

// PauseTimer stops the phase's clock; ResumeTimer starts it again.
type PauseTimer struct{}

func (PauseTimer) decide(r Room, d *decision) (EventBody, error) {
	if err := d.facilitator(r, "pause the timer"); err != nil {
		return nil, err
	}
	if r.Timer.Paused {
		return nil, refuse("The timer is paused already.")
	}
	return &TimerPaused{Left: r.Timer.Deadline.Sub(d.now)}, nil
}

// TimerPaused: the facilitator paused the phase's clock.
type TimerPaused struct {
	Left time.Duration `json:"left"`
}

func (*TimerPaused) EventType() string { return "timer-paused" }

func (b *TimerPaused) apply(r *Room, e Event) error {
	r.Timer = Timer{Paused: true, Left: b.Left}
	r.moment(e, "Paused the timer")
	return nil
}

// ResumeTimer starts a paused clock again.
type ResumeTimer struct{}

func (ResumeTimer) decide(r Room, d *decision) (EventBody, error) {
	if err := d.facilitator(r, "resume the timer"); err != nil {
		return nil, err
	}
	if !r.Timer.Paused {
		return nil, refuse("The timer is running already.")
	}
	return &TimerResumed{Deadline: d.now.Add(r.Timer.Left)}, nil
}

// TimerResumed: the facilitator started the clock again.
type TimerResumed struct {
	Deadline time.Time `json:"deadline"`
}

func (*TimerResumed) EventType() string { return "timer-resumed" }

func (b *TimerResumed) apply(r *Room, e Event) error {
	r.Timer = Timer{Deadline: b.Deadline}
	r.moment(e, "Resumed the timer")
	return nil
}

// HandOver makes another person the facilitator.
type HandOver struct{ To ParticipantID }

func (c HandOver) decide(r Room, d *decision) (EventBody, error) {
	if err := d.facilitator(r, "hand over the facilitator's role"); err != nil {
		return nil, err
	}
	if c.To == d.actor {
		return nil, refuse("You are the facilitator already.")
	}
	if _, ok := r.Person(c.To); !ok {
		return nil, refuse("Hand the role to someone in the room.")
	}
	return &FacilitatorChanged{To: c.To}, nil
}

// FacilitatorChanged: the facilitator handed the role to someone else.
type FacilitatorChanged struct {
	To ParticipantID `json:"to"`
}

func (*FacilitatorChanged) EventType() string { return "facilitator-changed" }

func (b *FacilitatorChanged) apply(r *Room, e Event) error {
	if _, ok := r.Person(b.To); !ok {
		return fmt.Errorf("no participant %q", b.To)
	}
	r.Facilitator, r.TakenFrom = b.To, ""
	r.moment(e, r.Name(b.To)+" facilitates from now on")
	return nil
}

// LockRoom closes the room to new people (or opens it again).
type LockRoom struct{ Locked bool }

func (c LockRoom) decide(r Room, d *decision) (EventBody, error) {
	doing := "lock the room"
	if !c.Locked {
		doing = "unlock the room"
	}
	if err := d.facilitator(r, doing); err != nil {
		return nil, err
	}
	if r.Locked == c.Locked {
		if c.Locked {
			return nil, refuse("The room is locked already.")
		}
		return nil, refuse("The room is open already.")
	}
	return &RoomLocked{Locked: c.Locked}, nil
}

// RoomLocked: the facilitator locked or unlocked the room.
type RoomLocked struct {
	Locked bool `json:"locked"`
}

func (*RoomLocked) EventType() string { return "room-locked" }

func (b *RoomLocked) apply(r *Room, e Event) error {
	r.Locked = b.Locked
	if b.Locked {
		r.moment(e, "Locked the room")
	} else {
		r.moment(e, "Unlocked the room")
	}
	return nil
}

// minutes writes a duration the way a facilitator says it.
func minutes(d time.Duration) string {
	switch {
	case d%time.Minute == 0 && d == time.Minute:
		return "1 minute"
	case d%time.Minute == 0:
		return fmt.Sprintf("%d minutes", int(d.Minutes()))
	default:
		return d.Round(time.Second).String()
	}
}

func init() {
	registerEvent(func() EventBody { return new(PhaseChanged) })
	registerEvent(func() EventBody { return new(TimeAdded) })
	registerEvent(func() EventBody { return new(TimerPaused) })
	registerEvent(func() EventBody { return new(TimerResumed) })
	registerEvent(func() EventBody { return new(FacilitatorChanged) })
	registerEvent(func() EventBody { return new(RoomLocked) })
}
