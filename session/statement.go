package session

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is the draft as the one sentence the team says together:
// "Given GOAL, we believe …, because …; we will know we are wrong if …."
// A part written in several sentences keeps them, and what follows it
// starts a sentence of its own: "we believe …. …. Because …."
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
	ended := manySentences(believe)
	then := func(text, within, after string) {
		if clause(text) == "" {
			return
		}
		if ended {
			b.WriteString(after)
		} else {
			b.WriteString(within)
		}
		b.WriteString(clause(text))
		ended = manySentences(text)
	}
	then(because, ", because ", ". Because ")
	then(wrongIf, "; we will know we are wrong if ", ". We will know we are wrong if ")
	b.WriteString(".")
	return b.String()
}

// manySentences reports whether a text says more than one sentence: a
// stop, a question or an exclamation mark inside it, before more words.
func manySentences(s string) bool {
	s = strings.TrimSpace(s)
	for i, r := range s {
		if strings.ContainsRune(".!?", r) && i+1 < len(s) && unicode.IsSpace(rune(s[i+1])) && strings.TrimSpace(s[i+1:]) != "" {
			return true
		}
	}
	return false
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
