package content

import (
	"strings"
	"testing"
)

// The method decides where cues are nudged and where they are counted.
func TestNoticingDefaultsFollowTheMethod(t *testing.T) {
	t.Parallel()
	want := map[Kind]Noticing{
		KindCheckIn:        {},
		KindFrame:          {},
		KindDiscussion:     {Count: true}, // advocacy is the point: counted, never nudged
		KindSilentWriting:  {},
		KindRevealRound:    {Nudge: true, Count: true},
		KindInquiry:        {Nudge: true, Count: true},
		KindYesAnd:         {Nudge: true, Count: true},
		KindProsCons:       {Nudge: true, Count: true},
		KindOneLevelHigher: {Nudge: true, Count: true},
		KindPointOfView:    {}, // "we believe", "we should" are its grammar
		KindConsent:        {},
		KindClose:          {},
	}
	for _, k := range Kinds {
		if got := k.Noticing(); got != want[k] {
			t.Errorf("%s: %+v, want %+v", k, got, want[k])
		}
	}
	for _, name := range BuiltinNames() {
		s, _ := Builtin(name)
		for _, p := range s.Phases {
			if p.Noticing() != p.Kind.Noticing() {
				t.Errorf("%s: phase %q does not follow its kind: %+v", name, p.ID, p.Noticing())
			}
		}
	}
}

func TestAPhaseMayNudgeOrCountOtherwise(t *testing.T) {
	t.Parallel()
	s, err := Parse("", script(top,
		phase("talk", "discussion", "nudge_cues: true", "count_cues: false"),
		phase("pov", "point-of-view", "count_cues: true"),
		phase("end", "close"),
	))
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []Noticing{{Nudge: true}, {Count: true}, {}} {
		if got := s.Phases[i].Noticing(); got != want {
			t.Errorf("phase %q: %+v, want %+v", s.Phases[i].ID, got, want)
		}
	}
	copied := s.clone()
	*copied.Phases[0].NudgeCues = false
	if !s.Phases[0].Noticing().Nudge {
		t.Error("a copy of the script shares its settings with the original")
	}
}

func TestNoticingRules(t *testing.T) {
	t.Parallel()
	runRules(t, []rule{
		{"nudge_cues in words", script(top, phase("d", "discussion", "nudge_cues: sometimes")), []string{
			`10:5: nudge_cues "sometimes" should be true or false, like nudge_cues: true.`,
		}},
		{"count_cues as a list", script(top, phase("d", "discussion", "count_cues: [yes]")), []string{
			`10:5: count_cues should be true or false, but here it is a list.`,
		}},
		{"count_cues left empty", script(top, phase("d", "discussion", "count_cues:")), []string{
			`10:5: count_cues should be true or false, but here it is empty.`,
		}},
		{"counting in a check-in", script(top, phase("in", "check-in", "count_cues: true")), []string{
			`10:5: count_cues: true does nothing in phase "in", a check-in phase: check-in words are not part of the figures. Remove the count_cues: line.`,
		}},
		{"counting in a frame", script(top, phase("f", "frame", "count_cues: true")), []string{
			`10:5: count_cues: true does nothing in phase "f", a frame phase: the question and the shared goal are not part of the figures. Remove the count_cues: line.`,
		}},
		{"a misspelt key", script(top, phase("d", "discussion", "nudge: false")), []string{
			`10:5: unknown key "nudge" in phase "d": did you mean "nudge_cues"?`,
		}},
		{"a key in capitals", script(top, phase("d", "discussion", "Count_Cues: false")), []string{
			`10:5: key "Count_Cues" in phase "d" should be written "count_cues": keys are lowercase, with _ between words.`,
		}},
		{"not counting in a frame is fine", script(top, phase("f", "frame", "count_cues: false", "nudge_cues: true")), nil},
		{"nudging the discussion round is the coach's call", script(top, phase("d", "discussion", "nudge_cues: true")), nil},
	})
}

// A coach reads the settings where they start their own script.
func TestTheNoticingSettingsAreDocumented(t *testing.T) {
	t.Parallel()
	source, _ := BuiltinSource(DefaultName)
	for name, text := range map[string]string{"the default script": string(source), "the defaults": string(DefaultsSource())} {
		for _, key := range []string{"nudge_cues:", "count_cues:"} {
			if !strings.Contains(text, key) {
				t.Errorf("%s does not mention %s", name, key)
			}
		}
	}
}
