package tui

import (
	"fmt"
	"strings"

	"trio/session"
	"trio/tui/draw"
)

// The projector's layout: the question, the phase with its purpose and
// prompt, the clock in block digits, then one card or the point of view,
// in a column of at most projectorColumn cells with wide margins.
const (
	projectorColumn = 100
	projectorMargin = 4
)

func (p *projectorScreen) view() string {
	w := p.shown()
	if w == nil {
		return p.overviewView()
	}
	v := w.view()
	st := p.sh.Styles
	col := p.column()
	top := 1
	if p.height >= 40 {
		top = 2
	}
	question := v.Question
	if w.private() {
		question = w.question // the coach's, not the trio's
	}
	lines := make([]string, top)
	lines = append(lines, firstLines(st.Title, question, col, 2)...)
	lines = append(lines, "", p.tableOf(w)+p.phaseLine(v))
	phase := v.CurrentPhase()
	lines = append(lines, firstLines(st.Muted, "Why: "+phase.Purpose, col, 2)...)
	lines = append(lines, firstLines(st.Prompt, phase.Prompt, col, 3)...)
	lines = append(lines, "")
	clock := projectorClock(st, v.Timer, phase.Timebox, p.sh.Now())
	for _, l := range draw.BlockText(clock.digits, clockScale(clock.digits, col, p.height)) {
		lines = append(lines, centered(clock.ink.Render(l), draw.Width(l), col))
	}
	lines = append(lines, centered(clock.ink.Render(clock.words), draw.Width(clock.words), col), "")
	// The footer takes the last line.
	lines = append(lines, p.slideLines(v, col, p.height-1-len(lines))...)
	return p.centerColumn(lines, col)
}

// column is the width of the projector's column of text.
func (p *projectorScreen) column() int {
	return max(10, min(p.width-2*projectorMargin, projectorColumn))
}

// centerColumn sets a column of lines in the middle of the screen.
func (p *projectorScreen) centerColumn(lines []string, col int) string {
	margin := strings.Repeat(" ", max(0, (p.width-col)/2))
	for i, l := range lines {
		if l != "" {
			lines[i] = margin + l
		}
	}
	return strings.Join(lines, "\n")
}

// tableOf names a workshop's table before its phase: "Table 2 · ".
func (p *projectorScreen) tableOf(w *watchedRoom) string {
	if w.table == 0 {
		return ""
	}
	return p.sh.Styles.Muted.Render(fmt.Sprintf("Table %d · ", w.table))
}

// phaseLine is "Phase 5 of 12 · Reveal round".
func (p *projectorScreen) phaseLine(v session.View) string {
	st := p.sh.Styles
	return st.Muted.Render(fmt.Sprintf("Phase %d of %d · ", v.Phase+1, len(v.Script.Phases))) + st.Accent.Render(v.CurrentPhase().Title)
}

// slideLines draws the slide on screen in at most height lines, saying
// where it is among the others and when it is cut short.
func (p *projectorScreen) slideLines(v session.View, width, height int) []string {
	w := p.shown()
	if w.private() && height >= 1 {
		return firstLines(p.sh.Styles.Muted, fmt.Sprintf("Table %d locked its room: what they write stays with them.", w.table), width, height)
	}
	var on *slide
	slides := w.slides(v)
	for i := range slides {
		if slides[i].id == w.at {
			on = &slides[i]
		}
	}
	if on == nil || height < 1 {
		return nil
	}
	st := p.sh.Styles
	lines := on.draw(p.ctx(v), width)
	if on.where != "" {
		where := st.Muted.Render(on.where)
		if gap := width - draw.Width(lines[0]) - draw.Width(where); gap >= 2 {
			lines[0] += strings.Repeat(" ", gap) + where
		} else {
			lines = append([]string{where}, lines...)
		}
	}
	if len(lines) > height {
		lines = append(lines[:max(0, height-1)], st.Muted.Render(draw.Truncate("… more than fits here: a larger window shows it all", width, "…")))
	}
	return lines
}

// ctx is the room as a panel would draw it for nobody in particular: the
// card and point-of-view drawings are the room's own. Nothing it offers
// can act.
func (p *projectorScreen) ctx(v session.View) *roomCtx {
	never := func(session.Command) bool { return false }
	return &roomCtx{
		sh: p.sh, v: v, phase: v.CurrentPhase(), me: session.Nobody,
		do: never, facilitate: never, speakAs: func(session.ParticipantID) {},
		typing: func(session.ParticipantID) bool { return false },
	}
}

// firstLines wraps text to width in ink, keeping at most n lines; the last
// of them ends in "…" when there was more.
func firstLines(ink draw.Ink, text string, width, n int) []string {
	wrapped := draw.Wrap(text, width)
	if len(wrapped) > n {
		rest := strings.Join(wrapped[n-1:], " ")
		wrapped = append(wrapped[:n-1], draw.Truncate(rest, width, "…"))
	}
	for i, l := range wrapped {
		wrapped[i] = ink.Render(l)
	}
	return wrapped
}

// centered puts a line of the given width in the middle of a column.
func centered(line string, lineWidth, width int) string {
	return strings.Repeat(" ", max(0, (width-lineWidth)/2)) + line
}
