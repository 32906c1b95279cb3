package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"trio/session"
	"trio/tui/draw"
)

// Every line of every phase of the sample session, in colour, at two
// sizes, measured both ways.
func TestWidthMeasuresEveryScreenLikeTheTerminalLibrary(t *testing.T) {
	t.Parallel()
	events := demoEvents(t)
	for cut := range events {
		if _, ok := events[cut].Body.(*session.PhaseChanged); !ok {
			continue
		}
		for _, size := range [][2]int{{80, 24}, {200, 60}} {
			d := newDriverFrom(t, size[0], size[1], events[:cut])
			d.send(openRoomMsg{code: events[0].Room})
			for _, line := range strings.Split(d.app.View().Content, "\n") {
				if got, want := draw.Width(line), ansi.StringWidth(line); got != want {
					t.Errorf("%q: draw.Width %d, ansi.StringWidth %d", line, got, want)
				}
			}
		}
	}
}
