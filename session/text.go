package session

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// capitalize starts a sentence made of words that sit mid-sentence elsewhere.
func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// sentenceList lists names as a sentence does: "Sam", "Sam and Lee", "Sam,
// Lee and Ana".
func sentenceList(names []string) string {
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
