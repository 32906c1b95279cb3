package session

import (
	"fmt"
	"time"

	"trio/content"
)

// Dashboard is what the coach sees of every trio at once, read-only. It
// holds no text a trio wrote, only how far each trio is: the phase and
// its time, who is here, away and writing, who is ready, how many cards
// are written (a count, never their words), how the vote stands (who
// voted, never how), and the signals a coach acts on.
type Dashboard struct {
	Code      string       `json:"code"`
	Title     string       `json:"title"`
	Pace      Pace         `json:"pace"`
	Broadcast *Broadcast   `json:"broadcast,omitempty"` // the coach's latest line
	Trios     []TrioStatus `json:"trios"`
}

// TrioStatus is one trio as the coach's dashboard shows it.
type TrioStatus struct {
	Table    int          `json:"table"`
	Room     string       `json:"room"` // its code, as people read it
	Question string       `json:"question"`
	Phase    PhaseRef     `json:"phase"`
	Kind     content.Kind `json:"kind"` // the phase's kind
	// Left is the time left in the phase (negative once over); Paused
	// says the clock is stopped.
	Left   time.Duration  `json:"left"`
	Paused bool           `json:"paused,omitempty"`
	People []PersonStatus `json:"people"`
	// CardsWritten counts the trio's cards, revealed or not.
	CardsWritten int           `json:"cards_written"`
	Consent      ConsentStatus `json:"consent"`
	// MoveAsked: the coach's move on waits for the facilitator's yes.
	MoveAsked      bool     `json:"move_asked,omitempty"`
	CoachObserving bool     `json:"coach_observing,omitempty"`
	Signals        []Signal `json:"signals"`
}

// PersonStatus is one person in a trio's room, live.
type PersonStatus struct {
	Name        string `json:"name"`
	Role        string `json:"role"`
	Facilitator bool   `json:"facilitator,omitempty"`
	Observer    bool   `json:"observer,omitempty"`
	Here        bool   `json:"here"` // away when not
	Typing      bool   `json:"typing,omitempty"`
	Ready       bool   `json:"ready,omitempty"`
}

// ConsentState is where a trio's vote stands.
type ConsentState string

const (
	NotVoted    ConsentState = "not-voted"
	VoteOpen    ConsentState = "open"
	Consented   ConsentState = "consented"
	NoConsent   ConsentState = "no-consent"
	ClosedEarly ConsentState = "closed-early"
)

// ConsentStatus is a trio's latest round of the vote: who voted, never
// how, until it is closed, and then only whether it reached consent.
type ConsentStatus struct {
	State  ConsentState `json:"state"`
	Round  int          `json:"round,omitempty"`
	Voted  int          `json:"voted"`
	Voters int          `json:"voters"`
}

// SignalKind names what a signal is about, for a screen to mark it.
type SignalKind string

const (
	// Behind: most other trios are further on in the script.
	Behind SignalKind = "behind"
	// Airtime: one person has said most of what was said.
	Airtime SignalKind = "airtime"
	// FacilitatorAway: the trio's facilitator is not in the room.
	FacilitatorAway SignalKind = "facilitator-away"
	// VoteClosedEarly: the latest vote was closed before everyone voted.
	VoteClosedEarly SignalKind = "vote-closed-early"
)

// Signal is something in a trio the coach may act on, in a sentence.
type Signal struct {
	Kind SignalKind `json:"kind"`
	Say  string     `json:"say"`
}

// FacilitatorAwayNoticed is how long a trio's facilitator is away before
// the coach is told: a dropped connection comes back within seconds, and
// after a restart everyone is away until they reconnect.
const FacilitatorAwayNoticed = 30 * time.Second

// DominantAirtime is the share of the words above which one person is
// said to have most of the airtime, once the trio has said MinAirtimeWords.
const (
	DominantAirtime = 0.5
	MinAirtimeWords = 30
)

// TrioLive is a trio's room with what is live about it, not stored: who
// is here and writing, and how long its facilitator has been away.
type TrioLive struct {
	Room            Room
	Presence        Presence
	FacilitatorAway time.Duration
}

// DashboardOf projects a workshop and its trios, in the order of its
// tables, at now. It is pure: the hub gathers what is live (Dashboard).
func DashboardOf(w Workshop, trios []TrioLive, now time.Time) Dashboard {
	d := Dashboard{Code: FormatCode(w.Code), Title: w.Title, Pace: w.Pace}
	if b, ok := w.LatestBroadcast(); ok {
		d.Broadcast = &b
	}
	for i, t := range trios {
		if t.Room.Seq == 0 || i >= len(w.Trios) {
			continue
		}
		d.Trios = append(d.Trios, trioStatus(w.Trios[i], t, now))
	}
	for i := range d.Trios {
		if s, ok := behind(d.Trios, i); ok {
			d.Trios[i].Signals = append([]Signal{s}, d.Trios[i].Signals...)
		}
	}
	return d
}

