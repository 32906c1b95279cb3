package session

import "testing"

// TestABuildReadsAsASentenceWhateverItsFieldsStartWith: people start the
// yes with "Yes:" and the and with "And", as the labels say; the sentence
// says each once.
func TestABuildReadsAsASentenceWhateverItsFieldsStartWith(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ yes, and, want string }{
		{"Yes: slicing the rebuild makes it safe.", "And the first slice could be the invite.",
			"yes, slicing the rebuild makes it safe, and the first slice could be the invite."},
		{"yes, slicing helps", "and also we learn sooner", "yes, slicing helps, and we learn sooner"},
		{"YES!! the invite is where people stop", "AND we could measure it", "yes, the invite is where people stop, and we could measure it"},
		{"Yesterday's numbers show it", "anything we ship teaches us", "yes, yesterday's numbers show it, and anything we ship teaches us"},
		{"KPI thinking is right", "I would add a second one", "yes, KPI thinking is right, and I would add a second one"},
		{"Yes.", "", "yes, yes"},
		{"the first board matters", "", "yes, the first board matters"},
	} {
		if got := (Build{Yes: tc.yes, And: tc.and}).Sentence(); got != tc.want {
			t.Errorf("yes %q and %q:\n got %q\nwant %q", tc.yes, tc.and, got, tc.want)
		}
	}
}

// TestAPointOfViewReadsAsASentenceWhateverItsFieldsStartWith: "We believe
// we should…" in the believe field is said once.
func TestAPointOfViewReadsAsASentenceWhateverItsFieldsStartWith(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		d    PointOfViewDraft
		want string
	}{
		{PointOfViewDraft{Given: "Given that new teams stall", Believe: "We believe we should fix the invite first.",
			Because: "Because that is where teams stall.", WrongIf: "We will know we are wrong if boards do not rise."},
			"Given new teams stall, we believe we should fix the invite first, because that is where teams stall; we will know we are wrong if boards do not rise."},
		{PointOfViewDraft{Believe: "we believe that slicing works", WrongIf: "If nobody finishes the first slice"},
			"We believe slicing works; we will know we are wrong if nobody finishes the first slice."},
		{PointOfViewDraft{Believe: "We’ll ship it in parts", Because: "since each part teaches us", WrongIf: "wrong if: the parts never add up"},
			"We believe we’ll ship it in parts, because each part teaches us; we will know we are wrong if the parts never add up."},
		{PointOfViewDraft{Believe: "Because-driven design is the way"}, "We believe because-driven design is the way."},
	} {
		if got := tc.d.Sentence(); got != tc.want {
			t.Errorf("%+v:\n got %q\nwant %q", tc.d, got, tc.want)
		}
	}
}

// TestPartsOfSeveralSentencesKeepThem: a yes or a belief written in several
// sentences is not run into the next part.
func TestPartsOfSeveralSentencesKeepThem(t *testing.T) {
	t.Parallel()
	build := Build{Yes: "Yes, a clear number puts us all on the table. It explains the funnel.", And: "And we could instrument it this week."}
	if got, want := build.Sentence(), "yes, a clear number puts us all on the table. It explains the funnel. And we could instrument it this week."; got != want {
		t.Errorf("build:\n got %q\nwant %q", got, want)
	}
	d := PointOfViewDraft{Believe: "We should fix the three steps first. We plan the second slice after.",
		Because: "The funnel shows where teams stop", WrongIf: "activation does not rise"}
	if got, want := d.Sentence(), "We believe we should fix the three steps first. We plan the second slice after. Because the funnel shows where teams stop; we will know we are wrong if activation does not rise."; got != want {
		t.Errorf("point of view:\n got %q\nwant %q", got, want)
	}
}
