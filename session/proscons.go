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

// The fields of a pro and a con, typed before they are sent.
const (
	FieldPro = "pro" // AddPro; About is the card
	FieldCon = "con" // AddCon; About is the card
)

func init() {
	registerKind(content.KindProsCons, phaseKind{
		demo:          demoProsCons,
		card:          exportProsCons,
		cardMarkdown:  writeProsCons,
		side:          onDialogue,
		unsent:        map[string]*TextRule{FieldPro: &proConRule, FieldCon: &proConRule},
		contributions: []contributionRule{{kind: Pro}, {kind: Con}},
	})
}

func demoProsCons(d *demo, _ content.Phase) {
	d.do("sam", AddPro{Perspective: d.card("maya"), Text: "Aims at the outcome that matters: the first shared board."})
	d.do("lee", AddCon{Perspective: d.card("maya"), Text: "A big bang: we learn late whether it worked."})
	d.do("maya", AddPro{Perspective: d.card("sam"), Text: "Grounded in what we saw people do."})
	d.do("lee", AddPro{Perspective: d.card("sam"), Text: "Small and quick to try."})
	d.do("maya", AddCon{Perspective: d.card("sam"), Text: "May fix one step and leave the path as long as it is."})
	d.do("maya", AddPro{Perspective: d.card("lee"), Text: "Every release tells us something."})
	d.do("sam", AddPro{Perspective: d.card("lee"), Text: "Keeps the team shipping while we learn."})
	d.do("sam", AddCon{Perspective: d.card("lee"), Text: "Small steps can stay small and never add up."})
}

func exportProsCons(r Room, card Perspective, pd *PerspectiveDoc) {
	pd.Pros = r.said(r.About(Pro, card.ID))
	pd.Cons = r.said(r.About(Con, card.ID))
}

func writeProsCons(w *mdWriter, p PerspectiveDoc) {
	w.list("Pros", p.Pros, true)
	w.list("Cons", p.Cons, true)
}
