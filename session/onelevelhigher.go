package session

import "trio/content"

// ClimbLadder adds a step to the "why does that matter?" ladder, climbing
// from the views towards the goal they share.
type ClimbLadder struct {
	// Perspective is the view the step climbs from; 0 for the shared ladder.
	Perspective int
	Text        string
}

func (c ClimbLadder) decide(r Room, d *decision) (EventBody, error) {
	if _, err := d.contributor(r, "climbing the ladder"); err != nil {
		return nil, err
	}
	if err := d.inPhase(r, "climbing one level higher", content.KindOneLevelHigher); err != nil {
		return nil, err
	}
	if c.Perspective != 0 {
		if card, ok := r.Perspective(c.Perspective); !ok || card.Withdrawn || !card.Revealed {
			return nil, refuse("That card is not on the table: pick one of the cards shown.")
		}
	}
	text, err := d.clean(rungRule, c.Text)
	if err != nil {
		return nil, err
	}
	return d.contribute(r, Rung, text, c.Perspective)
}
