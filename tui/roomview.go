package tui

import (
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

func (r *roomScreen) view() string { return strings.Join(r.viewLines(), "\n") }

// viewLines is the room's screen, line by line: it is drawn on every key
// and every change, and the app puts the lines together and joins them
// once.
func (r *roomScreen) viewLines() []string {
	st := r.sh.Styles
	p, c := r.current()
	width := r.width
	w, h := r.areaSize()
	// The header and the sidebar change with the room, not with each key.
	timer := r.timer()
	header := r.drawnHeader.Of(headerOf{r.room.Code, r.room.Question, r.room.Phase, width, st.IsDark, timer}, func() string {
		return r.header(width)
	})
	sidebar := r.drawnSidebar.Of(r.sidebarKey(), func() []string {
		return strings.Split(draw.LeftColumn(r.sidebar(c), sidebarWidth, " "+st.Rule.Render("│")+" ", h), "\n")
	})
	lines := append(strings.Split(header, "\n"), st.Rule.Render(strings.Repeat("─", width)))
	// The area cuts what does not fit rather than wrapping it, so a panel
	// can never push the layout down.
	switch {
	case r.reader != nil:
		// The reader takes the whole width, so a text wraps at the
		// terminal's width, not the area's.
		lines = append(lines, strings.Split(r.reader.view(st, width, h), "\n")...)
	case r.menu != nil:
		area := r.menu.view(r.sh.Styles, "What would you like to do, "+c.myName()+"?", w, h)
		lines = append(lines, r.columns.Beside(sidebar, strings.Split(area, "\n"), w)...)
	default:
		v := p.view()
		v.undrawn = c.undrawn
		area := r.scroll().viewLines(st, v, w, h)
		lines = append(lines, r.columns.Beside(sidebar, area, w)...)
	}
	return append(lines, strings.Split(r.status(width), "\n")...)
}

// headerOf is what the room's header shows.
type headerOf struct {
	code, question string
	phase, width   int
	dark           bool
	timer          string
}
