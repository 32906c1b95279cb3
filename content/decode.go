package content

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/goccy/go-yaml/ast"
)

// decoder reads the tree of a script file into values. It tells each
// problem of shape (an unknown key, a list where text belongs, a timebox it
// cannot read) with its line, and remembers where every part was written,
// so the rules checked afterwards on the values can name lines too.
type decoder struct{ r *report }

func (d decoder) script(n ast.Node) Script {
	var s Script
	d.keys(n, "", topLevel, "at the top of the script", func(key string, at path, v ast.Node) {
		switch key {
		case "name":
			s.Name = d.text(at, v, key)
		case "title":
			s.Title = d.text(at, v, key)
		case "description":
			s.Description = d.text(at, v, key)
		case "agreements":
			s.Agreements = d.texts(at, v, "agreement")
		case "phases":
			s.Phases = d.phases(at, v)
		case "prompt_cards":
			s.PromptCards = d.texts(at, v, "prompt card")
		case "cues":
			s.Cues = d.cues(at, v)
		}
	})
	return s
}

func (d decoder) phases(at path, v ast.Node) []Phase {
	list := d.list(at, v, "phase")
	phases := make([]Phase, len(list))
	for i, item := range list {
		ip := at.item(i)
		if d.set(ip, item, "phase %d should be a set of keys (id:, kind:, title: …), but it is %s.", i+1) {
			phases[i] = d.phase(ip, item, i)
		}
	}
	return phases
}

func (d decoder) phase(at path, n ast.Node, i int) Phase {
	var p Phase
	place := "in phase " + named(idIn(n), i)
	d.keys(n, at, phaseLevel, place, func(key string, at path, v ast.Node) {
		switch key {
		case "id":
			p.ID = d.text(at, v, key)
		case "kind":
			p.Kind = Kind(d.text(at, v, key))
		case "title":
			p.Title = d.text(at, v, key)
		case "purpose":
			p.Purpose = d.text(at, v, key)
		case "prompt":
			p.Prompt = d.text(at, v, key)
		case "timebox":
			p.Timebox = d.duration(at, v)
		case "fields":
			p.Fields = d.fields(at, v)
		case "per_speaker":
			p.PerSpeaker = d.duration(at, v)
		case "builds":
			p.Builds = d.flag(at, v)
		case "threshold":
			p.Threshold = d.number(at, v, "3")
		case "rounds":
			p.Rounds = d.number(at, v, "2")
		case "nudge_cues":
			p.NudgeCues = d.choice(at, v)
		case "count_cues":
			p.CountCues = d.choice(at, v)
		}
	})
	return p
}

func (d decoder) fields(at path, v ast.Node) []CardField {
	list := d.list(at, v, "card field")
	fields := make([]CardField, len(list))
	for i, item := range list {
		ip := at.item(i)
		if !d.set(ip, item, "card field %d should be a set of keys (id:, label:, hint:), but it is %s.", i+1) {
			continue
		}
		f := &fields[i]
		d.keys(item, ip, fieldLevel, "in card field "+named(idIn(item), i), func(key string, at path, v ast.Node) {
			switch key {
			case "id":
				f.ID = d.text(at, v, key)
			case "label":
				f.Label = d.text(at, v, key)
			case "hint":
				f.Hint = d.text(at, v, key)
			}
		})
	}
	return fields
}

func (d decoder) cues(at path, v ast.Node) []Cue {
	list := d.list(at, v, "cue")
	cues := make([]Cue, len(list))
	for i, item := range list {
		ip := at.item(i)
		if !d.set(ip, item, "cue %d should be a set of keys (id:, phrases:, suggestion:), but it is %s.", i+1) {
			continue
		}
		c := &cues[i]
		d.keys(item, ip, cueLevel, "in cue "+named(idIn(item), i), func(key string, at path, v ast.Node) {
			switch key {
			case "id":
				c.ID = d.text(at, v, key)
			case "phrases":
				c.Phrases = d.texts(at, v, "phrase")
				for j, phrase := range c.Phrases {
					c.Phrases[j] = foldPhrase(phrase)
				}
			case "suggestion":
				c.Suggestion = d.text(at, v, key)
			}
		})
	}
	return cues
}

// keys reads a set of keys: it tells each key that is unknown, misspelt,
// in the wrong place or repeated, and hands each known one to read.
func (d decoder) keys(n ast.Node, at path, l level, place string, read func(key string, at path, v ast.Node)) {
	pairs, _ := entries(n)
	written := map[string]bool{}
	for _, kv := range pairs {
		if key, ok := scalar(plain(kv.Key)); ok {
			written[key] = true
		}
	}
	first := map[string]int{}
	for _, kv := range pairs {
		pos := startOf(kv.Key)
		if _, merge := kv.Key.(*ast.MergeKeyNode); merge {
			d.r.tell(pos, "merge keys (<<) are not supported in a script: write the keys out in full.")
			continue
		}
		key, ok := scalar(plain(kv.Key))
		if !ok || key == "" {
			d.r.tell(pos, fmt.Sprintf("a key %s is not a plain word: write keys like title:, on one line.", place))
			continue
		}
		if line, seen := first[key]; seen {
			d.r.tell(pos, fmt.Sprintf("key %s appears twice %s (first at line %d): keep one of them.", quote(key), place, line))
			continue
		}
		first[key] = pos.line
		if !l.knows(key) {
			msg, meant := l.unknownKey(key, place)
			d.r.tell(pos, msg)
			if meant != "" && !written[meant] {
				// The missing key is this one, misspelt: tell it once.
				d.r.hush(at.key(meant))
			}
			continue
		}
		kp := at.key(key)
		d.r.at.pos[kp] = pos
		v := plain(kv.Value)
		if _, alias := v.(*ast.AliasNode); alias {
			d.r.add(kp, "aliases (*name) are not supported in a script: write the %s out in full.", key)
			continue
		}
		read(key, kp, v)
	}
}

