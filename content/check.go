package content

// Validate checks what a script means: what it needs, what each kind of
// phase allows, and an order that makes sense. Parse runs it for
// you; call it on a script built in code or read back from a store. Its
// error is Problems, without lines.
func (s Script) Validate() error {
	r := newReport("")
	check(r, s)
	return r.err()
}

// check runs every rule on a decoded script, with defaults applied.
func check(r *report, s Script) {
	checkAbout(r, s)
	checkPhases(r, "phases", s.Phases)
	checkOrder(r, "phases", s.Phases)
	checkAgreements(r, "agreements", s.Agreements, has(s.Phases, KindCheckIn))
	checkTexts(r, "prompt_cards", s.PromptCards, "prompt card", MaxPromptCards, MaxPromptCardLen)
	checkCues(r, "cues", s.Cues)
}

// checkAbout checks what names the script: its name and title.
func checkAbout(r *report, s Script) {
	if s.Name == "" {
		r.add("name", "the script has no name: add a name: line with a short id for it, like name: %s.", exampleID(s.Title, "our-retro"))
	} else {
		checkID(r, "name", "name", s.Name)
	}
	if s.Title == "" {
		r.add("title", "the script has no title: add a title: line with the name people see, like title: Our retro.")
	} else {
		checkText(r, "title", "the title", s.Title, MaxTitleLen, true)
	}
	checkText(r, "description", "the description", s.Description, MaxDescriptionLen, false)
}

// exampleID offers an id made from a title, or a stock one.
func exampleID(title, otherwise string) string {
	if id := slug(title); id != "" && len(id) <= MaxIDLen {
		return id
	}
	return otherwise
}

// has says whether any phase is of the kind.
func has(phases []Phase, k Kind) bool {
	for _, p := range phases {
		if p.Kind == k {
			return true
		}
	}
	return false
}
