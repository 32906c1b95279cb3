package session

import (
	"fmt"

	"trio/content"
)

// SetQuestion rewords the room's question. Anyone may during the frame; the
// facilitator may at any time.
type SetQuestion struct{ Text string }

func (c SetQuestion) decide(r Room, d *decision) (EventBody, error) {
	if _, err := d.member(r); err != nil {
		return nil, err
	}
	if r.Facilitator != d.actor {
		if err := d.inPhase(r, "rewording the question", content.KindFrame); err != nil {
			return nil, err
		}
	}
	text, err := d.clean(questionRule, c.Text)
	if err != nil {
		return nil, err
	}
	if text == r.Question {
		return nil, refuse("That is the question already.")
	}
	d.notice(r, text)
	return &QuestionSet{Text: text}, nil
}

// QuestionSet: the question was reworded.
type QuestionSet struct {
	Text string `json:"text"`
}

func (*QuestionSet) EventType() string { return "question-set" }

func (b *QuestionSet) apply(r *Room, e Event) error {
	r.Question = b.Text
	r.moment(e, fmt.Sprintf("%s reworded the question: %s", r.Name(e.Actor), b.Text))
	return nil
}

// SetGoal writes the shared goal one level up: drafted in the frame, found
// in the one-level-higher phase. Every wording is kept.
type SetGoal struct{ Text string }

func (c SetGoal) decide(r Room, d *decision) (EventBody, error) {
	if _, err := d.member(r); err != nil {
		return nil, err
	}
	if err := d.inPhase(r, "the shared goal", content.KindFrame, content.KindOneLevelHigher); err != nil {
		return nil, err
	}
	text, err := d.clean(goalRule, c.Text)
	if err != nil {
		return nil, err
	}
	if text == r.Goal {
		return nil, refuse("That is the shared goal already.")
	}
	d.notice(r, text)
	return &GoalSet{Text: text}, nil
}

// GoalSet: the shared goal was written or reworded.
type GoalSet struct {
	Text string `json:"text"`
}

func (*GoalSet) EventType() string { return "goal-set" }

func (b *GoalSet) apply(r *Room, e Event) error {
	r.Goal = b.Text
	r.Goals = appended(r.Goals, GoalVersion{Text: b.Text, Author: e.Actor, At: e.At})
	r.moment(e, fmt.Sprintf("%s wrote the shared goal: %s", r.Name(e.Actor), b.Text))
	return nil
}

func init() {
	registerEvent(func() EventBody { return new(QuestionSet) })
	registerEvent(func() EventBody { return new(GoalSet) })
}

// The fields the question and the shared goal are typed in before they are
// sent. The goal is also reworded one level higher.
const (
	FieldQuestion = "question"
	FieldGoal     = "goal"
)

func init() {
	registerKind(content.KindFrame, phaseKind{
		demo:     demoFrame,
		export:   exportGoals,
		markdown: writtenInTheResult,
		side:     onNeither,
		unsent:   map[string]*TextRule{FieldQuestion: &questionRule, FieldGoal: &goalRule},
	})
}

func demoFrame(d *demo, _ content.Phase) {
	d.do("sam", SetQuestion{Text: "What should we do about the new teams who drop out of onboarding?"})
	d.do("lee", SetGoal{Text: "More new teams reach their first shared board in week one"})
}

// exportGoals lists every wording of the shared goal.
func exportGoals(r Room, _ View, doc *Document) {
	for _, g := range r.Goals {
		doc.Goals = append(doc.Goals, Said{By: r.Name(g.Author), Text: g.Text, At: g.At})
	}
}

// writtenInTheResult is the frame's section of the body: none, on purpose.
// Its question heads the page and its shared goal is in the result at the
// top, with the wordings along the way.
func writtenInTheResult(*mdWriter, Document) {}
