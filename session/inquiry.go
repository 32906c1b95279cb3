package session

import (
	"fmt"

	"trio/content"
)

// AskQuestion asks a curious question about a view that is not yours.
type AskQuestion struct {
	Perspective int
	Text        string
}

func (c AskQuestion) decide(r Room, d *decision) (EventBody, error) {
	if _, err := d.member(r); err != nil {
		return nil, err
	}
	if err := d.inPhase(r, "asking about a view", content.KindInquiry); err != nil {
		return nil, err
	}
	card, err := d.othersCard(r, c.Perspective, "Ask about a view that is not yours: your own is for answering.")
	if err != nil {
		return nil, err
	}
	text, err := d.clean(askRule, c.Text)
	if err != nil {
		return nil, err
	}
	return d.contribute(r, Question, text, card.ID)
}

// AnswerQuestion answers a question about your own card.
type AnswerQuestion struct {
	Question int
	Text     string
}

func (c AnswerQuestion) decide(r Room, d *decision) (EventBody, error) {
	if _, err := d.member(r); err != nil {
		return nil, err
	}
	if err := d.inPhase(r, "answering a question", content.KindInquiry); err != nil {
		return nil, err
	}
	q, ok := r.Contribution(c.Question)
	if !ok || q.Kind != Question || q.Withdrawn {
		return nil, refuse("That question is not there any more: pick another one.")
	}
	card, _ := r.Perspective(q.About)
	if card.Author != d.actor {
		return nil, refuse(fmt.Sprintf("That question is for %s: the author of a view answers questions about it.", r.Name(card.Author)))
	}
	text, err := d.clean(answerRule, c.Text)
	if err != nil {
		return nil, err
	}
	return d.contribute(r, Answer, text, q.ID)
}

// othersCard finds a revealed card by id that the person asking did not write.
func (d *decision) othersCard(r Room, id int, ownCard string) (Perspective, error) {
	card, ok := r.Perspective(id)
	if !ok || card.Withdrawn || !card.Revealed {
		return card, refuse("That card is not on the table: pick one of the cards shown.")
	}
	if card.Author == d.actor {
		return card, refuse(ownCard)
	}
	return card, nil
}
