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
	w := min(readingMeasure, r.width-sidebarWidth-3)
	h := r.height - 9 // header 5, rule 1, status 2, help 1
	return max(20, w), max(4, h)
}

func (r *roomScreen) view() string {
	st := r.sh.Styles
	p, c := r.current()
	width := r.width
	w, h := r.areaSize()
	// The header and the sidebar change with the room, not with each key.
	header := r.drawnHeader.Of(fmt.Sprint(r.room.Code, r.room.Question, r.room.Phase, width, st.IsDark, r.timer()), func() string {
		return r.header(width)
	})
	sidebar := r.drawnSidebar.Of(r.sidebarKey(), func() string {
		return draw.LeftColumn(r.sidebar(c), sidebarWidth, " "+st.Rule.Render("│")+" ", h)
	})
	// The area cuts what does not fit rather than wrapping it, so a panel
	// can never push the layout down.
	if r.reader != nil {
		// The reader takes the whole width, so a text wraps at the
		// terminal's width, not the area's.
		body := r.reader.view(st, width, h)
		return strings.Join([]string{header, st.Rule.Render(strings.Repeat("─", width)), body, r.status(width)}, "\n")
	}
	area := ""
	if r.menu != nil {
		area = r.menu.view(r.sh.Styles, "What would you like to do, "+c.myName()+"?", w, h)
	} else {
		area = r.scroll().view(st, p.view(), w, h)
	}
	body := r.columns.Beside(sidebar, area, w)
	return strings.Join([]string{header, st.Rule.Render(strings.Repeat("─", width)), body, r.status(width)}, "\n")
}
