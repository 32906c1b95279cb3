// Package prose is how trio writes numbers and lists in sentences, the same
// way on every screen, in every export and on the command line: "3 minutes",
// "Sam, Lee and Ana", "42%".
package prose

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Plural is a count and its noun: "1 minute", "3 minutes".
func Plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// PluralOne is Plural with one spelled out, as a sentence has it: "one
// round", "3 rounds".
func PluralOne(n int, noun string) string {
	if n == 1 {
		return "one " + noun
	}
	return Plural(n, noun)
}

// Capitalize starts s with a capital letter.
func Capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// And lists words as a sentence does: "Sam", "Sam and Lee", "Sam, Lee and
// Ana".
func And(words []string) string { return list(words, " and ") }

// Or lists choices as a sentence does: "a, b or c".
func Or(words []string) string { return list(words, " or ") }

func list(words []string, last string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + last + words[len(words)-1]
}

// RoundPercent is a share (0.42) in whole percent (42).
func RoundPercent(share float64) int { return int(math.Round(share * 100)) }

// Percent is a share as people read it: "42%".
func Percent(share float64) string { return strconv.Itoa(RoundPercent(share)) + "%" }
