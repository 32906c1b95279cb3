package content

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
)

// A file with many different mistakes gives all of them at once, in the
// order of the file. Read testdata/broken.golden after -update: every line
// is what a coach would see.
func TestBrokenGolden(t *testing.T) {
	t.Parallel()
	src, err := os.ReadFile("testdata/broken.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, err = Parse("testdata/broken.yaml", src)
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("Parse gave %v, want Problems", err)
	}
	if !slices.IsSortedFunc(ps, func(a, b Problem) int { return a.Line - b.Line }) {
		t.Error("problems are not in the order of the file")
	}
	for _, p := range ps {
		if p.File != "testdata/broken.yaml" || p.Line == 0 || p.Column == 0 {
			t.Errorf("problem without a place: %+v", p)
		}
	}
	golden.RequireEqual(goldenFile{t, "broken"}, err.Error()+"\n")
}

// What a script leaves out, it inherits; what it writes, even empty, it
// keeps.
func TestDefaultsApplied(t *testing.T) {
	t.Parallel()
	sh := defaults()
	tests := []struct {
		name  string
		extra []string
		check func(t *testing.T, s Script)
	}{
		{"lists left out are inherited", nil, func(t *testing.T, s Script) {
			if !slices.Equal(s.Agreements, sh.Agreements) || !slices.Equal(s.PromptCards, sh.PromptCards) ||
				!reflect.DeepEqual(s.Cues, sh.Cues) {
				t.Error("the defaults were not inherited")
			}
		}},
		{"lists written empty stay empty", lines("agreements: []", "prompt_cards: []", "cues: []"), func(t *testing.T, s Script) {
			if s.Agreements == nil || len(s.Agreements) != 0 || s.PromptCards == nil || len(s.PromptCards) != 0 ||
				s.Cues == nil || len(s.Cues) != 0 {
				t.Errorf("got %v, %v, %v; want three empty lists", s.Agreements, s.PromptCards, s.Cues)
			}
		}},
		{"lists written are kept", lines("agreements: [Be kind.]", "cues:", "  - id: must",
			"    phrases: [We MUST, \"it\u2019s a must\"]", "    suggestion: Try what if."), func(t *testing.T, s Script) {
			if !slices.Equal(s.Agreements, []string{"Be kind."}) {
				t.Errorf("agreements %v", s.Agreements)
			}
			want := []Cue{{ID: "must", Phrases: []string{"we must", "it's a must"}, Suggestion: "Try what if."}}
			if !reflect.DeepEqual(s.Cues, want) {
				t.Errorf("cues %+v, want phrases in lowercase with a plain apostrophe", s.Cues)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, err := Parse("t.yaml", script(tt.extra, top, phase("frame", "frame")))
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, s)
		})
	}
}

func TestPhaseDefaults(t *testing.T) {
	t.Parallel()
	s, err := Parse("t.yaml", script(top,
		phase("s", "silent-writing"),
		phase("r", "reveal-round"),
		phase("pov", "point-of-view"),
		phase("c", "consent"),
	))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(s.Phases[0].Fields, defaults().CardFields) {
		t.Errorf("silent writing has fields %v, want the usual four", s.Phases[0].Fields)
	}
	if s.Phases[1].PerSpeaker != time.Minute {
		t.Errorf("per_speaker = %v, want 1m", s.Phases[1].PerSpeaker)
	}
	if c := s.Phases[3]; c.Threshold != 3 || c.Rounds != 2 {
		t.Errorf("threshold %d, rounds %d; want 3 and 2", c.Threshold, c.Rounds)
	}
}

// Validate holds a script built in code to the same rules, with no lines.
func TestValidate(t *testing.T) {
	t.Parallel()
	if err := Default().Validate(); err != nil {
		t.Fatalf("the default script: %v", err)
	}
	s := Default()
	s.Name = ""
	s.Phases[1].Timebox = 0
	s.Phases[1].Rounds = 2
	s.Phases[3].Fields = nil
	s.Phases[4].PerSpeaker = 0
	s.Phases[10].Rounds = 0
	s.Phases = append(s.Phases, s.Phases[0])
	s.Cues[0].Suggestion = ""
	want := []string{
		"the script has no name: add a name: line with a short id for it, like name: dialogue-versus-discussion.",
		`phase "frame" has no timebox: add a timebox: line, like 5m or 90s.`,
		`rounds belongs to consent phases only, and phase "frame" is a frame phase: remove the rounds: line.`,
		`phase "silent-writing" has no card fields: give it some, like position, see, assume and care.`,
		`phase "reveal" has no per_speaker: give each speaker some time, like per_speaker: 1m.`,
		"rounds 0 is out of range: use 1, 2 or 3.",
		`id "check-in" is already used by phase 1: give each phase its own id.`,
		`phase "check-in" is a second check-in phase, after phase "check-in": a script has one at most; remove one, or change this one's kind.`,
		`cue "yes-but" has no suggestion: add a suggestion: line saying a kinder way to say it.`,
	}
	var ps Problems
	if err := s.Validate(); !errors.As(err, &ps) {
		t.Fatalf("Validate = %v, want Problems", err)
	}
	var got []string
	for _, p := range ps {
		got = append(got, p.String())
	}
	if !slices.Equal(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestProblemString(t *testing.T) {
	t.Parallel()
	tests := []struct {
		p    Problem
		want string
	}{
		{Problem{"a.yaml", 3, 5, "m."}, "a.yaml:3:5: m."},
		{Problem{"", 3, 5, "m."}, "3:5: m."},
		{Problem{"a.yaml", 0, 0, "m."}, "a.yaml: m."},
		{Problem{"", 0, 0, "m."}, "m."},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.p, got, tt.want)
		}
	}
	ps := Problems{{"a", 1, 1, "one."}, {"a", 2, 1, "two."}}
	if got := ps.Error(); got != "a:1:1: one.\na:2:1: two." {
		t.Errorf("Error() = %q", got)
	}
}

// Files saved on Windows read the same: CRLF line ends, a byte order mark.
func TestWindowsFiles(t *testing.T) {
	t.Parallel()
	src := script(lines("name: t", "title: T", "description: |", "  One.", "  Two."), lines("phases:"), phase("frame", "frame"))
	want, err := Parse("unix.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	windows := append([]byte("\ufeff"), bytes.ReplaceAll(src, []byte("\n"), []byte("\r\n"))...)
	got, err := Parse("windows.yaml", windows)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}
