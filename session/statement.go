package session

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is the draft as the one sentence the team says together:
// "Given GOAL, we believe …, because …; we will know we are wrong if …."
func (d PointOfViewDraft) Sentence() string {
	return sentence(d.Given, d.Believe, d.Because, d.WrongIf)
}

// Sentence is the exported draft as one sentence, as Sentence words a draft.
func (d DraftDoc) Sentence() string {
	return sentence(d.Given, d.Believe, d.Because, d.WrongIf)
}

func sentence(given, believe, because, wrongIf string) string {
	given = withoutLeadIn(given, givenLeadIns)
	believe = withoutLeadIn(believe, believeLeadIns)
	because = withoutLeadIn(because, becauseLeadIns)
	wrongIf = withoutLeadIn(wrongIf, wrongIfLeadIns)
	var b strings.Builder
	if given := clause(given); given != "" {
		b.WriteString("Given " + given + ", we believe ")
	} else {
		b.WriteString("We believe ")
	}
	b.WriteString(clause(believe))
	if because := clause(because); because != "" {
		b.WriteString(", because " + because)
	}
	if wrong := clause(wrongIf); wrong != "" {
		b.WriteString("; we will know we are wrong if " + wrong)
	}
	b.WriteString(".")
	return b.String()
}

// clause makes one part fit inside the sentence: one line, no closing
// stop, and a lower-case first letter unless the first word is "I" or an
// acronym such as "KPI".
func clause(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return lowerFirst(strings.TrimRight(s, ".;,: "))
}

// lowerFirst starts a clause inside a sentence in lower case, unless its
// first word is "I" or an acronym such as "KPI".
func lowerFirst(s string) string {
	first, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	word, _, _ := strings.Cut(s, " ")
	if len(word) > size {
		if second, _ := utf8.DecodeRuneInString(word[size:]); unicode.IsUpper(second) {
			return s
		}
	} else if word == "I" {
		return s
	}
	return string(unicode.ToLower(first)) + s[size:]
}
