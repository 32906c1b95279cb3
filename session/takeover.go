package session

import (
	"fmt"
	"time"
)

// TakeFacilitation gives the facilitator's role to the person asking when
// the facilitator has been away for the hub's Limits.FacilitatorAway:
// nobody is stuck when the facilitator leaves. Only someone present may
// take it, and never from a facilitator who is here.
type TakeFacilitation struct{}

func (TakeFacilitation) decide(r Room, d *decision) (EventBody, error) {
	if _, err := d.member(r); err != nil {
		return nil, err
	}
	if r.Facilitator == d.actor {
		return nil, refuse("You facilitate already.")
	}
	if r.Facilitator == "" {
		return nil, refuse("Nobody facilitates this table yet: the first of the trio to join will.")
	}
	name := r.Name(r.Facilitator)
	if d.present(r.Facilitator) {
		return nil, refuse(fmt.Sprintf("%s facilitates and is here: ask them to hand the role over.", name))
	}
	if !d.present(d.actor) {
		return nil, refuse("Only someone in the room can take the facilitator's role: come into the room first.")
	}
	if d.facilitatorAway <= 0 {
		return nil, refuse(fmt.Sprintf("Here the facilitator's role is only handed over, never taken: when %s is back, ask them to hand it to you.", name))
	}
	away := d.away(r.Facilitator)
	if away < d.facilitatorAway {
		return nil, refuse(fmt.Sprintf("%s has been away for %s; if they are not back within %s, you can take the role.",
			name, spokenDuration(away.Truncate(time.Second)), spokenDuration(roundUp(d.facilitatorAway-away))))
	}
	return &FacilitationTaken{From: r.Facilitator, To: d.actor, Away: away.Truncate(time.Second)}, nil
}

// FacilitationTaken: someone present took the facilitator's role from a
// facilitator who had been away for Away.
type FacilitationTaken struct {
	From ParticipantID `json:"from"`
	To   ParticipantID `json:"to"`
	Away time.Duration `json:"away"`
}

func (*FacilitationTaken) EventType() string { return "facilitation-taken" }

func (b *FacilitationTaken) apply(r *Room, e Event) error {
	if b.From != r.Facilitator {
		return fmt.Errorf("the role was taken from %q, but %q facilitates", b.From, r.Facilitator)
	}
	if _, ok := r.Person(b.To); !ok {
		return fmt.Errorf("no participant %q", b.To)
	}
	r.Facilitator, r.TakenFrom = b.To, b.From
	r.moment(e, fmt.Sprintf("%s took the facilitator's role while %s was away", r.Name(b.To), r.Name(b.From)))
	return nil
}

// spokenDuration says a duration as a person reads it at a glance: "40 s",
// "1 min 20 s", "2 min", "1 h 5 min".
func spokenDuration(d time.Duration) string {
	d = max(d, 0)
	switch h, m, s := int(d/time.Hour), int(d%time.Hour/time.Minute), int(d%time.Minute/time.Second); {
	case h > 0 && m > 0:
		return fmt.Sprintf("%d h %d min", h, m)
	case h > 0:
		return fmt.Sprintf("%d h", h)
	case m > 0 && s > 0:
		return fmt.Sprintf("%d min %d s", m, s)
	case m > 0:
		return fmt.Sprintf("%d min", m)
	default:
		return fmt.Sprintf("%d s", s)
	}
}

// roundUp is a wait rounded up to what spokenDuration says (the second;
// the minute past an hour), so "within 1 min 20 s" is never too soon.
func roundUp(d time.Duration) time.Duration {
	unit := time.Second
	if d > time.Hour {
		unit = time.Minute
	}
	if r := d % unit; r > 0 {
		return d + unit - r
	}
	return d
}

func init() {
	registerEvent(func() EventBody { return new(FacilitationTaken) })
}
