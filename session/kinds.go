package session

import (
	"fmt"
	"strings"
	"sync"

	"trio/content"
)

// phaseKind is what session knows about one kind of phase beyond its
// commands and events: how the sample session plays it, what it adds to the
// export, where it stands in the contrast, and the fields typed in it.
// Each kind registers it from its own file.
type phaseKind struct {
	// demo plays the sample session's part in a phase of this kind.
	demo func(d *demo, p content.Phase)

	// export adds what the kind made to the Document; card adds it to one
	// revealed perspective. A kind has at least one of the two.
	export func(r Room, v View, doc *Document)
	card   func(r Room, c Perspective, pd *PerspectiveDoc)

	// markdown writes the kind's section of the Markdown body, in the
	// order of content.Kinds; cardMarkdown writes its lines under each
	// perspective, in the same order. A kind has at least one of the two.
	markdown     func(w *mdWriter, doc Document)
	cardMarkdown func(w *mdWriter, p PerspectiveDoc)

	// side is where the kind's phases stand in the contrast when they
	// count advocacy cues; every kind says it, onNeither included.
	side side

	// unsent are the fields a person types into in this kind's phases,
	// each capped as its command caps the text when it is sent.
	// scriptField, if set, is the rule for a field the script names.
	unsent      map[string]*TextRule
	scriptField func(p content.Phase, field string) (*TextRule, bool)

	// contributions are the kinds of contribution its phases add, and how
	// the room keeps each.
	contributions []contributionRule
}

// contributionRule is one kind of contribution a phase kind adds, and how
// the room keeps it.
type contributionRule struct {
	kind ContributionKind
	// onePerPerson: a new one takes the place of its author's earlier one,
	// as a check-in word does.
	onePerPerson bool
	// notAirtime: it is not said to the room (a check-in word, a note of
	// what was heard), so no figure counts it.
	notAirtime bool
}

var phaseKinds = map[content.Kind]phaseKind{}

// registerKind is called once per kind, from the kind's own file.
func registerKind(k content.Kind, pk phaseKind) {
	if _, dup := phaseKinds[k]; dup {
		panic("session: phase kind registered twice: " + string(k))
	}
	phaseKinds[k] = pk
}

// KindRegistered says whether session knows a phase kind whole: its demo
// step, its part of the export, its Markdown and its place in the
// contrast. The error names what is missing.
func KindRegistered(k content.Kind) error {
	pk, ok := phaseKinds[k]
	if !ok {
		return fmt.Errorf("session does not know the phase kind %q: register it with registerKind in its own file", k)
	}
	if missing := pk.missing(); len(missing) > 0 {
		return fmt.Errorf("the phase kind %q lacks %s", k, strings.Join(missing, ", "))
	}
	return nil
}

// missing names what a registration lacks.
func (pk phaseKind) missing() []string {
	var missing []string
	if pk.demo == nil {
		missing = append(missing, "a demo step")
	}
	if pk.export == nil && pk.card == nil {
		missing = append(missing, "a part of the exported document")
	}
	if pk.markdown == nil && pk.cardMarkdown == nil {
		missing = append(missing, "a Markdown section")
	}
	if pk.side == sideUnset {
		missing = append(missing, "a side in the contrast")
	}
	return missing
}

// kindOf is the registration of a phase's kind; a kind session does not
// know is an error, never another kind's behaviour.
func kindOf(p content.Phase) (phaseKind, error) {
	pk, ok := phaseKinds[p.Kind]
	if !ok {
		return phaseKind{}, fmt.Errorf("phase %q is of kind %q, which this trio does not run", p.ID, p.Kind)
	}
	return pk, nil
}

// unknownKind finds a phase of a kind session does not run. Content
// validates scripts, so only a script from a newer trio has one.
func unknownKind(s content.Script) (content.Phase, bool) {
	for _, p := range s.Phases {
		if _, ok := phaseKinds[p.Kind]; !ok {
			return p, true
		}
	}
	return content.Phase{}, false
}

// contributionKinds lists the kinds of contribution every phase kind adds,
// once all have registered.
var contributionKinds = sync.OnceValue(func() []ContributionKind {
	var all []ContributionKind
	for _, pk := range registeredKinds() {
		for _, c := range pk.contributions {
			all = append(all, c.kind)
		}
	}
	return all
})

// contributionRules are the rules of every kind of contribution, once all
// phase kinds have registered.
var contributionRules = sync.OnceValue(func() map[ContributionKind]contributionRule {
	all := map[ContributionKind]contributionRule{}
	for _, pk := range registeredKinds() {
		for _, c := range pk.contributions {
			all[c.kind] = c
		}
	}
	return all
})

// ruleOf is how the room keeps a kind of contribution.
func ruleOf(kind ContributionKind) contributionRule { return contributionRules()[kind] }

// registeredKinds lists the registrations in the order of content.Kinds,
// the order of the export's sections, once all have registered.
var registeredKinds = sync.OnceValue(func() []phaseKind {
	out := make([]phaseKind, 0, len(content.Kinds))
	for _, k := range content.Kinds {
		if pk, ok := phaseKinds[k]; ok {
			out = append(out, pk)
		}
	}
	return out
})
