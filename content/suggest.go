package content

import (
	"strings"
	"unicode"
)

// closest finds the word a slip of the keyboard most likely meant: one or
// two letters off (one for short words), or the start of a longer word.
func closest(typed string, known []string) (string, bool) {
	best, bestDistance := "", -1
	for _, k := range known {
		d := distance(typed, k)
		near := d <= 1 || (d <= 2 && len(k) > 4)
		if !near && len(typed) >= 4 && (strings.HasPrefix(k, typed) || strings.HasPrefix(typed, k)) {
			near = true
		}
		if near && (bestDistance < 0 || d < bestDistance) {
			best, bestDistance = k, d
		}
	}
	return best, bestDistance >= 0
}

// distance counts the letters to add, remove, change or swap to turn a
// into b.
func distance(a, b string) int {
	x, y := []rune(a), []rune(b)
	// Three rows are enough for swaps of two neighbours.
	before, prev, row := make([]int, len(y)+1), make([]int, len(y)+1), make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		row[0] = i
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			row[j] = min(prev[j]+1, row[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				row[j] = min(row[j], before[j-2]+1)
			}
		}
		before, prev, row = prev, row, before
	}
	return prev[len(y)]
}

// slug turns text into an id a coach could use instead: "Check In" becomes
// "check-in".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		default:
			dash = true
		}
	}
	return b.String()
}
