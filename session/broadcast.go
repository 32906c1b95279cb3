package session

// The coach speaks to every room at once with one short line ("5 minutes
// left, then we meet in plenary"). It is cleaned and capped like any text
// a person types, shown in each room's timeline, and kept as the room's
// latest broadcast until the next.

// Broadcasts are one line, short enough to read at a glance.
const (
	MaxBroadcastRunes = 160
	MaxBroadcastCells = 160
)

// BroadcastRule is for the coach's line to every room.
var BroadcastRule = TextRule{What: "The line for every room", MaxRunes: MaxBroadcastRunes, MaxCells: MaxBroadcastCells, MaxLines: 1}

// BroadcastLine sends one short line to every room of the workshop.
type BroadcastLine struct{ Text string }

func (c BroadcastLine) decideWorkshop(w Workshop, trios []Room, d *decision) (WorkshopEventBody, []carried, error) {
	if err := d.workshopCoach(w, "speak to every room"); err != nil {
		return nil, nil, err
	}
	text, err := d.clean(BroadcastRule, c.Text)
	if err != nil {
		return nil, nil, err
	}
	carry := toEvery(trios, func(Room) (Command, bool) { return coachBroadcast{Text: text}, true })
	return &LineBroadcast{Text: text}, carry, nil
}

// LineBroadcast: the coach spoke to every room.
type LineBroadcast struct {
	workshopFact
	Text string `json:"text"`
}

func (*LineBroadcast) EventType() string { return "line-broadcast" }

func (b *LineBroadcast) applyWorkshop(w *Workshop, e Event) error {
	w.Broadcasts = appended(w.Broadcasts, Broadcast{At: e.At, Text: b.Text})
	w.moment(e, "To every room: "+b.Text)
	return nil
}

// coachBroadcast is the coach's line reaching one room. The room cleans it
// again: what a room stores, the room's own rule has seen.
type coachBroadcast struct{ Text string }

func (c coachBroadcast) decide(r Room, d *decision) (EventBody, error) {
	if err := d.coach(r, "speak to every room"); err != nil {
		return nil, err
	}
	text, _, err := BroadcastRule.Clean(c.Text)
	if err != nil {
		return nil, refuse(err.Error())
	}
	return &BroadcastShown{Text: text}, nil
}

// BroadcastShown: the coach's line to every room reached this one.
type BroadcastShown struct {
	Text string `json:"text"`
}

func (*BroadcastShown) EventType() string { return "broadcast-shown" }

func (b *BroadcastShown) apply(r *Room, e Event) error {
	line := &Broadcast{At: e.At, Text: b.Text}
	if err := r.changeLink(func(l *WorkshopLink) { l.Broadcast = line }); err != nil {
		return err
	}
	r.moment(e, r.Name(e.Actor)+", to every room: "+b.Text)
	return nil
}

func init() {
	registerWorkshopEvent(func() WorkshopEventBody { return new(LineBroadcast) })
	registerEvent(func() EventBody { return new(BroadcastShown) })
}