// set checks that a list item is a set of keys, and remembers where it is.
func (d decoder) set(at path, n ast.Node, format string, number int) bool {
	d.r.at.pos[at] = startOf(n)
	if _, ok := entries(n); ok {
		return true
	}
	d.r.add(at, format, number, describe(n))
	return false
}

// list gives the items of a list. A list written empty (or a key with
// nothing after it) gives an empty, non-nil list: none, on purpose.
func (d decoder) list(at path, v ast.Node, noun string) []ast.Node {
	if empty(v) {
		return []ast.Node{}
	}
	list, ok := items(v)
	if !ok {
		d.r.add(at, "%s should be a list, one %s after another, each starting with \"- \", but here it is %s.",
			at.name(), noun, describe(v))
		return nil
	}
	out := make([]ast.Node, len(list))
	for i, item := range list {
		out[i] = plain(item)
	}
	return out
}

// texts reads a list of one-line texts, like the agreements.
func (d decoder) texts(at path, v ast.Node, noun string) []string {
	list := d.list(at, v, noun)
	if list == nil {
		return nil
	}
	out := make([]string, len(list))
	for i, item := range list {
		ip := at.item(i)
		d.r.at.pos[ip] = startOf(item)
		out[i] = d.text(ip, item, noun)
	}
	return out
}

// text reads a value that should be text. Numbers and true or false are
// taken as written: a title may well be "2025".
func (d decoder) text(at path, v ast.Node, noun string) string {
	if empty(v) {
		return ""
	}
	if s, ok := scalar(v); ok {
		return strings.TrimSpace(s)
	}
	if _, alias := v.(*ast.AliasNode); alias {
		d.r.add(at, "aliases (*name) are not supported in a script: write the %s out in full.", noun)
		return ""
	}
	if _, err := strconv.Atoi(at.name()); err == nil {
		if pairs, ok := entries(v); ok && len(pairs) == 1 && onOneLine(pairs[0]) {
			d.r.add(at, "this %s reads as a key and a value, because of the \": \" in it: put the whole %s in quotes.", noun, noun)
			return ""
		}
		d.r.add(at, "this %s should be text, but here it is %s: write it after the \"- \", in quotes if it has \": \" in it.",
			noun, describe(v))
		return ""
	}
	d.r.add(at, "%s should be text, but here it is %s: write it on one line after \"%s:\", in quotes if it has \": \" in it.",
		noun, describe(v), noun)
	return ""
}

// onOneLine says whether a key and its value sit on one line: in a list,
// that is how text with ": " in it looks once YAML has read it as a key.
func onOneLine(kv *ast.MappingValueNode) bool {
	_, text := scalar(plain(kv.Value))
	return text && startOf(kv.Key).line == startOf(kv.Value).line
}

// duration reads a time like 5m or 90s. Zero, negative and too long are
// told later, with the rules about time.
func (d decoder) duration(at path, v ast.Node) time.Duration {
	if empty(v) {
		return 0
	}
	s, ok := scalar(v)
	if !ok {
		d.r.add(at, "%s should be a time like 5m or 90s, but here it is %s.", at.name(), describe(v))
		return 0
	}
	d.r.at.written[at] = s
	t, problem := readTime(s)
	if problem != "" {
		d.r.add(at, "%s %s", at.name(), problem)
	}
	return t
}

// number reads a whole number, like a consent threshold.
func (d decoder) number(at path, v ast.Node, example string) int {
	s, ok := scalar(v)
	if !ok {
		d.r.add(at, "%s should be a whole number, like %s, but here it is %s.", at.name(), example, describe(v))
		return 0
	}
	d.r.at.written[at] = s
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		d.r.add(at, "%s %s is not a whole number: write it like %s.", at.name(), quote(s), example)
		return 0
	}
	return n
}

// flag reads true or false.
func (d decoder) flag(at path, v ast.Node) bool {
	if b, ok := v.(*ast.BoolNode); ok {
		return b.Value
	}
	if s, ok := scalar(v); ok {
		d.r.add(at, "%s %s should be true or false, like %s: true.", at.name(), quote(s), at.name())
	} else {
		d.r.add(at, "%s should be true or false, but here it is %s.", at.name(), describe(v))
	}
	return false
}

// choice reads true or false where leaving the key out means the default:
// nil unless the file said which.
func (d decoder) choice(at path, v ast.Node) *bool {
	b, ok := v.(*ast.BoolNode)
	if !ok {
		d.flag(at, v) // tells what is wrong
		return nil
	}
	value := b.Value
	return &value
}

// idIn finds the id of a phase, a field or a cue before its keys are read,
// so that problems about its other keys can name it.
func idIn(n ast.Node) string {
	pairs, _ := entries(n)
	for _, kv := range pairs {
		if key, _ := scalar(plain(kv.Key)); key == "id" {
			id, _ := scalar(plain(kv.Value))
			return strings.TrimSpace(id)
		}
	}
	return ""
}

// named names a phase, a field or a cue in a message: by its id, or by its
// place in the list when it has none.
func named(id string, i int) string {
	if id == "" || len(id) > MaxIDLen || strings.ContainsAny(id, "\n\"") {
		return strconv.Itoa(i + 1)
	}
	return strconv.Quote(id)
}

// foldPhrase writes a cue's phrase the way the session matches it:
// lowercase, with a plain apostrophe.
func foldPhrase(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), "\u2019", "'")
}
