package session

import (
	"errors"
	"fmt"
	"time"
)

// Takeover is what one person's screen needs to offer them the
// facilitator's role: whether TakeFacilitation would be accepted now, and
// if not, the sentence it would be refused with. It is decided exactly as
// the command is, so the offer and the rule never disagree.
type Takeover struct {
	Facilitator     ParticipantID
	FacilitatorName string
	Away            time.Duration // how long the facilitator has been away; 0 while here
	CanTake         bool
	Why             string // when CanTake is false: why not, and when it will be possible
}

// Takeover tells whether a person may take a room's facilitator's role
// now. Presence.FacilitationOpen changes, and the room's subscribers are
// told, the moment the role opens: a screen asks again on each change.
func (h *Hub) Takeover(code string, id ParticipantID) Takeover {
	lr, err := h.live(code)
	if err != nil {
		return Takeover{Why: err.Error()}
	}
	room := *lr.snap.Load()
	d := h.decision(id, lr)
	t := Takeover{Facilitator: room.Facilitator, FacilitatorName: room.Name(room.Facilitator), Away: d.away(room.Facilitator)}
	if _, err := (TakeFacilitation{}).decide(room, d); err != nil {
		var refusal *Refusal
		if errors.As(err, &refusal) {
			t.Why = refusal.Reason
		} else {
			t.Why = err.Error()
		}
		return t
	}
	t.CanTake = true
	return t
}

// Offer is a line that tells the person they may take the role; empty
// when they may not. It names no duration, so it never goes stale on a
// screen that is not redrawn.
func (t Takeover) Offer() string {
	if !t.CanTake {
		return ""
	}
	return fmt.Sprintf("%s is away: you can take the facilitator's role.", t.FacilitatorName)
}

// Question asks the person to confirm taking the role; a screen adds its
// own keys to answer it.
func (t Takeover) Question() string {
	return fmt.Sprintf("Take the facilitator's role while %s is away? Everyone is told, and the timeline keeps it.", t.FacilitatorName)
}
