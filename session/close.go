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

// FieldReflection is where a reflection is typed before it is sent.
const FieldReflection = "reflection"

func init() {
	registerKind(content.KindClose, phaseKind{
		demo:          demoClose,
		export:        exportReflections,
		markdown:      writeReflections,
		side:          onNeither,
		unsent:        map[string]*TextRule{FieldReflection: &reflectionRule},
		contributions: []contributionRule{{kind: Reflection}},
	})
}

func demoClose(d *demo, _ content.Phase) {
	d.do("maya", Reflect{Text: "I came to win the rebuild; I leave with a better plan than mine."})
	d.do("sam", Reflect{Text: "Writing alone first made it easier to say what I really saw."})
	d.do("lee", Reflect{Text: "The yes, and slowed me down in a good way."})
}

func exportReflections(r Room, _ View, doc *Document) {
	doc.Reflections = r.said(r.ContributionsOf(Reflection))
}

func writeReflections(w *mdWriter, doc Document) {
	if len(doc.Reflections) == 0 {
		return
	}
	w.section("Reflections")
	w.line("What shifted for each of us:")
	w.line("")
	for _, s := range doc.Reflections {
		w.item("%s: %s", md(s.By), md(s.Text))
	}
}
