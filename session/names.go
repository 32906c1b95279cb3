package session

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// NameKey folds a name to what it looks like, so that two people in a room
// cannot hold names that look the same. Two names look the same when their
// keys are equal. In order:
//
//  1. Invalid bytes go, and compatibility forms are decomposed (NFKD):
//     fullwidth, mathematical, circled and superscript letters become plain
//     ones, ligatures come apart, accents become combining marks.
//  2. Cyrillic, Greek and a few other letters that look Latin become that
//     Latin letter, judged in the case they were typed in: Greek capital Nu
//     "Ν" looks like "N", small nu "ν" like "v".
//  3. Case is folded (full Unicode folding: "ß" is "ss").
//  4. Spaces, punctuation, controls and invisible characters (joiners,
//     variation selectors, tags, fillers, the braille blank) are ignored.
//  5. Look-alikes that case folding brings together are merged: capital I
//     looks like small l, so i, l, 1 and | are one letter, as are 0 and o.
//
// Accents stay: "José" and "Jose" differ. Letter pairs such as "rn" and "m"
// are not merged; a terminal's monospace font tells them apart. Latin names
// are wholly case-blind; the few letters whose two cases look like
// different Latin letters (Greek Η η, Μ μ, Ν ν, Υ υ) key by their look, not
// their case. A name made only of punctuation has the empty key, so all
// such names look the same as each other.
func NameKey(name string) string {
	s := norm.NFKD.String(strings.ToValidUTF8(name, ""))
	s = strings.Map(lookalikeInCase, s)
	s = cases.Fold().String(s) // a Caser holds state: one per call
	s = norm.NFKD.String(s)
	var b strings.Builder
	for _, r := range s {
		if ignoredInNameKey(r) {
			continue
		}
		b.WriteRune(lookalikeFolded(r))
	}
	return norm.NFC.String(b.String())
}

// ignoredInNameKey reports what does not change how a name looks.
func ignoredInNameKey(r rune) bool {
	return unicode.IsSpace(r) || unicode.In(r, unicode.Z, unicode.P, unicode.C) ||
		unicode.In(r, unicode.Variation_Selector, unicode.Other_Default_Ignorable_Code_Point) ||
		isTagRune(r) || r == runeBrailleBlank
}

// lookalikeInCase maps letters of other scripts to the Latin letter they
// look like, case kept.
func lookalikeInCase(r rune) rune {
	if l, ok := lookalikes[r]; ok {
		return l
	}
	return r
}

// lookalikes is a small confusables table: letters that look like a Latin
// letter in the same case. It is not Unicode's full confusables list, only
// the letters a person could use to pass for someone else in a name.
var lookalikes = map[rune]rune{
	// Cyrillic capitals.
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O',
	'Р': 'P', 'С': 'C', 'Т': 'T', 'У': 'Y', 'Х': 'X', 'Ѕ': 'S', 'І': 'I',
	'Ј': 'J', 'Ү': 'Y', 'Һ': 'H', 'Ӏ': 'I', 'Ԛ': 'Q', 'Ԝ': 'W', 'Ѵ': 'V',
	// Cyrillic small letters, including those shaped like small capitals.
	'а': 'a', 'в': 'b', 'е': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o',
	'р': 'p', 'с': 'c', 'т': 't', 'у': 'y', 'х': 'x', 'ѕ': 's', 'і': 'i',
	'ј': 'j', 'ү': 'y', 'һ': 'h', 'ӏ': 'l', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w',
	'ѵ': 'v',
	// Greek capitals.
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K',
	'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
	'Ϲ': 'C', 'Ϳ': 'J',
	// Greek small letters.
	'α': 'a', 'β': 'b', 'γ': 'y', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k',
	'μ': 'u', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't', 'υ': 'u', 'χ': 'x',
	'ω': 'w', 'ϲ': 'c', 'ϳ': 'j',
	// Armenian.
	'օ': 'o', 'ս': 'u', 'հ': 'h', 'ո': 'n', 'ց': 'g', 'զ': 'q',
	// Latin small capitals and variants that NFKD leaves alone.
	'ᴀ': 'a', 'ʙ': 'b', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e', 'ɢ': 'g', 'ʜ': 'h',
	'ɪ': 'i', 'ᴊ': 'j', 'ᴋ': 'k', 'ʟ': 'l', 'ᴍ': 'm', 'ɴ': 'n', 'ᴏ': 'o',
	'ᴘ': 'p', 'ʀ': 'r', 'ꜱ': 's', 'ᴛ': 't', 'ᴜ': 'u', 'ᴠ': 'v', 'ᴡ': 'w',
	'ʏ': 'y', 'ᴢ': 'z', 'ɑ': 'a', 'ɡ': 'g', 'ı': 'i', 'ȷ': 'j', 'ɩ': 'i',
	'ǀ': 'l',
}

// lookalikeFolded merges what looks alike once case is folded: i, l, 1 and
// | (capital I looks like small l) become l, and 0 becomes o.
func lookalikeFolded(r rune) rune {
	switch r {
	case 'i', '1', '|':
		return 'l'
	case '0':
		return 'o'
	}
	return r
}
