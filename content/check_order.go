package content

// need is what a kind of phase works on, made by a kind of phase before it.
type need struct {
	before Kind
	lack   string // what is missing without it
}

var needs = map[Kind]need{
	KindRevealRound: {KindSilentWriting, "there are no cards to reveal"},
	KindInquiry:     {KindSilentWriting, "there are no views to ask about"},
	KindYesAnd:      {KindSilentWriting, "there are no views to build on"},
	KindProsCons:    {KindSilentWriting, "there are no views to weigh"},
	KindConsent:     {KindPointOfView, "there is no team point of view to vote on"},
}

// onlyOnce are the kinds a script has one of at most: each makes the one
// thing the rest of the session and the summary refer to (the agreements,
// the question, the cards, the shared goal, the point of view, its vote,
// the reflections). Discussion, inquiry, yes-and and pros-cons may repeat.
var onlyOnce = []Kind{
	KindCheckIn, KindFrame, KindSilentWriting, KindRevealRound,
	KindOneLevelHigher, KindPointOfView, KindConsent, KindClose,
}

// checkOrder checks that each phase comes after what it works on, and that
// the kinds that make one thing appear once.
func checkOrder(r *report, at path, phases []Phase) {
	first := map[Kind]int{}
	for i, p := range phases {
		kindAt := at.item(i).key("kind")
		name := "phase " + named(p.ID, i)
		if n, ok := needs[p.Kind]; ok {
			if _, done := first[n.before]; !done {
				if has(phases[i:], n.before) {
					r.add(kindAt, "%s comes before the %s phase, so %s yet: move it later.", name, n.before, n.lack)
				} else {
					r.add(kindAt, "%s needs %s %s phase before it, or %s: add one, or remove this phase.",
						name, article(n.before), n.before, n.lack)
				}
			}
		}
		if j, seen := first[p.Kind]; seen && isOnlyOnce(p.Kind) {
			r.add(kindAt, "%s is a second %s phase, after %s: a script has one at most; remove one, or change this one's kind.",
				name, p.Kind, r.at.ref(at.item(j), "the one", "phase "+named(phases[j].ID, j)))
		}
		if _, seen := first[p.Kind]; !seen {
			first[p.Kind] = i
		}
	}
}

func isOnlyOnce(k Kind) bool {
	for _, once := range onlyOnce {
		if k == once {
			return true
		}
	}
	return false
}
