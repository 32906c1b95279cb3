package content

import "testing"

func TestSettingRules(t *testing.T) {
	t.Parallel()
	silent := phase("s", "silent-writing")
	pov := phase("pov", "point-of-view")
	runRules(t, []rule{
		{"fields on a frame", script(top, phase("frame", "frame", "fields: []")), []string{
			`10:5: fields belongs to silent-writing phases only, and phase "frame" is a frame phase: remove the fields: line.`,
		}},
		{"per_speaker on a discussion", script(top, phase("talk", "discussion", "per_speaker: 1m")), []string{
			`10:5: per_speaker belongs to reveal-round phases only, and phase "talk" is a discussion phase: remove the per_speaker: line.`,
		}},
		{"builds on yes-and, even false", script(top, silent, phase("build", "yes-and", "builds: false")), []string{
			`16:5: builds belongs to inquiry phases only, and phase "build" is a yes-and phase: remove the builds: line.`,
		}},
		{"threshold on a close", script(top, phase("close", "close", "threshold: 3")), []string{
			`10:5: threshold belongs to consent phases only, and phase "close" is a close phase: remove the threshold: line.`,
		}},
		{"rounds on inquiry", script(top, silent, phase("ask", "inquiry", "rounds: 2")), []string{
			`16:5: rounds belongs to consent phases only, and phase "ask" is an inquiry phase: remove the rounds: line.`,
		}},
		{"no settings on an unknown kind", script(top, phase("x", "debate", "rounds: 2")), []string{
			`5:5: kind "debate" is not a phase kind: use one of ` + kinds + ".",
		}},
		{"builds on inquiry is fine", script(top, silent, phase("ask", "inquiry", "builds: true")), nil},
		{"threshold too high", script(top, pov, phase("c", "consent", "threshold: 6")), []string{
			"16:5: threshold 6 is out of range: use a score from 0 to 5 (3 is usual).",
		}},
		{"threshold below zero", script(top, pov, phase("c", "consent", "threshold: -1")), []string{
			"16:5: threshold -1 is out of range: use a score from 0 to 5 (3 is usual).",
		}},
		{"threshold zero is fine", script(top, pov, phase("c", "consent", "threshold: 0")), nil},
		{"no rounds", script(top, pov, phase("c", "consent", "rounds: 0")), []string{
			"16:5: rounds 0 is out of range: use 1, 2 or 3.",
		}},
		{"too many rounds", script(top, pov, phase("c", "consent", "rounds: 4")), []string{
			"16:5: rounds 4 is out of range: use 1, 2 or 3.",
		}},
		{"per_speaker zero", script(top, silent, phase("r", "reveal-round", "per_speaker: 0s")), []string{
			`16:5: per_speaker "0s" is zero: give each speaker some time, like 1m.`,
		}},
		{"per_speaker negative", script(top, silent, phase("r", "reveal-round", "per_speaker: -1m")), []string{
			`16:5: per_speaker "-1m" is negative: give each speaker some time, like 1m.`,
		}},
		{"per_speaker longer than the phase", script(top, silent, phase("r", "reveal-round", "per_speaker: 4m")), []string{
			`16:5: per_speaker "4m" is longer than the whole phase (3m): give each speaker less time, or the phase more.`,
		}},
		{"per_speaker in words", script(top, silent, phase("r", "reveal-round", "per_speaker: 1 minute")), []string{
			`16:5: per_speaker "1 minute" is not a time: write it like 5m or 90s.`,
		}},
		{"per_speaker empty", script(top, silent, phase("r", "reveal-round", "per_speaker:")), []string{
			`16:5: phase "r" has no per_speaker: give each speaker some time, like per_speaker: 1m.`,
		}},
	})
}

