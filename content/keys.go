package content

import (
	"fmt"
	"strings"

	"trio/content/prose"
)

// level is one kind of set of keys in a file: the top of a script, a phase,
// a field of a card, a cue, or the defaults file.
type level struct {
	keys []string
	// inside names the level for "belongs inside a phase".
	inside string
	// meant maps words coaches reach for to the key they most likely meant.
	meant map[string]string
}

var (
	topLevel = level{
		keys:   []string{"name", "title", "description", "agreements", "phases", "prompt_cards", "cues"},
		inside: "at the top of the script",
		meant: map[string]string{
			"steps": "phases", "cards": "prompt_cards", "questions": "prompt_cards",
			"rules": "agreements", "id": "name", "about": "description",
		},
	}
	phaseLevel = level{
		keys: []string{"id", "kind", "title", "purpose", "prompt", "timebox",
			"fields", "per_speaker", "builds", "threshold", "rounds", "nudge_cues", "count_cues"},
		inside: "inside a phase",
		meant: map[string]string{
			"name": "title", "type": "kind", "why": "purpose", "description": "purpose",
			"duration": "timebox", "time": "timebox", "minutes": "timebox", "length": "timebox",
			"instructions": "prompt", "question": "prompt", "text": "prompt",
			"card": "fields", "card_fields": "fields",
			"nudge": "nudge_cues", "nudges": "nudge_cues", "count": "count_cues", "counts": "count_cues",
		},
	}
	fieldLevel = level{
		keys:   []string{"id", "label", "hint"},
		inside: "inside a card field (under fields:)",
		meant:  map[string]string{"title": "label", "name": "label", "help": "hint", "prompt": "hint"},
	}
	cueLevel = level{
		keys:   []string{"id", "phrases", "suggestion"},
		inside: "inside a cue (under cues:)",
		meant:  map[string]string{"words": "phrases", "phrase": "phrases", "instead": "suggestion", "hint": "suggestion"},
	}
	defaultsLevel = level{
		keys:   []string{"agreements", "prompt_cards", "card_fields", "cues"},
		inside: "in the defaults",
	}
)

// levels a key may belong to, to tell a coach where a key they put in the
// wrong place goes.
var scriptLevels = []level{topLevel, phaseLevel, fieldLevel, cueLevel}

func (l level) knows(key string) bool {
	for _, k := range l.keys {
		if k == key {
			return true
		}
	}
	return false
}

// unknownKey says what to do about a key this level does not know, at the
// place named (`in phase "frame"`). guess is the key the coach most likely
// meant, if any.
func (l level) unknownKey(key, place string) (msg, guess string) {
	folded := strings.ReplaceAll(strings.ToLower(key), "-", "_")
	if l.knows(folded) {
		return fmt.Sprintf("key %s %s should be written %q: keys are lowercase, with _ between words.", quote(key), place, folded), folded
	}
	if k, ok := l.meant[folded]; ok {
		return fmt.Sprintf("unknown key %s %s: did you mean %q?", quote(key), place, k), k
	}
	for _, other := range scriptLevels {
		if other.inside != l.inside && other.knows(folded) {
			return fmt.Sprintf("key %s belongs %s, not %s: move it there, or remove it.", quote(key), other.inside, place), ""
		}
	}
	if k, ok := closest(folded, l.keys); ok {
		return fmt.Sprintf("unknown key %s %s: did you mean %q?", quote(key), place, k), k
	}
	return fmt.Sprintf("unknown key %s %s: use %s.", quote(key), place, prose.Or(l.keys)), ""
}

// orList writes words as "a, b or c".
