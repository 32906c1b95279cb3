package content

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestBuiltinNames(t *testing.T) {
	t.Parallel()
	want := []string{"dialogue-vs-discussion", "short"}
	if got := BuiltinNames(); !slices.Equal(got, want) {
		t.Fatalf("BuiltinNames() = %v, want %v", got, want)
	}
	if _, ok := Builtin("nope"); ok {
		t.Error(`Builtin("nope") found a script`)
	}
	for _, name := range []string{"nope", "../defaults", "scripts/short"} {
		if _, ok := BuiltinSource(name); ok {
			t.Errorf("BuiltinSource(%q) found a file", name)
		}
	}
}

// step is a phase as the tables below expect it: id, kind and minutes.
type step struct {
	id      string
	kind    Kind
	minutes float64
}

func TestBuiltinPhases(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		total time.Duration
		steps []step
	}{
		{"dialogue-vs-discussion", 64 * time.Minute, []step{
			{"check-in", KindCheckIn, 5},
			{"frame", KindFrame, 3},
			{"discussion", KindDiscussion, 5},
			{"silent-writing", KindSilentWriting, 4},
			{"reveal", KindRevealRound, 3},
			{"inquiry", KindInquiry, 8},
			{"yes-and", KindYesAnd, 6},
			{"pros-cons", KindProsCons, 8},
			{"one-level-higher", KindOneLevelHigher, 7},
			{"point-of-view", KindPointOfView, 8},
			{"consent", KindConsent, 4},
			{"close", KindClose, 3},
		}},
		{"short", 30 * time.Minute, []step{
			{"check-in", KindCheckIn, 2},
			{"frame", KindFrame, 2},
			{"silent-writing", KindSilentWriting, 3},
			{"reveal", KindRevealRound, 3},
			{"inquiry", KindInquiry, 6},
			{"pros-cons", KindProsCons, 3},
			{"one-level-higher", KindOneLevelHigher, 3},
			{"point-of-view", KindPointOfView, 4},
			{"consent", KindConsent, 2},
			{"close", KindClose, 2},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			data, ok := BuiltinSource(tt.name)
			if !ok {
				t.Fatal("no source")
			}
			s, err := Parse(tt.name+".yaml", data)
			if err != nil {
				t.Fatalf("the builtin script has problems:\n%v", err)
			}
			if err := s.Validate(); err != nil {
				t.Fatalf("Validate:\n%v", err)
			}
			if s.Name != tt.name || s.Title == "" || s.Description == "" {
				t.Errorf("name %q, title %q, description %q", s.Name, s.Title, s.Description)
			}
			var got []step
			for _, p := range s.Phases {
				got = append(got, step{p.ID, p.Kind, p.Timebox.Minutes()})
			}
			if !reflect.DeepEqual(got, tt.steps) {
				t.Errorf("phases:\n got %v\nwant %v", got, tt.steps)
			}
			if s.TotalTime() != tt.total {
				t.Errorf("TotalTime() = %v, want %v", s.TotalTime(), tt.total)
			}
			if b, _ := Builtin(tt.name); !reflect.DeepEqual(b, s) {
				t.Error("Builtin differs from parsing its source")
			}
		})
	}
}

func TestBuiltinSettings(t *testing.T) {
	t.Parallel()
	defaultFields := defaults().CardFields
	tests := []struct {
		script     string
		phase      string
		fields     []CardField
		perSpeaker time.Duration
		builds     bool
		threshold  int
		rounds     int
	}{
		{script: "dialogue-vs-discussion", phase: "silent-writing", fields: defaultFields},
		{script: "dialogue-vs-discussion", phase: "reveal", perSpeaker: time.Minute},
		{script: "dialogue-vs-discussion", phase: "inquiry"},
		{script: "dialogue-vs-discussion", phase: "consent", threshold: 3, rounds: 2},
		{script: "short", phase: "silent-writing", fields: defaultFields},
		{script: "short", phase: "reveal", perSpeaker: time.Minute},
		{script: "short", phase: "inquiry", builds: true},
		{script: "short", phase: "consent", threshold: 3, rounds: 1},
	}
	for _, tt := range tests {
		t.Run(tt.script+"/"+tt.phase, func(t *testing.T) {
			t.Parallel()
			s, _ := Builtin(tt.script)
			i := slices.IndexFunc(s.Phases, func(p Phase) bool { return p.ID == tt.phase })
			if i < 0 {
				t.Fatalf("no phase %q", tt.phase)
			}
			p := s.Phases[i]
			if !reflect.DeepEqual(p.Fields, tt.fields) || p.PerSpeaker != tt.perSpeaker || p.Builds != tt.builds ||
				p.Threshold != tt.threshold || p.Rounds != tt.rounds {
				t.Errorf("got fields %v, per_speaker %v, builds %v, threshold %d, rounds %d",
					p.Fields, p.PerSpeaker, p.Builds, p.Threshold, p.Rounds)
			}
		})
	}
}

