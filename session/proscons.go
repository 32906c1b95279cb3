package session

import (
	"trio/content"
)

// AddPro and AddCon weigh a perspective. Each person is asked for at least
// one pro on a view that is not theirs.

// AddPro adds a strength of a perspective.
type AddPro struct {
	Perspective int
	Text        string
}

func (c AddPro) decide(r Room, d *decision) (EventBody, error) {
	return d.weigh(r, Pro, c.Perspective, c.Text)
}

// AddCon adds a weakness of a perspective.
type AddCon struct {
	Perspective int
	Text        string
}

func (c AddCon) decide(r Room, d *decision) (EventBody, error) {
	return d.weigh(r, Con, c.Perspective, c.Text)
}

func (d *decision) weigh(r Room, kind ContributionKind, perspective int, raw string) (EventBody, error) {
	if _, err := d.contributor(r, "weighing pros and cons"); err != nil {
		return nil, err
	}
	if err := d.inPhase(r, "weighing pros and cons", content.KindProsCons); err != nil {
		return nil, err
	}
	card, ok := r.Perspective(perspective)
	if !ok || card.Withdrawn || !card.Revealed {
		return nil, refuse("That card is not on the table: pick one of the cards shown.")
	}
	text, err := d.clean(proConRule, raw)
	if err != nil {
		return nil, err
	}
	if kind == Pro && card.Author == d.actor && !r.GavePro(d.actor) {
		d.nudges = append(d.nudges, Nudge{
			Cue:        "pro-for-another",
			Suggestion: "Now find a strength in a view that is not yours.",
		})
	}
	return d.contribute(r, kind, text, card.ID)
}

// GavePro reports whether a person has named a pro of a view not theirs.
func (r Room) GavePro(id ParticipantID) bool {
	for _, c := range r.Contributions.All() {
		if c.Kind != Pro || c.Author != id || c.Withdrawn {
			continue
		}
		if card, ok := r.Perspective(c.About); ok && card.Author != id {
			return true
		}
	}
	return false
}
