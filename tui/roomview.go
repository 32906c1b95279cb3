package tui

import (
	"fmt"
	"strings"

	"trio/tui/draw"
)

// The room's layout: a header (question, stepper, timer), the purpose and
// prompt, then the people beside the phase's own area, then a status line.

// areaSize is the phase's own area, beside the sidebar.
func (r *roomScreen) areaSize() (int, int) {
	// Text is set no wider than a reader's eye follows, on a projector too.
	w := min(readingMeasure, r.sh.Width-sidebarWidth-3)
	h := r.sh.Height - 9 // header 5, rule 1, status 2, help 1
	return max(20, w), max(4, h)
}

func (r *roomScreen) view() string {
	st := r.sh.Styles
	c := r.ctx()
	width := r.sh.Width
	// The header and the sidebar change with the room, not with each key.
	header := r.drawnHeader.Of(fmt.Sprint(r.room.Code, r.room.Question, r.room.Phase, width, st.IsDark, r.timer()), func() string {
		return r.header(width)
	})
	sidebar := r.drawnSidebar.Of(r.sidebarKey(c), func() string {
		return draw.LeftColumn(r.sidebar(c), sidebarWidth, " "+st.Rule.Render("│")+" ", c.height)
	})
	// The area cuts what does not fit rather than wrapping it, so a panel
	// can never push the layout down.
	if r.reader != nil {
		// The reader takes the whole width, so a text wraps at the
		// terminal's width, not the area's.
		body := r.reader.view(st, width, c.height)
		return strings.Join([]string{header, st.Rule.Render(strings.Repeat("─", width)), body, r.status(width)}, "\n")
	}
	area := ""
	if r.menu != nil {
		area = r.menu.view(r.sh.Styles, "What would you like to do, "+c.myName()+"?", c.width, c.height)
	} else {
		area = r.scroll().view(st, r.panel().draw(c), c.width, c.height)
	}
	body := draw.Beside(sidebar, area, c.width)
	return strings.Join([]string{header, st.Rule.Render(strings.Repeat("─", width)), body, r.status(width)}, "\n")
}
