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

// FieldPosition is where a position is typed before it is stated.
const FieldPosition = "position"

func init() {
	registerKind(content.KindDiscussion, phaseKind{
		demo:          demoDiscussion,
		export:        exportDiscussion,
		markdown:      writeDiscussion,
		side:          onDiscussion,
		unsent:        map[string]*TextRule{FieldPosition: &positionRule},
		contributions: []contributionRule{{kind: Position}},
	})
}

func demoDiscussion(d *demo, _ content.Phase) {
	d.do("maya", StatePosition{Text: "We need to rebuild it. Obviously the flow is ten steps too long, and everyone knows the first screen confuses people."})
	d.do("lee", StatePosition{Text: "That won't work this quarter. A rebuild always takes twice as long as we think."})
	d.do("sam", StatePosition{Text: "Yes, but the drop-off is in step three, clearly. We should just fix the invite screen."})
	d.do("maya", StatePosition{Text: "The problem is we keep patching and never fix the whole thing."})
}

func exportDiscussion(r Room, _ View, doc *Document) {
	doc.Discussion = r.said(r.ContributionsOf(Position))
}

func writeDiscussion(w *mdWriter, doc Document) {
	if len(doc.Discussion) == 0 {
		return
	}
	w.section("The discussion round")
	w.line("Each person argued for their view, on purpose, the usual way.")
	w.line("")
	for _, s := range doc.Discussion {
		w.item("%s: %s", md(s.By), md(s.Text))
	}
}