func trioStatus(trio Trio, t TrioLive, now time.Time) TrioStatus {
	r := t.Room
	phase := r.CurrentPhase()
	s := TrioStatus{
		Table:    trio.Table,
		Room:     FormatCode(r.Code),
		Question: r.Question,
		Phase:    PhaseRef{ID: phase.ID, Title: phase.Title, Index: r.Phase + 1, Of: len(r.Script.Phases)},
		Kind:     phase.Kind,
		Left:     r.Timer.Remaining(now),
		Paused:   r.Timer.Paused,
		Consent:  consentStatus(r),
		Signals:  []Signal{},
	}
	for _, p := range r.People {
		s.People = append(s.People, PersonStatus{
			Name: p.Name, Role: p.Role, Facilitator: p.ID == r.Facilitator, Observer: p.Observer,
			Here: t.Presence.Here[p.ID], Typing: t.Presence.Typing[p.ID], Ready: p.Ready,
		})
	}
	for _, c := range r.Perspectives {
		if !c.Withdrawn {
			s.CardsWritten++
		}
	}
	if link := r.Workshop; link != nil {
		s.MoveAsked, s.CoachObserving = link.MoveAsked != nil, link.Observing
	}
	if r.Facilitator != "" && !t.Presence.Here[r.Facilitator] && t.FacilitatorAway >= FacilitatorAwayNoticed {
		s.Signals = append(s.Signals, Signal{FacilitatorAway, fmt.Sprintf("%s facilitates and has been away for %s.",
			r.Name(r.Facilitator), spokenDuration(t.FacilitatorAway.Truncate(time.Second)))})
	}
	if sig, ok := airtime(r); ok {
		s.Signals = append(s.Signals, sig)
	}
	if s.Consent.State == ClosedEarly {
		s.Signals = append(s.Signals, Signal{VoteClosedEarly, fmt.Sprintf("Round %d of the vote was closed before everyone voted.", s.Consent.Round)})
	}
	return s
}

func consentStatus(r Room) ConsentStatus {
	n := len(r.Votes)
	if n == 0 {
		return ConsentStatus{State: NotVoted}
	}
	round := r.Votes[n-1]
	s := ConsentStatus{Round: round.Number, Voted: len(round.Votes), Voters: len(round.Voters)}
	switch {
	case !round.Closed:
		s.State = VoteOpen
	case round.ClosedEarly():
		s.State = ClosedEarly
	case round.Consented():
		s.State = Consented
	default:
		s.State = NoConsent
	}
	return s
}

// airtime finds one person of the trio with most of what was said, from
// what everyone may see. Cards count for nobody: each person's card is
// their turn by design, and the first revealed would say its author has
// all the airtime before anyone has spoken.
func airtime(r Room) (Signal, bool) {
	v := ViewFor(r, Nobody)
	v.Perspectives = nil
	m := MeasureView(v)
	if m.Total.Words < MinAirtimeWords || len(m.People) < 2 {
		return Signal{}, false
	}
	for _, p := range m.People {
		if p.Airtime > DominantAirtime {
			return Signal{Airtime, fmt.Sprintf("%s has %s of the airtime.", p.Name, p.AirtimeText())}, true
		}
	}
	return Signal{}, false
}

// behind reports a trio that most of the others are further on than.
func behind(trios []TrioStatus, i int) (Signal, bool) {
	further := 0
	for j, t := range trios {
		if j != i && t.Phase.Index > trios[i].Phase.Index {
			further++
		}
	}
	others := len(trios) - 1
	if others == 0 || 2*further < others || further == 0 {
		return Signal{}, false
	}
	if others == 1 {
		return Signal{Behind, fmt.Sprintf("Still in %s while the other trio is further on.", trios[i].Phase.Title)}, true
	}
	return Signal{Behind, fmt.Sprintf("Still in %s while %d of the other %d trios are further on.",
		trios[i].Phase.Title, further, others)}, true
}

// Dashboard is the coach's view of every trio of a workshop, now. Only the
// workshop's coach sees it.
func (h *Hub) Dashboard(code string, viewer ParticipantID) (Dashboard, error) {
	w, err := h.coachOf(code, viewer, "every trio's room")
	if err != nil {
		return Dashboard{}, err
	}
	now := h.clock()
	rooms := h.trioRooms(w)
	trios := make([]TrioLive, len(rooms))
	for i, r := range rooms {
		trios[i] = TrioLive{Room: r}
		if r.Seq == 0 {
			continue
		}
		trios[i].Presence = h.Presence(r.Code)
		if lr, err := h.live(r.Code); err == nil && r.Facilitator != "" {
			trios[i].FacilitatorAway = lr.awayFor(r.Facilitator, now)
		}
	}
	return DashboardOf(w, trios, now), nil
}