func TestDefaultCard(t *testing.T) {
	t.Parallel()
	want := []struct{ id, label string }{
		{"position", "My position"},
		{"see", "What I see"},
		{"assume", "What I assume"},
		{"care", "What I care about"},
	}
	fields := defaults().CardFields
	if len(fields) != len(want) {
		t.Fatalf("%d card fields, want %d", len(fields), len(want))
	}
	for i, f := range fields {
		if f.ID != want[i].id || f.Label != want[i].label || f.Hint == "" {
			t.Errorf("field %d = %+v, want %+v with a hint", i, f, want[i])
		}
	}
}

func TestDefaultsInherited(t *testing.T) {
	t.Parallel()
	sh := defaults()
	if len(sh.Agreements) != 4 || len(sh.PromptCards) < 12 || len(sh.Cues) < 12 {
		t.Errorf("%d agreements, %d prompt cards, %d cues", len(sh.Agreements), len(sh.PromptCards), len(sh.Cues))
	}
	for _, name := range BuiltinNames() {
		s, _ := Builtin(name)
		if !slices.Equal(s.Agreements, sh.Agreements) || !slices.Equal(s.PromptCards, sh.PromptCards) ||
			!reflect.DeepEqual(s.Cues, sh.Cues) {
			t.Errorf("%s does not carry the defaults", name)
		}
	}
	if _, err := parseShared("defaults.yaml", DefaultsSource()); err != nil {
		t.Fatalf("defaults.yaml has problems:\n%v", err)
	}
}

// Every cue EXERCISE.md lists is noticed.
func TestCuesCoverTheExercise(t *testing.T) {
	t.Parallel()
	listed := []string{
		"yes, but", "yes but", "no, but", "we should", "we need to", "obviously", "clearly",
		"of course", "everyone knows", "the problem is", "that won't work", "always", "never",
		"just", "don't you think", "wouldn't it be better", "isn't it obvious",
	}
	phrases := map[string]bool{}
	for _, c := range Default().Cues {
		for _, p := range c.Phrases {
			phrases[p] = true
		}
	}
	for _, p := range listed {
		if !phrases[p] {
			t.Errorf("no cue notices %q", p)
		}
	}
}

// What people read during a workshop fits an 80-column screen, and the
// app's own words do not trip its own advocacy cues.
func TestBuiltinWording(t *testing.T) {
	t.Parallel()
	var cues []*regexp.Regexp
	for _, c := range Default().Cues {
		for _, p := range c.Phrases {
			cues = append(cues, regexp.MustCompile(`(?i)\b`+regexp.QuoteMeta(p)+`\b`))
		}
	}
	check := func(t *testing.T, what, text string, most int) {
		t.Helper()
		if n := utf8.RuneCountInString(text); n > most {
			t.Errorf("%s is %d characters, more than %d: %q", what, n, most, text)
		}
		for _, cue := range cues {
			if cue.MatchString(text) {
				t.Errorf("%s uses advocacy words (%s): %q", what, cue, text)
			}
		}
	}
	for _, name := range BuiltinNames() {
		s, _ := Builtin(name)
		for _, p := range s.Phases {
			check(t, name+" "+p.ID+" purpose", p.Purpose, 90)
			check(t, name+" "+p.ID+" prompt", p.Prompt, 160)
			if strings.Contains(p.Prompt, "\n") {
				t.Errorf("%s %s prompt has a line break", name, p.ID)
			}
		}
	}
	sh := defaults()
	for _, a := range sh.Agreements {
		if utf8.RuneCountInString(a) > 80 {
			t.Errorf("agreement %q is longer than a line", a)
		}
	}
	for _, c := range sh.PromptCards {
		check(t, "prompt card", c, 70)
	}
	for _, f := range sh.CardFields {
		check(t, "hint of "+f.ID, f.Hint, 70)
	}
	for _, c := range sh.Cues {
		if n := utf8.RuneCountInString(c.Suggestion); n > 90 {
			t.Errorf("suggestion of %s is %d characters, more than 90", c.ID, n)
		}
	}
}

// Each caller gets a script of its own.
func TestBuiltinIsACopy(t *testing.T) {
	t.Parallel()
	a := Default()
	a.Phases[3].Fields[0].Label = "changed"
	a.Cues[0].Phrases[0] = "changed"
	a.Agreements[0] = "changed"
	b := Default()
	if b.Phases[3].Fields[0].Label == "changed" || b.Cues[0].Phrases[0] == "changed" || b.Agreements[0] == "changed" {
		t.Error("a change to one copy shows in the next")
	}
	src, _ := BuiltinSource(DefaultName)
	src[0] = 'X'
	if again, _ := BuiltinSource(DefaultName); again[0] == 'X' {
		t.Error("BuiltinSource hands out the embedded bytes")
	}
}
