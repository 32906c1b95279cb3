package tui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
)

// stepper shows where the room is and what comes next, in words and
// marks, not colour alone.
func (r *roomScreen) stepper(width int) string {
	st := r.sh.Styles
	phases := r.room.Script.Phases
	now := fmt.Sprintf("Phase %d of %d: ", r.room.Phase+1, len(phases))
	line := st.Muted.Render(now) + st.Accent.Render(r.room.CurrentPhase().Title)
	if next, ok := r.room.NextPhase(); ok {
		line += st.Muted.Render("  ·  next: " + next.Title)
	} else {
		line += st.Muted.Render("  ·  the last one")
	}
	// Wide terminals also get the marks: ● done, ◉ now, ○ to come.
	var marks strings.Builder
	for i := range phases {
		switch {
		case i < r.room.Phase:
			marks.WriteString("●")
		case i == r.room.Phase:
			marks.WriteString("◉")
		default:
			marks.WriteString("○")
		}
	}
	if lipgloss.Width(line)+len(phases)+2 <= width {
		line = st.Accent.Render(marks.String()) + "  " + line
	}
	return line
}
