package session

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"trio/content"
)

// Nudge is a gentle note about a person's own words: an advocacy cue found in
// what they wrote, and a kinder way to say it. Nudges never block anyone.
type Nudge struct {
	Cue        string `json:"cue"`              // the cue's id
	Phrase     string `json:"phrase,omitempty"` // the words as they were written
	Suggestion string `json:"suggestion"`
}

// Nudging is how the room's current phase nudges what a person writes:
// with the script's advocacy cues, or not at all. The hub nudges with it
// on every command, and a screen under a field while someone types.
type Nudging struct {
	On   bool
	Cues []content.Cue
}

// Nudging gives how the current phase nudges: where advocacy is the point
// (the discussion round) or plain words are asked for (the point of view),
// it does not (see content.Noticing).
func (r Room) Nudging() Nudging {
	return Nudging{On: r.CurrentPhase().Noticing().Nudge, Cues: r.Script.Cues}
}

// For finds the nudges for a text, none where the phase does not nudge: a
// "but" in a yes first, when the text is a yes, then the advocacy cues.
func (n Nudging) For(text string, yes bool) []Nudge {
	if !n.On {
		return nil
	}
	var nudges []Nudge
	if yes {
		if but, ok := ButInYes(text); ok {
			nudges = append(nudges, but)
		}
	}
	return append(nudges, DetectCues(text, n.Cues)...)
}

// DetectCues finds the advocacy cues in a text, one nudge per cue, in the
// order the cues are listed. Phrases match whole words, ignoring case and
// curly apostrophes.
func DetectCues(text string, cues []content.Cue) []Nudge {
	folded := foldForCues(text)
	var nudges []Nudge
	for _, cue := range cues {
		for _, phrase := range cue.Phrases {
			if at := findWords(folded, foldForCues(phrase)); at >= 0 {
				nudges = append(nudges, Nudge{
					Cue:        cue.ID,
					Phrase:     originalSpan(text, folded, at, len(foldForCues(phrase))),
					Suggestion: cue.Suggestion,
				})
				break
			}
		}
	}
	return nudges
}

// ButInYesCue is the id of the nudge for a "yes, but" in disguise.
const ButInYesCue = "but-in-yes"

// ButInYes notices a "yes, but" in disguise: a yes that takes back what it
// acknowledged.
func ButInYes(yes string) (Nudge, bool) {
	folded := foldForCues(yes)
	for _, word := range []string{"but", "however", "although", "though"} {
		if at := findWords(folded, word); at >= 0 {
			return Nudge{
				Cue:        ButInYesCue,
				Phrase:     originalSpan(yes, folded, at, len(word)),
				Suggestion: "There is a \"" + word + "\" in your yes. Keep the yes for what resonates, and put what you would change in the and.",
			}, true
		}
	}
	return Nudge{}, false
}

// foldForCues lowercases a text rune by rune, keeping its length in bytes
// for ASCII so spans can be mapped back, and turns curly apostrophes plain.
func foldForCues(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\u2018', '\u2019', '\u02bc':
			return '\''
		}
		return unicode.ToLower(r)
	}, s)
}

// findWords returns the byte offset of phrase in text where it starts and
// ends on a word boundary, or -1.
func findWords(text, phrase string) int {
	if phrase == "" {
		return -1
	}
	for from := 0; from <= len(text)-len(phrase); {
		i := strings.Index(text[from:], phrase)
		if i < 0 {
			return -1
		}
		start, end := from+i, from+i+len(phrase)
		if boundaryBefore(text, start) && boundaryAfter(text, end) {
			return start
		}
		_, size := utf8.DecodeRuneInString(text[start:])
		from = start + size
	}
	return -1
}

func boundaryBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i == 0 || !isWordRune(r)
}

func boundaryAfter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i == len(s) || !isWordRune(r)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' }

// originalSpan returns the words as the person wrote them when folding kept
// the byte offsets, and the folded words otherwise.
func originalSpan(original, folded string, at, n int) string {
	if len(original) == len(folded) {
		return original[at : at+n]
	}
	return folded[at : at+n]
}
