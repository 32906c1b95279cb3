package content

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// kinds lists every kind the way a message does.
const kinds = "check-in, frame, discussion, silent-writing, reveal-round, inquiry, yes-and, pros-cons, " +
	"one-level-higher, point-of-view, consent or close"

type rule struct {
	name string
	src  []byte
	want []string // every problem, as "line:col: sentence"
}

func runRules(t *testing.T, rules []rule) {
	t.Helper()
	for _, tt := range rules {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := problemsOf(t, tt.src)
			if !slices.Equal(got, tt.want) {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestFileRules(t *testing.T) {
	t.Parallel()
	runRules(t, []rule{
		{"empty", []byte(""), []string{
			"1:1: the file is empty: a script needs name:, title: and phases:. Start from a copy of the default script.",
		}},
		{"only comments", []byte("# nothing yet\n"), []string{
			"1:1: the file holds only comments: a script needs name:, title: and phases:. Start from a copy of the default script.",
		}},
		{"a list at the top", []byte("- id: frame\n  kind: frame\n"), []string{
			"1:1: the file should start with keys like name:, title: and phases:, but it is a list: " +
				"if these are the phases, put them under a phases: line.",
		}},
		{"two scripts", script(top, phase("frame", "frame"), lines("---", "name: u")), []string{
			"10:1: a second script starts here, after a --- line: keep one script per file.",
		}},
		{"a tab", []byte("name: t\n\ttitle: T\n"), []string{
			"2:1: there is a tab here: YAML indents with spaces only, so replace the tab with spaces.",
		}},
		{"an unclosed quote", []byte("name: t\ntitle: \"T\nphases:\n"), []string{
			`2:8: a double quote (") opens here but never closes: add the closing quote.`,
		}},
		{"a colon in plain text", []byte("name: t\ntitle: Frame: the question\n"), []string{
			`2:8: there is a colon here YAML cannot place: if the text has ": " in it, put the whole text in quotes; ` +
				"otherwise check the indentation.",
		}},
		{"a key out of line", script(top, lines("  - id: frame", "   kind: frame")), []string{
			"5:4: something here does not fit: check the indentation against the lines around it, " +
				"and that quoted text closes where it should.",
		}},
		{"an apostrophe in single quotes", []byte("name: t\ntitle: 'it's'\n"), []string{
			"2:12: something here does not fit: check the indentation against the lines around it, " +
				"and that quoted text closes where it should.",
		}},
		{"an unclosed bracket", []byte("name: t\ntitle: [Frame\nphases: []\n"), []string{
			"3:1: a [ here has no matching ]: close it, or put the text in quotes.",
		}},
		{"an unknown escape", []byte("name: t\ntitle: \"C:\\quiz\"\n"), []string{
			`2:12: a backslash (\) in double quotes starts an escape YAML does not know: write \\ for a backslash, or use single quotes.`,
		}},
		{"plain text", []byte("Our retro\n"), []string{
			"1:1: the file should start with keys like name:, title: and phases:, but it is text: start from a copy of the default script.",
		}},
		{"a byte order mark is fine", append([]byte("\ufeff"), script(top, phase("frame", "frame"))...), nil},
		{"too big", bytes.Repeat([]byte("# a long comment\n"), MaxFileBytes/16), []string{
			"1:1: the file is larger than 256 KB, and a script is a few KB at most: is this the right file?",
		}},
		{"not UTF-8", []byte("name: t\ntitle: \xff\n"), []string{
			"1:1: the file is not UTF-8 text: save it as UTF-8 in your editor and try again.",
		}},
	})
}

func TestScriptRules(t *testing.T) {
	t.Parallel()
	frame := phase("frame", "frame")
	runRules(t, []rule{
		{"no name", script(lines("title: Our retro", "phases:"), frame), []string{
			"1:1: the script has no name: add a name: line with a short id for it, like name: our-retro.",
		}},
		{"name not an id", script(lines("name: Our Retro", "title: T", "phases:"), frame), []string{
			`1:1: name "Our Retro" should be lowercase letters, digits and hyphens, like "our-retro".`,
		}},
		{"name too long", script(lines("name: "+long(33), "title: T", "phases:"), frame), []string{
			`1:1: name "` + long(33) + `" is too long: keep ids to 32 characters at most.`,
		}},
		{"no title", script(lines("name: t", "phases:"), frame), []string{
			"1:1: the script has no title: add a title: line with the name people see, like title: Our retro.",
		}},
		{"title too long", script(lines("name: t", "title: "+long(61), "phases:"), frame), []string{
			"2:1: the title is 61 characters long: keep it to 60 at most, so it fits on the screen.",
		}},
		{"title on two lines", script(lines("name: t", "title: |", "  Our", "  retro", "phases:"), frame), []string{
			"2:1: the title should fit on one line: remove the line break.",
		}},
		{"a control character", script(lines("name: t", `title: "Our \e[31mretro"`, "phases:"), frame), []string{
			`2:1: the title has a control character in it (a tab, or an escape like \e): remove it; a script holds plain text.`,
		}},
		{"description too long", script(top[:2], lines("description: "+long(301), "phases:"), frame), []string{
			"3:1: the description is 301 characters long: keep it to 300 at most, so it fits on the screen.",
		}},
		{"a description on two lines is fine", script(top[:2], lines("description: |", "  One.", "  Two.", "phases:"), frame), nil},
		{"a number as a title is fine", script(lines("name: t", "title: 2025", "phases:"), frame), nil},
		{"no phases", script(top[:2]), []string{
			"1:1: the script has no phases: add a phases: list; each phase needs an id, kind, title, purpose, prompt and timebox.",
		}},
		{"phases empty", script(top[:2], lines("phases: []")), []string{
			"3:1: the phases: list is empty: add at least one phase, with an id, kind, title, purpose, prompt and timebox.",
		}},
		{"phases as text", script(top[:2], lines("phases: frame")), []string{
			`3:1: phases should be a list, one phase after another, each starting with "- ", but here it is text.`,
		}},
		{"too many phases", script(top, manyPhases(31)), []string{
			"3:1: the script has 31 phases: keep it to 30 at most; a longer workshop is better split in two.",
		}},
	})
}

func manyPhases(n int) []string {
	var all []string
	for _, id := range numbered("talk-", n) {
		all = append(all, phase(id, "discussion")...)
	}
	return all
}

func TestKeyRules(t *testing.T) {
	t.Parallel()
	runRules(t, []rule{
		{"misspelt at the top", script(top[:2], lines("phase:"), phase("frame", "frame")), []string{
			`3:1: unknown key "phase" at the top of the script: did you mean "phases"?`,
		}},
		{"a word coaches reach for", script(top[:2], lines("steps:"), phase("frame", "frame")), []string{
			`3:1: unknown key "steps" at the top of the script: did you mean "phases"?`,
		}},
		{"unknown at the top", script(lines("colour: blue"), top, phase("frame", "frame")), []string{
			`1:1: unknown key "colour" at the top of the script: use name, title, description, agreements, phases, prompt_cards or cues.`,
		}},
		{"a phase key at the top", script(lines("timebox: 5m"), top, phase("frame", "frame")), []string{
			`1:1: key "timebox" belongs inside a phase, not at the top of the script: move it there, or remove it.`,
		}},
		{"a cue key in a phase", script(top, phase("frame", "frame", "phrases: [just]")), []string{
			`10:5: key "phrases" belongs inside a cue (under cues:), not in phase "frame": move it there, or remove it.`,
		}},
		{"misspelt in a phase", script(top, phase("frame", "frame", "-timebox", "timbox: 5m")), []string{
			`9:5: unknown key "timbox" in phase "frame": did you mean "timebox"?`,
		}},
		{"misspelt beside the right one", script(top, phase("frame", "frame", "timbox: 5m")), []string{
			`10:5: unknown key "timbox" in phase "frame": did you mean "timebox"?`,
		}},
		{"another word for a key", script(top, phase("frame", "frame", "-timebox", "duration: 5m")), []string{
			`9:5: unknown key "duration" in phase "frame": did you mean "timebox"?`,
		}},
		{"unknown in a phase", script(top, phase("frame", "frame", "colour: blue")), []string{
			`10:5: unknown key "colour" in phase "frame": use id, kind, title, purpose, prompt, timebox, fields, ` +
				"per_speaker, builds, threshold, rounds, nudge_cues or count_cues.",
		}},
		{"capitals", script(top, phase("frame", "frame", "-title", "Title: Frame")), []string{
			`9:5: key "Title" in phase "frame" should be written "title": keys are lowercase, with _ between words.`,
		}},
		{"a hyphen for an underscore", script(top, phase("reveal", "discussion", "per-speaker: 1m")), []string{
			`10:5: key "per-speaker" in phase "reveal" should be written "per_speaker": keys are lowercase, with _ between words.`,
		}},
		{"twice", script(top, phase("frame", "frame", "+title: Again")), []string{
			`10:5: key "title" appears twice in phase "frame" (first at line 6): keep one of them.`,
		}},
		{"a merge key", script(top, phase("frame", "frame", "+<<: {title: T}")), []string{
			"10:5: merge keys (<<) are not supported in a script: write the keys out in full.",
		}},
		{"an alias", script(top, phase("frame", "frame", "purpose: &why Why.", "prompt: *why")), []string{
			"8:5: aliases (*name) are not supported in a script: write the prompt out in full.",
		}},
		{"an anchor alone is fine", script(top, phase("frame", "frame", "purpose: &why Why.")), nil},
	})
}

func TestTypeRules(t *testing.T) {
	t.Parallel()
	runRules(t, []rule{
		{"a list for text", script(top, phase("frame", "frame", "title: [Frame, again]")), []string{
			`6:5: title should be text, but here it is a list: write it on one line after "title:", in quotes if it has ": " in it.`,
		}},
		{"keys for text", script(top, phase("frame", "frame", "-prompt", "prompt:", "+  say: this")), []string{
			`9:5: prompt should be text, but here it is a set of keys: write it on one line after "prompt:", in quotes if it has ": " in it.`,
		}},
		{"a colon in a list item", script(lines("prompt_cards:", "  - Whose view is missing: customers?"), top, phase("frame", "frame")), []string{
			`2:5: this prompt card reads as a key and a value, because of the ": " in it: put the whole prompt card in quotes.`,
		}},
		{"a list in a list", script(lines("prompt_cards:", "  - [a, b]"), top, phase("frame", "frame")), []string{
			`2:5: this prompt card should be text, but here it is a list: write it after the "- ", in quotes if it has ": " in it.`,
		}},
		{"text for a list", script(lines("prompt_cards: What leads you to that view?"), top, phase("frame", "frame")), []string{
			`1:1: prompt_cards should be a list, one prompt card after another, each starting with "- ", but here it is text.`,
		}},
		{"text for a phase", script(top, lines("  - frame")), []string{
			"4:5: phase 1 should be a set of keys (id:, kind:, title: …), but it is text.",
		}},
		{"a list for a time", script(top, phase("frame", "frame", "timebox: [5m]")), []string{
			"9:5: timebox should be a time like 5m or 90s, but here it is a list.",
		}},
		{"not true or false", script(top, phase("s", "silent-writing"), phase("i", "inquiry", "builds: yes")), []string{
			`16:5: builds "yes" should be true or false, like builds: true.`,
		}},
		{"a list for true or false", script(top, phase("s", "silent-writing"), phase("i", "inquiry", "builds: [true]")), []string{
			"16:5: builds should be true or false, but here it is a list.",
		}},
		{"not a number", script(top, phase("pov", "point-of-view"), phase("c", "consent", "threshold: three")), []string{
			`16:5: threshold "three" is not a whole number: write it like 3.`,
		}},
		{"empty for a number", script(top, phase("pov", "point-of-view"), phase("c", "consent", "rounds:")), []string{
			"16:5: rounds should be a whole number, like 2, but here it is empty.",
		}},
		{"a number in quotes is fine", script(top, phase("pov", "point-of-view"), phase("c", "consent", `rounds: "1"`)), nil},
	})
}

func TestPhaseRules(t *testing.T) {
	t.Parallel()
	runRules(t, []rule{
		{"no id", script(top, phase("x", "frame", "-id", "title: Frame the question")), []string{
			"4:5: phase 1 has no id: add an id: line with a short name for it, like id: frame-the-question.",
		}},
		{"id not an id", script(top, phase("Frame It", "frame")), []string{
			`4:5: id "Frame It" should be lowercase letters, digits and hyphens, like "frame-it".`,
		}},
		{"id used twice", script(top, phase("talk", "discussion"), phase("talk", "discussion")), []string{
			`10:5: id "talk" is already used by the phase at line 4: give each phase its own id.`,
		}},
		{"no kind", script(top, phase("frame", "frame", "-kind")), []string{
			`4:5: phase "frame" has no kind: add a kind: line, one of ` + kinds + ".",
		}},
		{"unknown kind", script(top, phase("frame", "debate")), []string{
			`5:5: kind "debate" is not a phase kind: use one of ` + kinds + ".",
		}},
		{"kind misspelt", script(top, phase("in", "checkin")), []string{
			`5:5: kind "checkin" is not a phase kind: did you mean "check-in"?`,
		}},
		{"no title", script(top, phase("frame", "frame", "-title")), []string{
			`4:5: phase "frame" has no title: add a title: line saying the name people see on screen.`,
		}},
		{"no purpose", script(top, phase("frame", "frame", "-purpose")), []string{
			`4:5: phase "frame" has no purpose: add a purpose: line saying why this step is there, in a few words.`,
		}},
		{"no prompt", script(top, phase("inquiry", "frame", "-prompt")), []string{
			`4:5: phase "inquiry" has no prompt: add a prompt: line saying what each person does in this phase.`,
		}},
		{"an empty prompt", script(top, phase("frame", "frame", "prompt:")), []string{
			`8:5: phase "frame" has no prompt: add a prompt: line saying what each person does in this phase.`,
		}},
		{"title too long", script(top, phase("frame", "frame", "title: "+long(41))), []string{
			`6:5: the title of phase "frame" is 41 characters long: keep it to 40 at most, so it fits on the screen.`,
		}},
		{"purpose too long", script(top, phase("frame", "frame", "purpose: "+long(101))), []string{
			`7:5: the purpose of phase "frame" is 101 characters long: keep it to 100 at most, so it fits on the screen.`,
		}},
		{"purpose on two lines", script(top, phase("frame", "frame", "-purpose", "purpose: |", "+  One.", "+  Two.")), []string{
			`9:5: the purpose of phase "frame" should fit on one line: remove the line break.`,
		}},
		{"prompt too long", script(top, phase("frame", "frame", "prompt: "+long(241))), []string{
			`8:5: the prompt of phase "frame" is 241 characters long: keep it to 240 at most, so it fits on the screen.`,
		}},
		{"a prompt on two lines is fine", script(top, phase("frame", "frame", "-prompt", "prompt: |", "+  One.", "+  Two.")), nil},
	})
}

func TestTimeboxRules(t *testing.T) {
	t.Parallel()
	with := func(timebox string) []byte { return script(top, phase("frame", "frame", "timebox: "+timebox)) }
	runRules(t, []rule{
		{"missing", script(top, phase("frame", "frame", "-timebox")), []string{
			`4:5: phase "frame" has no timebox: add a timebox: line, like 5m or 90s.`,
		}},
		{"empty", with(""), []string{`9:5: phase "frame" has no timebox: add a timebox: line, like 5m or 90s.`}},
		{"zero", with("0m"), []string{`9:5: timebox "0m" is zero: give the phase some time, like 5m or 90s.`}},
		{"a bare zero", with("0"), []string{`9:5: timebox 0 has no unit: write 0m for minutes or 0s for seconds.`}},
		{"negative", with("-4m"), []string{`9:5: timebox "-4m" is negative: give the phase some time, like 5m or 90s.`}},
		{"words", with("5 minutes"), []string{`9:5: timebox "5 minutes" is not a time: write it like 5m or 90s.`}},
		{"no unit", with("5"), []string{`9:5: timebox 5 has no unit: write 5m for minutes or 5s for seconds.`}},
		{"milliseconds", with("500ms"), []string{`9:5: timebox "500ms" is not a time: write it like 5m or 90s.`}},
		{"part of a second", with("1.5s"), []string{`9:5: timebox "1.5s" is not a whole number of seconds: write it like 90s.`}},
		{"hours for minutes", with("3h"), []string{
			`9:5: timebox "3h" is longer than two hours: keep each phase to 2h at most. Did you mean 3m?`,
		}},
		{"too long", with("150m"), []string{`9:5: timebox "150m" is longer than two hours: keep each phase to 2h at most.`}},
		{"two hours is fine", with("2h"), nil},
		{"seconds are fine", with("90s"), nil},
		{"minutes and seconds are fine", with("1m30s"), nil},
		{"a part of a minute is fine", with("1.5m"), nil},
	})
}