func TestFieldRules(t *testing.T) {
	t.Parallel()
	silent := func(fields ...string) []byte {
		changes := []string{"fields:"}
		for _, f := range fields {
			changes = append(changes, "+"+f)
		}
		return script(top, phase("s", "silent-writing", changes...))
	}
	runRules(t, []rule{
		{"empty", script(top, phase("s", "silent-writing", "fields: []")), []string{
			`10:5: the fields: list of phase "s" is empty: list the card's fields, or remove the fields: line to get the usual four.`,
		}},
		{"too many", script(top, phase("s", "silent-writing",
			"fields: [{id: a, label: A}, {id: b, label: B}, {id: c, label: C}, {id: d, label: D}, "+
				"{id: e, label: E}, {id: f, label: F}, {id: g, label: G}]")), []string{
			`10:5: phase "s" has 7 card fields: keep the card to 6 at most, so it can be written in a few minutes.`,
		}},
		{"id used twice", silent("  - id: see", "    label: What I see", "  - id: see", "    label: What I saw"), []string{
			`13:9: field id "see" is already used by the field at line 11: give each field of the card its own id.`,
		}},
		{"no id", silent("  - label: What I see"), []string{
			`11:9: card field 1 has no id: add an id: line, like id: what-i-see.`,
		}},
		{"id not an id", silent("  - id: What I see", "    label: What I see"), []string{
			`11:9: field id "What I see" should be lowercase letters, digits and hyphens, like "what-i-see".`,
		}},
		{"no label", silent("  - id: see", "    hint: Data."), []string{
			`11:9: card field "see" has no label: add a label: line saying what people see above the field.`,
		}},
		{"hint too long", silent("  - id: see", "    label: What I see", "    hint: "+long(101)), []string{
			`13:9: the hint of card field "see" is 101 characters long: keep it to 100 at most, so it fits on the screen.`,
		}},
		{"misspelt key", silent("  - id: see", "    lable: What I see"), []string{
			`12:9: unknown key "lable" in card field "see": did you mean "label"?`,
		}},
		{"not a set of keys", silent("  - see"), []string{
			"11:9: card field 1 should be a set of keys (id:, label:, hint:), but it is text.",
		}},
		{"a card of one field is fine", silent("  - id: see", "    label: What I see"), nil},
	})
}

func TestOrderRules(t *testing.T) {
	t.Parallel()
	runRules(t, []rule{
		{"reveal before writing", script(top, phase("r", "reveal-round"), phase("s", "silent-writing")), []string{
			`5:5: phase "r" comes before the silent-writing phase, so there are no cards to reveal yet: move it later.`,
		}},
		{"inquiry with no writing", script(top, phase("i", "inquiry")), []string{
			`5:5: phase "i" needs a silent-writing phase before it, or there are no views to ask about: add one, or remove this phase.`,
		}},
		{"yes-and with no writing", script(top, phase("y", "yes-and")), []string{
			`5:5: phase "y" needs a silent-writing phase before it, or there are no views to build on: add one, or remove this phase.`,
		}},
		{"pros and cons with no writing", script(top, phase("p", "pros-cons")), []string{
			`5:5: phase "p" needs a silent-writing phase before it, or there are no views to weigh: add one, or remove this phase.`,
		}},
		{"consent with no point of view", script(top, phase("c", "consent")), []string{
			`5:5: phase "c" needs a point-of-view phase before it, or there is no team point of view to vote on: add one, or remove this phase.`,
		}},
		{"consent before the point of view", script(top, phase("c", "consent"), phase("pov", "point-of-view")), []string{
			`5:5: phase "c" comes before the point-of-view phase, so there is no team point of view to vote on yet: move it later.`,
		}},
		{"a second frame", script(top, phase("f1", "frame"), phase("f2", "frame")), []string{
			`11:5: phase "f2" is a second frame phase, after the one at line 4: a script has one at most; remove one, or change this one's kind.`,
		}},
		{"a second consent", script(top, phase("pov", "point-of-view"), phase("c1", "consent"), phase("c2", "consent")), []string{
			`17:5: phase "c2" is a second consent phase, after the one at line 10: a script has one at most; remove one, or change this one's kind.`,
		}},
		{"two discussions are fine", script(top, phase("d1", "discussion"), phase("d2", "discussion")), nil},
		{"two rounds of inquiry are fine", script(top, phase("s", "silent-writing"), phase("i1", "inquiry"), phase("i2", "inquiry")), nil},
	})
}
