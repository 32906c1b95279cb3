package tui

import (
	"testing"

	"trio/tui/draw"
)

// A line cut for its room fills it, and a cut that falls on a space does
// not leave two before the key that reads the line whole.
func TestACutLineFillsItsRoomAndSaysWhereToReadIt(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ text, want string }{
		{"What should we do about the new teams who drop out", "What should we do … ctrl+t"},
		{"Shall we rebuild onboarding today?", "Shall we rebuild o … ctrl+t"},
		{"Should we rebuild it?", "Should we rebuild it?"},
	} {
		got := cutWithReader(tc.text, 27)
		if got != tc.want || draw.Width(got) > 27 {
			t.Errorf("cutWithReader(%q, 27) = %q (%d cells), want %q", tc.text, got, draw.Width(got), tc.want)
		}
	}
}
