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
