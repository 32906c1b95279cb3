package session

import (
	"fmt"

	"trio/content"
)

// WriteCard writes (or rewrites) the perspective card of the person asking.
// Nobody else sees it until the reveal.
type WriteCard struct {
	// Answers maps a card field's id ("position", "see"…) to its text.
	Answers map[string]string
}

func (c WriteCard) decide(r Room, d *decision) (EventBody, error) {
	if _, err := d.contributor(r, "writing a perspective card"); err != nil {
		return nil, err
	}
	if err := d.inPhase(r, "writing your card", content.KindSilentWriting); err != nil {
		return nil, err
	}
	card, has := r.CardOf(d.actor)
	if has && card.Revealed {
		return nil, refuse("Your card is shown to everyone already: add to it when you hold the talking stick, or answer the questions that follow.")
	}
	if !has {
		if err := d.roomFor(r); err != nil {
			return nil, err
		}
	}
	fields := r.CurrentPhase().Fields
	for id := range c.Answers {
		if !hasField(fields, id) {
			return nil, refuse(fmt.Sprintf("This card has no field %q.", id))
		}
	}
	var answers []CardAnswer
	for i, f := range fields {
		raw := c.Answers[f.ID]
		if isBlank(raw) {
			if i == 0 {
				return nil, refuse(fmt.Sprintf("Fill in %q first: a sentence or two is enough.", f.Label))
			}
			continue
		}
		text, err := d.clean(as(cardRule, f.Label), raw)
		if err != nil {
			return nil, err
		}
		d.notice(r, text)
		answers = append(answers, CardAnswer{Field: f.ID, Text: text})
	}
	return &CardWritten{Answers: answers}, nil
}

func hasField(fields []content.CardField, id string) bool {
	for _, f := range fields {
		if f.ID == id {
			return true
		}
	}
	return false
}

// CardWritten: a person wrote or rewrote their perspective card.
type CardWritten struct {
	Answers []CardAnswer `json:"answers"`
}

func (*CardWritten) EventType() string { return "card-written" }

func (b *CardWritten) apply(r *Room, e Event) error {
	for i, p := range r.Perspectives {
		if p.Author == e.Actor && !p.Withdrawn {
			if p.Revealed {
				return fmt.Errorf("the card of %s is revealed already", e.Actor)
			}
			r.Perspectives = changed(r.Perspectives, i, func(p *Perspective) {
				p.Fields, p.At = b.Answers, e.At
			})
			return nil
		}
	}
	r.Perspectives = appended(r.Perspectives, Perspective{ID: e.Seq, Author: e.Actor, Phase: r.CurrentPhase().ID, Fields: b.Answers, At: e.At})
	return nil
}

// revealOnEntering shows cards as the room enters a phase: one at a time in
// a reveal round, and every card at once in any later phase. Cards written
// after the room went back to silent writing stay hidden until it moves on.
func (r *Room) revealOnEntering(e Event, to int) {
	writing := -1
	for i, p := range r.Script.Phases {
		if p.Kind == content.KindSilentWriting && i < to {
			writing = i
		}
	}
	if writing < 0 {
		return
	}
	if r.Script.Phases[to].Kind == content.KindRevealRound {
		r.startReveal(e)
		return
	}
	for i, p := range r.Perspectives {
		if !p.Revealed && !p.Withdrawn {
			r.Perspectives = changed(r.Perspectives, i, func(p *Perspective) { p.Revealed = true })
		}
	}
}

func init() { registerEvent(func() EventBody { return new(CardWritten) }) }

func init() {
	registerKind(content.KindSilentWriting, phaseKind{
		demo:         demoSilentWriting,
		export:       exportPerspectives,
		card:         exportCardFields,
		markdown:     writePerspectives,
		cardMarkdown: writeCardFields,
		side:         onNeither,
		scriptField:  cardFieldRule,
	})
}

// cardFieldRule caps a card's field, named by the script, as a sent card
// is capped.
func cardFieldRule(p content.Phase, field string) (*TextRule, bool) {
	return &cardRule, hasField(p.Fields, field)
}

func demoSilentWriting(d *demo, p content.Phase) {
	write := func(who ParticipantID, texts ...string) {
		answers := map[string]string{}
		for i, t := range texts {
			if i < len(p.Fields) {
				answers[p.Fields[i].ID] = t
			}
		}
		d.do(who, WriteCard{Answers: answers})
	}
	write("maya",
		"Rebuild onboarding around the first shared board.",
		"Only 38% of new teams create a board in week one; support tickets say people get lost between steps.",
		"That a shorter path to the first board is what makes teams stay.",
		"New teams feeling the product work for them on day one.")
	write("sam",
		"Fix the invite step first, then see what is left.",
		"In five usability sessions, four people stalled on inviting teammates.",
		"That most of the drop-off comes from that one step.",
		"Not asking people to learn a new flow twice.")
	write("lee",
		"Improve the current flow in small releases we can measure.",
		"The onboarding code is old but covered by tests; each step can change alone.",
		"That a rebuild would freeze other work for a quarter.",
		"Shipping something this month and learning from it.")
}

// exportPerspectives lists the cards the viewer may see, and counts the
// ones still hidden from them.
func exportPerspectives(r Room, v View, doc *Document) {
	for _, card := range r.Perspectives {
		if card.Withdrawn {
			continue
		}
		if card.Hidden || !card.Revealed && card.Author != v.Viewer {
			doc.HiddenCards++
			continue
		}
		doc.Perspectives = append(doc.Perspectives, r.perspective(card))
	}
}

func exportCardFields(r Room, card Perspective, pd *PerspectiveDoc) {
	labels := map[string]string{}
	for _, p := range r.Script.Phases {
		for _, f := range p.Fields {
			labels[f.ID] = f.Label
		}
	}
	for _, a := range card.Fields {
		pd.Fields = append(pd.Fields, FieldDoc{ID: a.Field, Label: labels[a.Field], Text: a.Text})
	}
}

func writePerspectives(w *mdWriter, doc Document) {
	w.section("Perspectives")
	if len(doc.Perspectives) == 0 {
		w.line("No card has been revealed yet.")
	}
	if doc.HiddenCards > 0 {
		if doc.HiddenCards == 1 {
			w.line("1 card is not revealed yet, so not shown here.")
		} else {
			w.line("%d cards are not revealed yet, so not shown here.", doc.HiddenCards)
		}
	}
	for _, p := range doc.Perspectives {
		w.perspective(p)
	}
}

func writeCardFields(w *mdWriter, p PerspectiveDoc) {
	for _, f := range p.Fields {
		w.item("**%s:** %s", md(f.Label), md(f.Text))
	}
}
