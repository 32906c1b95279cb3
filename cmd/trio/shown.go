package main

import (
	"strconv"
	"strings"
	"unicode"
)

// shown is something a person typed, fit to stand in one line of an
// error: as typed when it is plain, quoted when it is empty or holds
// spaces, quotes, control characters or escape sequences, which would
// otherwise reach the terminal as they are.
func shown(s string) string {
	if s == "" {
		return `""`
	}
	for _, r := range s {
		if !unicode.IsGraphic(r) || unicode.IsSpace(r) || r == '"' || r == '\\' {
			return strconv.Quote(s)
		}
	}
	return s
}

// visible makes the control characters of an error for people visible
// (\x1b, not an escape sequence the terminal would obey), whatever text it
// quotes: a path, an address, a name. Line breaks stay.
func visible(s string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isControl(r) {
			b.WriteString(strings.Trim(strconv.QuoteRune(r), "'"))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isControl(r rune) bool {
	return r != '\n' && (unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r))
}
