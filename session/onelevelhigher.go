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

// FieldStep is where a step of the ladder is typed; About is the card it
// climbs from, or 0. The shared goal is reworded in FieldGoal.
const FieldStep = "step"

func init() {
	registerKind(content.KindOneLevelHigher, phaseKind{
		demo:          demoOneLevelHigher,
		export:        exportLadder,
		markdown:      writeLadder,
		side:          onDialogue,
		unsent:        map[string]*TextRule{FieldStep: &rungRule, FieldGoal: &goalRule},
		contributions: []contributionRule{{kind: Rung}},
	})
}

func demoOneLevelHigher(d *demo, _ content.Phase) {
	d.do("maya", ClimbLadder{Perspective: d.card("maya"), Text: "A shorter path matters because teams that see value in week one stay."})
	d.do("sam", ClimbLadder{Perspective: d.card("sam"), Text: "The invite matters because a board is only useful with your team on it."})
	d.do("lee", ClimbLadder{Perspective: d.card("lee"), Text: "Shipping soon matters because we only learn from real teams."})
	d.do("sam", SetGoal{Text: "More new teams reach their first shared board, with their team on it, in week one"})
}

func exportLadder(r Room, _ View, doc *Document) {
	for _, c := range r.ContributionsOf(Rung) {
		step := Step{Said: r.one(c)}
		if card, ok := r.Perspective(c.About); ok {
			step.From = r.Name(card.Author)
		}
		doc.Ladder = append(doc.Ladder, step)
	}
}

func writeLadder(w *mdWriter, doc Document) {
	if len(doc.Ladder) == 0 {
		return
	}
	w.section("One level higher")
	w.line("Why does that matter? Each step climbs towards the goal the views share.")
	w.line("")
	for _, s := range doc.Ladder {
		if s.From != "" {
			w.item("%s (from %s's view): %s", md(s.By), md(s.From), md(s.Text))
		} else {
			w.item("%s: %s", md(s.By), md(s.Text))
		}
	}
}
