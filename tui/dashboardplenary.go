package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"trio/session"
	"trio/tui/draw"
)

// plenaryWidth is the most columns the plenary's text takes: lines longer
// than that are hard to read on a shared screen.
const plenaryWidth = 100

// showPlenary opens the plenary on the dashboard: every trio's point of
// view side by side, as the plenary export has it, scrolled.
func (d *dashboardScreen) showPlenary() {
	doc, err := d.sh.Hub.Plenary(d.code, d.sh.Coach)
	if err != nil {
		d.notice = alarm(reasonFor(err))
		return
	}
	vp := viewport.New()
	d.plenary, d.plenaryDoc, d.notice = &vp, &doc, notice{}
	d.sizePlenary()
}

func (d *dashboardScreen) setSize(width, height int) {
	d.area.setSize(width, height)
	d.sizePlenary()
}

// sizePlenary fits the plenary to the screen under the header, its text
// wrapped afresh.
func (d *dashboardScreen) sizePlenary() {
	if d.plenary == nil {
		return
	}
	w := min(d.width, plenaryWidth)
	d.plenary.SetWidth(w)
	d.plenary.SetContent(strings.Join(plenaryLines(d.sh.Styles, *d.plenaryDoc, w), "\n"))
}

// plenaryLines are the trios' results one under the other, each whole:
// its question, shared goal, team point of view and consent, and how its
// dialogue compared with its discussion.
func plenaryLines(st *Styles, doc session.WorkshopDocument, w int) []string {
	plain := draw.NewInk(st.Text, nil, false)
	lines := []string{st.Title.Render("The plenary: every trio's point of view"), ""}
	field := func(label, text string) {
		if text == "" {
			text = "–"
		}
		lines = append(lines, markedLines(plain, label+": ", text, w)...)
	}
	for _, t := range doc.Trios {
		lines = append(lines, st.Strong.Render(fmt.Sprintf("Trio %d", t.Table)))
		field("Question", t.Room.Question)
		field("Shared goal", t.Room.SharedGoal)
		field("Point of view", t.PointOfView)
		field("Consent", t.Consent)
		field("Dialogue and discussion", t.Room.Metrics.Contrast.Reading.Summary)
		lines = append(lines, "")
	}
	if len(doc.Trios) == 0 {
		lines = append(lines, st.Muted.Render("No trio has a room yet."))
	}
	return lines
}

// plenaryKey scrolls the plenary, or closes it.
func (d *dashboardScreen) plenaryKey(msg tea.KeyPressMsg) {
	k := d.sh.Keys.Summary
	switch {
	case matches(msg, d.sh.Keys.Reader.Close) || matches(msg, k.Back):
		d.plenary, d.plenaryDoc = nil, nil
	default:
		scrollViewport(d.plenary, k, msg)
	}
}

// plenaryView is the plenary's window, height lines in all with a last
// line that says where in it the screen is.
func (d *dashboardScreen) plenaryView(height int) []string {
	d.plenary.SetHeight(max(1, height-1))
	where := "↓ more below: ↑/↓, pgup/pgdn read on"
	if d.plenary.AtBottom() {
		where = "the end · the menu's Export writes it as Markdown and JSON files"
	}
	return []string{d.plenary.View(), d.sh.Styles.Muted.Render(draw.Truncate(where, d.width, "…"))}
}
