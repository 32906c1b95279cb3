package session

import "trio/content"

// Reflect says, in a line, what shifted for the person asking.
type Reflect struct{ Text string }

func (c Reflect) decide(r Room, d *decision) (EventBody, error) {
	if _, err := d.member(r); err != nil {
		return nil, err
	}
	if err := d.inPhase(r, "a reflection", content.KindClose); err != nil {
		return nil, err
	}
	text, err := d.clean(reflectionRule, c.Text)
	if err != nil {
		return nil, err
	}
	return d.contribute(r, Reflection, text, 0)
}
