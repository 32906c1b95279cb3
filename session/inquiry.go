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

// The fields typed in during the inquiry.
const (
	FieldAsk    = "ask"    // AskQuestion; About is the card
	FieldAnswer = "answer" // AnswerQuestion; About is the question
)

func init() {
	registerKind(content.KindInquiry, phaseKind{
		demo:          demoInquiry,
		card:          exportQuestions,
		cardMarkdown:  writeQuestions,
		side:          onDialogue,
		unsent:        map[string]*TextRule{FieldAsk: &askRule, FieldAnswer: &answerRule},
		contributions: []contributionRule{{kind: Question}, {kind: Answer}},
	})
}

func demoInquiry(d *demo, p content.Phase) {
	q := d.do("lee", AskQuestion{Perspective: d.card("maya"), Text: "What would need to be true for a rebuild to pay off this quarter?"})
	d.do("maya", AnswerQuestion{Question: q.Event.Seq, Text: "That the first board comes in three steps instead of ten, and that we can ship it in parts."})
	q = d.do("maya", AskQuestion{Perspective: d.card("sam"), Text: "What are you seeing in the sessions that I might not be?"})
	d.do("sam", AnswerQuestion{Question: q.Event.Seq, Text: "People want their team in before they build anything; inviting is the moment they give up."})
	q = d.do("sam", AskQuestion{Perspective: d.card("lee"), Text: "Where are you least sure?"})
	d.do("lee", AnswerQuestion{Question: q.Event.Seq, Text: "Whether small releases can change how the whole flow feels."})
	if p.Builds {
		demoBuilds(d, p)
	}
}

func exportQuestions(r Room, card Perspective, pd *PerspectiveDoc) {
	for _, q := range r.About(Question, card.ID) {
		pd.Questions = append(pd.Questions, QuestionDoc{Said: r.one(q), Answers: r.said(r.About(Answer, q.ID))})
	}
}

func writeQuestions(w *mdWriter, p PerspectiveDoc) {
	if len(p.Questions) == 0 {
		return
	}
	w.line("")
	w.line("**Questions**")
	w.line("")
	for _, q := range p.Questions {
		w.item("%s asked: %s", md(q.By), md(q.Text))
		for _, a := range q.Answers {
			w.line("  - %s: %s", md(a.By), mdIndented(a.Text, "    "))
		}
	}
}
