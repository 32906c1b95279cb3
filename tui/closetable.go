package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"trio/session"
)

// The close's table: for each side of the contrast, each person's figures
// in that side's phases, and the side's sum under them.
const (
	closeNameWidth = 10
	closeSideWidth = 21 // said 5, asked 6, cues 5, air 5
	closeSideGap   = 2
)

// closeTable sets the people of the trio beside the contrast, side by
// side, so that each "All" row is the sum of the rows above it. It is
// left out when the panel is too narrow to show it whole.
func closeTable(c *roomCtx, ct session.Contrast, width int) string {
	st := c.sh.Styles
	sides := ct.Sides()
	if width < closeNameWidth+len(sides)*(closeSideWidth+closeSideGap) {
		return ""
	}
	// The names take what the figures leave, up to the longest of them.
	names := closeNameWidth
	for _, person := range sides[0].People {
		names = max(names, ansi.StringWidth(person.Name)+1)
	}
	names = min(names, width-len(sides)*(closeSideWidth+closeSideGap))
	cells := func(name string, side func(session.NamedSide) string) string {
		line := closePad(name, names)
		for _, s := range sides {
			line += strings.Repeat(" ", closeSideGap) + side(s)
		}
		return line
	}
	lines := []string{
		st.Label.Render(cells("", func(s session.NamedSide) string { return fmt.Sprintf("%*s", closeSideWidth, s.Name) })),
		st.Muted.Render(cells("", func(session.NamedSide) string { return "said asked  cues  air" })),
	}
	for i, person := range sides[0].People {
		lines = append(lines, cells(person.Name, func(s session.NamedSide) string {
			p := s.People[i]
			return closeFigures(p.Figures, p.AirtimeText())
		}))
	}
	lines = append(lines, st.Label.Render(cells("All", func(s session.NamedSide) string {
		return closeFigures(s.Figures, "")
	})))
	return strings.Join(lines, "\n")
}

func closeFigures(f session.Figures, airtime string) string {
	return fmt.Sprintf("%4d %5d %5d %4s", f.Contributions, f.Questions, f.Cues, airtime)
}

// closePad fits a name to a column: cut with "…" when long, padded when
// short.
func closePad(name string, width int) string {
	name = ansi.Truncate(name, width-1, "…")
	return name + strings.Repeat(" ", width-ansi.StringWidth(name))
}
