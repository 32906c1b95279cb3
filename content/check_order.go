package content

// checkOrder checks that each phase comes after what it works on, and that
// the kinds that make one thing appear once.
func checkOrder(r *report, at path, phases []Phase) {
	first := map[Kind]int{}
	for i, p := range phases {
		kindAt := at.item(i).key("kind")
		name := "phase " + named(p.ID, i)
		if n := kindRules[p.Kind].needs; n != nil {
			if _, done := first[n.before]; !done {
				if has(phases[i:], n.before) {
					r.add(kindAt, "%s comes before the %s phase, so %s yet: move it later.", name, n.before, n.lack)
				} else {
					r.add(kindAt, "%s needs %s %s phase before it, or %s: add one, or remove this phase.",
						name, article(n.before), n.before, n.lack)
				}
			}
		}
		if j, seen := first[p.Kind]; seen && kindRules[p.Kind].once {
			r.add(kindAt, "%s is a second %s phase, after %s: a script has one at most; remove one, or change this one's kind.",
				name, p.Kind, r.at.ref(at.item(j), "the one", "phase "+named(phases[j].ID, j)))
		}
		if _, seen := first[p.Kind]; !seen {
			first[p.Kind] = i
		}
	}
}
