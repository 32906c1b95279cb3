package session

import (
	"fmt"
	"time"
)

// The coach keeps every trio's time at once: more time for all, or every
// clock paused and started again. Each room's timer changes by its own
// event, as when its facilitator does it, so a trio's room reads the same.

// AddTimeToAll gives every trio's phase more time.
type AddTimeToAll struct{ By time.Duration }

func (c AddTimeToAll) decideWorkshop(w Workshop, trios []Room, d *decision) (WorkshopEventBody, []carried, error) {
	if err := d.workshopCoach(w, "add time to every trio"); err != nil {
		return nil, nil, err
	}
	if err := timeToAdd(c.By); err != nil {
		return nil, nil, err
	}
	return &TimeAddedToAll{By: c.By}, toEvery(trios, func(Room) (Command, bool) { return coachTime(c), true }), nil
}

func timeToAdd(by time.Duration) error {
	if by <= 0 || by > MaxTimeAdded {
		return refuse(fmt.Sprintf("Add between a few seconds and %d minutes at a time.", int(MaxTimeAdded.Minutes())))
	}
	return nil
}

// TimeAddedToAll: the coach gave every trio more time.
type TimeAddedToAll struct {
	workshopFact
	By time.Duration `json:"by"`
}

func (*TimeAddedToAll) EventType() string { return "time-added-to-all" }

func (b *TimeAddedToAll) applyWorkshop(w *Workshop, e Event) error {
	w.moment(e, fmt.Sprintf("Added %s for every trio", minutes(b.By)))
	return nil
}

type coachTime struct{ By time.Duration }

func (c coachTime) decide(r Room, d *decision) (EventBody, error) {
	if err := d.coach(r, "add time to every trio"); err != nil {
		return nil, err
	}
	if err := timeToAdd(c.By); err != nil {
		return nil, err
	}
	return &TimeAdded{By: c.By}, nil
}

// PauseAll stops every trio's clock.
type PauseAll struct{}

func (PauseAll) decideWorkshop(w Workshop, trios []Room, d *decision) (WorkshopEventBody, []carried, error) {
	if err := d.workshopCoach(w, "pause every timer"); err != nil {
		return nil, nil, err
	}
	carry := toEvery(trios, func(r Room) (Command, bool) { return coachPause{}, !r.Timer.Paused })
	if len(carry) == 0 {
		return nil, nil, refuse("Every trio's timer is paused already.")
	}
	return &TimersPaused{}, carry, nil
}

// TimersPaused: the coach paused every trio's clock.
type TimersPaused struct{ workshopFact }

func (*TimersPaused) EventType() string { return "timers-paused" }

func (*TimersPaused) applyWorkshop(w *Workshop, e Event) error {
	w.moment(e, "Paused every trio's timer")
	return nil
}

type coachPause struct{}

func (coachPause) decide(r Room, d *decision) (EventBody, error) {
	if err := d.coach(r, "pause every timer"); err != nil {
		return nil, err
	}
	if r.Timer.Paused {
		return nil, refuse("The timer is paused already.")
	}
	return &TimerPaused{Left: r.Timer.Deadline.Sub(d.now)}, nil
}

// ResumeAll starts every paused clock again.
type ResumeAll struct{}

func (ResumeAll) decideWorkshop(w Workshop, trios []Room, d *decision) (WorkshopEventBody, []carried, error) {
	if err := d.workshopCoach(w, "resume every timer"); err != nil {
		return nil, nil, err
	}
	carry := toEvery(trios, func(r Room) (Command, bool) { return coachResume{}, r.Timer.Paused })
	if len(carry) == 0 {
		return nil, nil, refuse("Every trio's timer is running already.")
	}
	return &TimersResumed{}, carry, nil
}

// TimersResumed: the coach started every paused clock again.
type TimersResumed struct{ workshopFact }

func (*TimersResumed) EventType() string { return "timers-resumed" }

func (*TimersResumed) applyWorkshop(w *Workshop, e Event) error {
	w.moment(e, "Resumed every trio's timer")
	return nil
}

type coachResume struct{}

func (coachResume) decide(r Room, d *decision) (EventBody, error) {
	if err := d.coach(r, "resume every timer"); err != nil {
		return nil, err
	}
	if !r.Timer.Paused {
		return nil, refuse("The timer is running already.")
	}
	return &TimerResumed{Deadline: d.now.Add(r.Timer.Left)}, nil
}

func init() {
	registerWorkshopEvent(func() WorkshopEventBody { return new(TimeAddedToAll) })
	registerWorkshopEvent(func() WorkshopEventBody { return new(TimersPaused) })
	registerWorkshopEvent(func() WorkshopEventBody { return new(TimersResumed) })
}
