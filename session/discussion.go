package session

import "trio/content"

// StatePosition argues for a view in the discussion round: the usual way,
// tried on purpose, so the team can feel the difference later.
type StatePosition struct{ Text string }

func (c StatePosition) decide(r Room, d *decision) (EventBody, error) {
	if _, err := d.contributor(r, "stating a position"); err != nil {
		return nil, err
	}
	if err := d.inPhase(r, "stating a position", content.KindDiscussion); err != nil {
		return nil, err
	}
	text, err := d.clean(positionRule, c.Text)
	if err != nil {
		return nil, err
	}
	return d.contribute(r, Position, text, 0)
}
