package session

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// People often start a field with the words the sentence puts before it:
// "Yes: slicing helps" in the yes, "And the first slice…" in the and, "We
// believe we should…" in "we believe", "because" in "because". A sentence
// built from the fields would say them twice ("yes, Yes: slicing…"), so
// each field's own lead-in is left out where the sentence says it already.

// Lead-ins, each a list of words, longest first so the longest one that
// matches is the one left out.
var (
	yesLeadIns     = leadIns("yes")
	andLeadIns     = leadIns("and also", "and")
	givenLeadIns   = leadIns("given that", "given")
	believeLeadIns = leadIns("we strongly believe that", "we strongly believe", "we believe that", "we believe", "i believe that", "i believe")
	becauseLeadIns = leadIns("because", "since")
	wrongIfLeadIns = leadIns(
		"we will know we are wrong if", "we'll know we're wrong if", "we will know we're wrong if",
		"we'll know we are wrong if", "we know we are wrong if", "we are wrong if", "we're wrong if", "wrong if", "if")
)

func leadIns(phrases ...string) [][]string {
	out := make([][]string, len(phrases))
	for i, p := range phrases {
		out[i] = strings.Fields(p)
	}
	return out
}

// withoutLeadIn leaves out the first lead-in that starts s as whole words,
// ignoring case and curly apostrophes, and the punctuation after it. What
// would be left empty is kept as it was: "Yes." alone stays a yes.
func withoutLeadIn(s string, leads [][]string) string {
	trimmed := strings.TrimLeftFunc(s, unicode.IsSpace)
	for _, words := range leads {
		rest, ok := cutWords(trimmed, words)
		if !ok {
			continue
		}
		rest = strings.TrimLeftFunc(rest, func(r rune) bool {
			return unicode.IsSpace(r) || strings.ContainsRune(",:;.!-–—…", r)
		})
		if rest != "" {
			return rest
		}
		return s
	}
	return s
}

// cutWords reports whether s starts with the words, each followed by a
// word boundary, and returns what comes after them.
func cutWords(s string, words []string) (string, bool) {
	for i, w := range words {
		if i > 0 {
			after := strings.TrimLeftFunc(s, unicode.IsSpace)
			if len(after) == len(s) {
				return "", false
			}
			s = after
		}
		if len(s) < len(w) || !strings.EqualFold(foldForCues(s[:len(w)]), w) {
			return "", false
		}
		s = s[len(w):]
		if r, _ := utf8.DecodeRuneInString(s); s != "" && isWordRune(r) {
			return "", false
		}
	}
	return s, true
}
