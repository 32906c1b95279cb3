package tui

import (
	"fmt"
	"strings"
	"testing"
)

// TestTheSummaryHoldsEveryTextWhole pages through the summary of the long
// sample session at 80x24 and 64x20: every text anyone wrote is in it from
// its first word to its last.
func TestTheSummaryHoldsEveryTextWhole(t *testing.T) {
	t.Parallel()
	long := longSession(t)
	for _, size := range [][2]int{{80, 24}, {64, 20}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			t.Parallel()
			d := newDriverFrom(t, size[0], size[1], long.events)
			d.send(summaryMsg{code: long.events[0].Room})
			var seen strings.Builder
			for range 1000 {
				seen.WriteString(d.screen())
				fitsTheScreen(t, d, size[0], size[1])
				if d.app.summary.vp.AtBottom() {
					break
				}
				d.press("pgdown")
			}
			flat := strings.Join(strings.Fields(seen.String()), " ")
			for what, marks := range long.marks {
				for _, m := range marks {
					if m.n == 0 {
						continue // a version's own count, not a text
					}
					for _, mark := range []string{fmt.Sprintf("<<%d ", m.n), fmt.Sprintf(" %d>>", m.n)} {
						if !strings.Contains(flat, mark) {
							t.Errorf("%s %d: %q is on no page of the summary", what, m.n, strings.TrimSpace(mark))
						}
					}
				}
			}
		})
	}
}
