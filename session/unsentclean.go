package session

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// CleanUnsent cleans text a person has not sent yet exactly as Clean does,
// but never refuses it: typing is never interrupted, so what is too long is
// cut to the rule's caps (its first lines, then its first characters, then
// as many as fit the cells), and what has nothing to show is "". Sending it
// later goes through Clean as any text does.
func (r TextRule) CleanUnsent(raw string) string {
	if len(raw) > maxRawBytes {
		raw = raw[:maxRawBytes] // a rune cut in two is dropped as invalid
	}
	clean, _, ok := r.scrub(raw)
	if !ok || ansi.StringWidth(clean) == 0 {
		return ""
	}
	return r.cut(clean)
}

// cut shortens a clean text to the rule's caps.
func (r TextRule) cut(s string) string {
	cut := false
	if r.Multiline && r.MaxLines > 0 && strings.Count(s, "\n") >= r.MaxLines {
		lines := strings.SplitAfterN(s, "\n", r.MaxLines+1)
		s, cut = strings.Join(lines[:r.MaxLines], ""), true
	}
	if r.MaxRunes > 0 && utf8.RuneCountInString(s) > r.MaxRunes {
		s, cut = string([]rune(s)[:r.MaxRunes]), true
	}
	if r.MaxCells > 0 && ansi.StringWidth(s) > r.MaxCells {
		runes := []rune(s)
		// The longest start that fits: the search keeps the start before
		// the one it returns within the cap, whatever clusters do to widths.
		n := sort.Search(len(runes), func(n int) bool { return ansi.StringWidth(string(runes[:n+1])) > r.MaxCells })
		s, cut = string(runes[:n]), true
	}
	if !cut {
		return s
	}
	c := textCleaner{multiline: r.Multiline}
	return c.tidy([]rune(s)) // no space or blank line left hanging at the cut
}
