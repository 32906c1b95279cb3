package session

import "trio/content"

// CheckIn gives one word for how the person asking arrives. A new word
// takes the place of the earlier one.
type CheckIn struct{ Word string }

func (c CheckIn) decide(r Room, d *decision) (EventBody, error) {
	if _, err := d.member(r); err != nil {
		return nil, err
	}
	if err := d.inPhase(r, "a check-in word", content.KindCheckIn); err != nil {
		return nil, err
	}
	word, err := d.clean(WordRule, c.Word)
	if err != nil {
		return nil, err
	}
	return d.contribute(r, CheckInWord, word, 0)
}
