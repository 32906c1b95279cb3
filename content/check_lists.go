package content

import (
	"fmt"
	"strings"
	"unicode"
)

// checkAgreements checks the agreements, which a check-in phase asks
// everyone to accept, so it needs some.
func checkAgreements(r *report, at path, agreements []string, checkIn bool) {
	switch {
	case len(agreements) > 0 || !checkIn:
		checkTexts(r, at, agreements, "agreement", MaxAgreements, MaxAgreementLen)
	case r.at.has(at):
		r.add(at, "the agreements: list is empty, but the check-in phase asks people to accept them: "+
			"add a few, or remove the agreements: line to use the usual ones.")
	default:
		r.add(at, "the script has no agreements, but its check-in phase asks people to accept them: add some.")
	}
}

// checkTexts checks a list of one-line texts: not too many, none empty,
// none too long, none twice.
//
//nolint:unparam // each list has its own limit; today they are equal
func checkTexts(r *report, at path, list []string, noun string, most, longest int) {
	if len(list) > most {
		r.add(at, "there are %d %ss: keep it to %d at most, so people can take them in.", len(list), noun, most)
	}
	first := map[string]int{}
	for i, s := range list {
		ip := at.item(i)
		what := fmt.Sprintf("%s %d", noun, i+1)
		if s == "" {
			r.add(ip, "%s is empty: write it out, or remove the line.", what)
			continue
		}
		checkText(r, ip, what, s, longest, true)
		key := strings.ToLower(s)
		if j, seen := first[key]; seen {
			r.add(ip, "%s is the same as %s: remove one of them.",
				what, r.at.ref(at.item(j), "the one", fmt.Sprintf("%s %d", noun, j+1)))
			continue
		}
		first[key] = i
	}
}

// checkFields checks the fields of a silent-writing card.
func checkFields(r *report, at path, name string, fields []CardField) {
	switch {
	case len(fields) == 0 && r.at.has(at):
		r.add(at, "the fields: list of %s is empty: list the card's fields, or remove the fields: line to get the usual four.", name)
		return
	case len(fields) == 0:
		r.add(at, "%s has no card fields: give it some, like position, see, assume and care.", name)
		return
	case len(fields) > MaxCardFields:
		r.add(at, "%s has %d card fields: keep the card to %d at most, so it can be written in a few minutes.",
			name, len(fields), MaxCardFields)
	}
	first := map[string]int{}
	for i, f := range fields {
		fp := at.item(i)
		field := "card field " + named(f.ID, i)
		j, seen := first[f.ID]
		switch {
		case f.ID == "":
			r.add(fp.key("id"), "%s has no id: add an id: line, like id: %s.", field, exampleID(f.Label, "position"))
		case seen:
			r.add(fp.key("id"), "field id %s is already used by %s: give each field of the card its own id.",
				quote(f.ID), r.at.ref(at.item(j), "the field", fmt.Sprintf("card field %d", j+1)))
		default:
			checkID(r, fp.key("id"), "field id", f.ID)
			first[f.ID] = i
		}
		needText(r, fp.key("label"), field, "label", f.Label, MaxLabelLen, true, "what people see above the field")
		checkText(r, fp.key("hint"), "the hint of "+field, f.Hint, MaxHintLen, true)
	}
}

// checkCues checks the advocacy cues: each needs words to notice and a
// kinder way to say them, and each phrase belongs to one cue only.
func checkCues(r *report, at path, cues []Cue) {
	if len(cues) > MaxCues {
		r.add(at, "there are %d cues: keep it to %d at most.", len(cues), MaxCues)
	}
	ids := map[string]int{}
	phrases := map[string]int{} // phrase: the cue it is in
	for i, c := range cues {
		cp := at.item(i)
		cue := "cue " + named(c.ID, i)
		j, seen := ids[c.ID]
		switch {
		case c.ID == "":
			r.add(cp.key("id"), "%s has no id: add an id: line, like id: %s.", cue, exampleID(firstOf(c.Phrases), "my-cue"))
		case seen:
			r.add(cp.key("id"), "cue id %s is already used by %s: give each cue its own id.",
				quote(c.ID), r.at.ref(at.item(j), "the cue", fmt.Sprintf("cue %d", j+1)))
		default:
			checkID(r, cp.key("id"), "cue id", c.ID)
			ids[c.ID] = i
		}
		pp := cp.key("phrases")
		switch {
		case len(c.Phrases) == 0:
			r.add(pp, "%s has no phrases: list the words to notice under phrases:, like - we should.", cue)
		case len(c.Phrases) > MaxPhrases:
			r.add(pp, "%s has %d phrases: keep it to %d at most, or split it into two cues.", cue, len(c.Phrases), MaxPhrases)
		}
		for k, phrase := range c.Phrases {
			checkPhrase(r, pp.item(k), fmt.Sprintf("phrase %d of %s", k+1, cue), phrase)
			key := strings.ToLower(phrase)
			if other, seen := phrases[key]; seen && phrase != "" {
				r.add(pp.item(k), "phrase %s is already in %s: list each phrase once.", quote(phrase),
					r.at.ref(at.item(other), "the cue", "cue "+named(cues[other].ID, other)))
				continue
			}
			phrases[key] = i
		}
		needText(r, cp.key("suggestion"), cue, "suggestion", c.Suggestion, MaxSuggestionLen, true, "a kinder way to say it")
	}
}

func checkPhrase(r *report, at path, what, phrase string) {
	switch {
	case phrase == "":
		r.add(at, "%s is empty: write it out, or remove the line.", what)
	case strings.IndexFunc(phrase, func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }) < 0:
		r.add(at, "%s has no words in it: a cue is noticed by its words, like \"we should\".", what)
	default:
		checkText(r, at, what, phrase, MaxPhraseLen, true)
	}
}

func firstOf(list []string) string {
	if len(list) == 0 {
		return ""
	}
	return list[0]
}
