package content

import "testing"

func TestListRules(t *testing.T) {
	t.Parallel()
	frame := phase("frame", "frame")
	checkIn := phase("in", "check-in")
	runRules(t, []rule{
		{"an empty agreement", script(lines("agreements:", "  - Be curious.", "  -"), top, frame), []string{
			"3:4: agreement 2 is empty: write it out, or remove the line.",
		}},
		{"an agreement twice", script(lines("agreements:", "  - Be curious.", "  - be curious."), top, frame), []string{
			"3:5: agreement 2 is the same as the one at line 2: remove one of them.",
		}},
		{"an agreement too long", script(lines("agreements:", "  - "+long(101)), top, frame), []string{
			"2:5: agreement 1 is 101 characters long: keep it to 100 at most, so it fits on the screen.",
		}},
		{"too many agreements", script(lines("agreements: ["+join(numbered("rule ", 9))+"]"), top, frame), []string{
			"1:1: there are 9 agreements: keep it to 8 at most, so people can take them in.",
		}},
		{"no agreements for a check-in", script(lines("agreements: []"), top, checkIn), []string{
			"1:1: the agreements: list is empty, but the check-in phase asks people to accept them: " +
				"add a few, or remove the agreements: line to use the usual ones.",
		}},
		{"no agreements without a check-in is fine", script(lines("agreements: []"), top, frame), nil},
		{"a prompt card twice", script(lines("prompt_cards:", "  - Why?", "  - Why?"), top, frame), []string{
			"3:5: prompt card 2 is the same as the one at line 2: remove one of them.",
		}},
		{"a prompt card too long", script(lines("prompt_cards:", "  - "+long(101)), top, frame), []string{
			"2:5: prompt card 1 is 101 characters long: keep it to 100 at most, so it fits on the screen.",
		}},
		{"too many prompt cards", script(lines("prompt_cards: ["+join(numbered("why ", 41))+"]"), top, frame), []string{
			"1:1: there are 41 prompt cards: keep it to 40 at most, so people can take them in.",
		}},
		{"no prompt cards is fine", script(lines("prompt_cards: []"), top, frame), nil},
	})
}

func TestCueRules(t *testing.T) {
	t.Parallel()
	frame := phase("frame", "frame")
	cues := func(l ...string) []byte { return script(top, frame, lines("cues:"), l) }
	runRules(t, []rule{
		{"no id", cues("  - phrases: [we should]", "    suggestion: Try what if."), []string{
			"11:5: cue 1 has no id: add an id: line, like id: we-should.",
		}},
		{"id not an id", cues("  - id: We Should", "    phrases: [we should]", "    suggestion: Try what if."), []string{
			`11:5: cue id "We Should" should be lowercase letters, digits and hyphens, like "we-should".`,
		}},
		{"id used twice", cues(
			"  - id: should", "    phrases: [we should]", "    suggestion: Try what if.",
			"  - id: should", "    phrases: [you should]", "    suggestion: Try what if."), []string{
			`14:5: cue id "should" is already used by the cue at line 11: give each cue its own id.`,
		}},
		{"no phrases", cues("  - id: should", "    suggestion: Try what if."), []string{
			`11:5: cue "should" has no phrases: list the words to notice under phrases:, like - we should.`,
		}},
		{"phrases empty", cues("  - id: should", "    phrases: []", "    suggestion: Try what if."), []string{
			`12:5: cue "should" has no phrases: list the words to notice under phrases:, like - we should.`,
		}},
		{"an empty phrase", cues("  - id: should", "    phrases: [we should, '']", "    suggestion: Try what if."), []string{
			`12:26: phrase 2 of cue "should" is empty: write it out, or remove the line.`,
		}},
		{"a phrase with no words", cues("  - id: should", "    phrases: ['?!']", "    suggestion: Try what if."), []string{
			`12:15: phrase 1 of cue "should" has no words in it: a cue is noticed by its words, like "we should".`,
		}},
		{"a phrase too long", cues("  - id: should", "    phrases: ["+long(41)+"]", "    suggestion: Try what if."), []string{
			`12:15: phrase 1 of cue "should" is 41 characters long: keep it to 40 at most, so it fits on the screen.`,
		}},
		{"too many phrases", cues("  - id: should", "    phrases: ["+join(numbered("should", 21))+"]", "    suggestion: Try."), []string{
			`12:5: cue "should" has 21 phrases: keep it to 20 at most, or split it into two cues.`,
		}},
		{"a phrase in two cues", cues(
			"  - id: should", "    phrases: [we should]", "    suggestion: Try what if.",
			"  - id: must", "    phrases:", "      - we must", "      - We Should", "    suggestion: Try what if."), []string{
			`17:9: phrase "we should" is already in the cue at line 11: list each phrase once.`,
		}},
		{"no suggestion", cues("  - id: should", "    phrases: [we should]"), []string{
			`11:5: cue "should" has no suggestion: add a suggestion: line saying a kinder way to say it.`,
		}},
		{"a suggestion too long", cues("  - id: should", "    phrases: [we should]", "    suggestion: "+long(121)), []string{
			`13:5: the suggestion of cue "should" is 121 characters long: keep it to 120 at most, so it fits on the screen.`,
		}},
		{"misspelt key", cues("  - id: should", "    phrase: [we should]", "    suggestion: Try what if."), []string{
			`12:5: unknown key "phrase" in cue "should": did you mean "phrases"?`,
		}},
		{"not a set of keys", cues("  - we should"), []string{
			"11:5: cue 1 should be a set of keys (id:, phrases:, suggestion:), but it is text.",
		}},
		{"no cues is fine", script(top, frame, lines("cues: []")), nil},
	})
}

func join(words []string) string {
	out := ""
	for i, w := range words {
		if i > 0 {
			out += ", "
		}
		out += w
	}
	return out
}
