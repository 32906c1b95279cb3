package session

import "trio/content"

// Each kind names the fields a person types into before sending, after
// what each becomes (FieldWord, FieldAnswer…), for UnsentKey.Field, and
// registers the rule each is capped by. A perspective card's fields are
// named by the script: their ids ("position", "see"…) in a silent-writing
// phase.

// unsentRule is the rule for a field of a phase, or false for a field no
// command of trio's takes: first a field the phase's script names, then
// any kind's field.
func unsentRule(p content.Phase, field string) (*TextRule, bool) {
	if pk, err := kindOf(p); err == nil && pk.scriptField != nil {
		if rule, ok := pk.scriptField(p, field); ok {
			return rule, true
		}
	}
	for _, pk := range phaseKinds {
		if rule, ok := pk.unsent[field]; ok {
			return rule, true
		}
	}
	return nil, false
}
