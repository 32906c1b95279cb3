package session

import (
	"fmt"
	"time"

	"trio/content"
)

// OpenWorkshop opens a workshop and a room for each of its trios, each with
// its own code, grouped under the workshop's code. The rooms open empty:
// the coach is in none of them (they come in as an observer when they
// like), and the first member of each trio to join facilitates it.
type OpenWorkshop struct {
	Title string
	// Coach runs the workshop and is the only one who acts on it. Their
	// ID is their key's fingerprint over SSH: it must be given.
	Coach  Person
	Script content.Script
	// Questions holds one question for every trio, or one for each.
	Questions []string
	Trios     int
	// Pace is how the trios start; empty is Lockstep.
	Pace Pace
	// By is who asks, and from where: a workshop is paced as one room.
	By Opener
}

var workshopTitleRule = as(LineRule, "The workshop's title")

func (c OpenWorkshop) decide(d *decision) (*WorkshopOpened, error) {
	if c.Trios < MinTrios || c.Trios > MaxTrios {
		return nil, refuse(fmt.Sprintf("A workshop has %d to %d trios, one a table: choose how many tables you have.", MinTrios, MaxTrios))
	}
	if c.Coach.ID == "" {
		return nil, refuse("A workshop needs a coach who can come back to it: sign in with a key to open one.")
	}
	title, err := d.clean(workshopTitleRule, c.Title)
	if err != nil {
		return nil, err
	}
	name, err := d.clean(NameRule, c.Coach.Name)
	if err != nil {
		return nil, err
	}
	if len(c.Script.Phases) == 0 {
		return nil, refuse("The script has no phases: pick another script.")
	}
	if p, ok := unknownKind(c.Script); ok {
		return nil, refuse(fmt.Sprintf("Phase %q is of kind %q, which this trio does not run: pick another script, or update trio.", p.ID, p.Kind))
	}
	if len(c.Questions) != 1 && len(c.Questions) != c.Trios {
		return nil, refuse(fmt.Sprintf("Give one question for every trio, or one for each of the %d trios.", c.Trios))
	}
	pace := c.Pace
	switch pace {
	case "":
		pace = Lockstep
	case Lockstep, OwnPace:
	default:
		return nil, refuse("Choose lockstep, where you move every trio on, or own pace, where each trio moves on by itself.")
	}
	trios := make([]Trio, c.Trios)
	for i := range trios {
		raw := c.Questions[0]
		if len(c.Questions) > 1 {
			raw = c.Questions[i]
		}
		q, err := d.clean(questionRule, raw)
		if err != nil {
			return nil, err
		}
		trios[i] = Trio{Table: i + 1, Question: q}
	}
	return &WorkshopOpened{Title: title, Coach: c.Coach.ID, CoachName: name, Script: c.Script, Trios: trios, Pace: pace}, nil
}

// trioRoom is the opening of one trio's room.
func (b *WorkshopOpened) trioRoom(code string, t Trio, now time.Time) *RoomOpened {
	return &RoomOpened{
		Question: t.Question,
		Script:   b.Script,
		Deadline: now.Add(b.Script.Phases[0].Timebox),
		Workshop: &WorkshopLink{Code: code, Table: t.Table, Coach: b.Coach, CoachName: b.CoachName, Lockstep: b.Pace == Lockstep},
	}
}

// WorkshopOpened is the first event of every workshop. Its trios' rooms
// are opened, and stored, before it.
type WorkshopOpened struct {
	workshopFact
	Title     string         `json:"title"`
	Coach     ParticipantID  `json:"coach"`
	CoachName string         `json:"coach_name"`
	Script    content.Script `json:"script"`
	Trios     []Trio         `json:"trios"`
	Pace      Pace           `json:"pace"`
}

func (*WorkshopOpened) EventType() string { return "workshop-opened" }

func (b *WorkshopOpened) applyWorkshop(w *Workshop, e Event) error {
	if w.Seq != 0 {
		return fmt.Errorf("the workshop is already open")
	}
	if p, ok := unknownKind(b.Script); ok {
		return fmt.Errorf("phase %q is of kind %q, which this trio does not run: the workshop was opened by a newer trio", p.ID, p.Kind)
	}
	*w = Workshop{
		Code: e.Room, OpenedAt: e.At, Title: b.Title,
		Coach: b.Coach, CoachName: b.CoachName, Script: b.Script,
		Trios: b.Trios, Pace: b.Pace,
	}
	w.moment(e, fmt.Sprintf("Opened the workshop: %s, %d trios", b.Title, len(b.Trios)))
	return nil
}

func init() { registerWorkshopEvent(func() WorkshopEventBody { return new(WorkshopOpened) }) }
