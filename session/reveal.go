package session

import (
	"fmt"
	"slices"
	"time"

	"trio/content"
)

// The reveal round is a talking stick: cards are shown one at a time, and
// only the speaker, whose card is open, talks about it. Others jot down what
// they heard.

// startReveal fixes the order of speakers as the room enters a reveal round
// and opens the current speaker's card. Coming back to the round keeps the
// order and turn; cards written since join the end of the order.
func (r *Room) startReveal(e Event) {
	order := slices.Clone(r.Reveal.Order)
	for _, person := range r.People {
		if card, ok := r.CardOf(person.ID); ok && !slices.Contains(order, person.ID) && !card.Revealed {
			order = append(order, person.ID)
		}
	}
	reveal := Reveal{Order: order, Turn: r.Reveal.Turn, Turns: r.Reveal.Turns, Ended: r.Reveal.Ended}
	if reveal.Turn < len(order) {
		reveal.Ended = time.Time{}
		if len(reveal.Turns) <= reveal.Turn {
			reveal.Turns = appended(reveal.Turns, e.At)
			r.moment(e, r.Name(order[reveal.Turn])+" shows their card")
		}
		r.revealCardOf(order[reveal.Turn])
	}
	r.Reveal = reveal
}

func (r *Room) revealCardOf(author ParticipantID) {
	for i, p := range r.Perspectives {
		if p.Author == author && !p.Withdrawn && !p.Revealed {
			r.Perspectives = changed(r.Perspectives, i, func(p *Perspective) { p.Revealed = true })
		}
	}
}

// PassTalkingStick ends the speaker's turn and opens the next card. The
// speaker passes it, or the facilitator does.
type PassTalkingStick struct{}

func (PassTalkingStick) decide(r Room, d *decision) (EventBody, error) {
	if _, err := d.member(r); err != nil {
		return nil, err
	}
	if err := d.inPhase(r, "passing the talking stick", content.KindRevealRound); err != nil {
		return nil, err
	}
	speaker, ok := r.Speaker()
	if !ok {
		return nil, refuse("Everyone has shown their card: the facilitator can move on.")
	}
	if d.actor != speaker && d.actor != r.Facilitator {
		return nil, refuse(fmt.Sprintf("%s holds the talking stick: they pass it on, or the facilitator does.", r.Name(speaker)))
	}
	return &TalkingStickPassed{Turn: r.Reveal.Turn + 1}, nil
}

// TalkingStickPassed: the turn moved to the next speaker.
type TalkingStickPassed struct {
	Turn int `json:"turn"`
}

func (*TalkingStickPassed) EventType() string { return "talking-stick-passed" }

func (b *TalkingStickPassed) apply(r *Room, e Event) error {
	if b.Turn != r.Reveal.Turn+1 || b.Turn > len(r.Reveal.Order) {
		return fmt.Errorf("turn %d does not follow turn %d of %d", b.Turn, r.Reveal.Turn, len(r.Reveal.Order))
	}
	reveal := r.Reveal
	reveal.Turn = b.Turn
	if b.Turn < len(reveal.Order) {
		reveal.Turns = appended(reveal.Turns, e.At)
		r.revealCardOf(reveal.Order[b.Turn])
		r.moment(e, r.Name(reveal.Order[b.Turn])+" shows their card")
	} else {
		reveal.Ended = e.At
		r.moment(e, "Everyone has shown their card")
	}
	r.Reveal = reveal
	return nil
}

// AddToCard lets the speaker add to their own card while they hold the stick.
type AddToCard struct{ Text string }

func (c AddToCard) decide(r Room, d *decision) (EventBody, error) {
	if _, err := d.member(r); err != nil {
		return nil, err
	}
	if err := d.inPhase(r, "adding to your card", content.KindRevealRound); err != nil {
		return nil, err
	}
	speaker, ok := r.Speaker()
	if !ok {
		return nil, refuse("Everyone has shown their card: nobody holds the talking stick now.")
	}
	if d.actor != speaker {
		return nil, refuse(fmt.Sprintf("Only %s, who holds the talking stick, adds to their card now. Note what you heard instead.", r.Name(speaker)))
	}
	card, _ := r.CardOf(speaker)
	text, err := d.clean(noteRule, c.Text)
	if err != nil {
		return nil, err
	}
	return d.contribute(r, CardAddition, text, card.ID)
}

// NoteHeard jots down what a listener heard the speaker say.
type NoteHeard struct{ Text string }

func (c NoteHeard) decide(r Room, d *decision) (EventBody, error) {
	if _, err := d.member(r); err != nil {
		return nil, err
	}
	if err := d.inPhase(r, "noting what you heard", content.KindRevealRound); err != nil {
		return nil, err
	}
	speaker, ok := r.Speaker()
	if !ok {
		return nil, refuse("Everyone has shown their card: nobody is speaking now.")
	}
	if d.actor == speaker {
		return nil, refuse("You hold the talking stick: the others note what they heard. Add to your card instead.")
	}
	card, _ := r.CardOf(speaker)
	text, err := d.clean(noteRule, c.Text)
	if err != nil {
		return nil, err
	}
	return d.contribute(r, Heard, text, card.ID)
}

func init() { registerEvent(func() EventBody { return new(TalkingStickPassed) }) }

// The fields typed in while the cards are revealed.
const (
	FieldAddition = "addition" // AddToCard
	FieldHeard    = "heard"    // NoteHeard
)

func init() {
	registerKind(content.KindRevealRound, phaseKind{
		demo:          demoReveal,
		card:          exportRevealed,
		cardMarkdown:  writeRevealed,
		side:          onDialogue,
		unsent:        map[string]*TextRule{FieldAddition: &noteRule, FieldHeard: &noteRule},
		contributions: []contributionRule{{kind: CardAddition}, {kind: Heard, notAirtime: true}},
	})
}

func demoReveal(d *demo, _ content.Phase) {
	d.do("sam", NoteHeard{Text: "Maya sees the whole path as the problem, not one step."})
	d.do("maya", AddToCard{Text: "I am least sure about the number: it mixes trial and paid teams."})
	d.do("maya", PassTalkingStick{})
	d.do("lee", NoteHeard{Text: "Sam has watched people stall on the invite step."})
	d.do("sam", PassTalkingStick{})
	d.do("maya", NoteHeard{Text: "Lee cares about learning fast, not about keeping old code."})
	d.do("lee", PassTalkingStick{})
}

// exportRevealed is what was added to a card and heard of it as it was read.
func exportRevealed(r Room, card Perspective, pd *PerspectiveDoc) {
	pd.Additions = r.said(r.About(CardAddition, card.ID))
	pd.Heard = r.said(r.About(Heard, card.ID))
}

func writeRevealed(w *mdWriter, p PerspectiveDoc) {
	for _, a := range p.Additions {
		w.item("**Added while speaking:** %s", md(a.Text))
	}
	w.list("What others heard", p.Heard, true)
}
