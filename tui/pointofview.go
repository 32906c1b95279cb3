package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/content"
	"trio/session"
	"trio/tui/draw"
)

// pointOfViewPanel is the team point of view: the latest draft as one
// sentence, and three fields to write the next version from it.
type pointOfViewPanel struct {
	panelBase
	sh   *Shared
	form *statementForm
}

func newPointOfViewPanel(sh *Shared, at writingPlace, phase content.Phase) panel {
	p := &pointOfViewPanel{sh: sh, form: newStatementForm(sh, at)}
	p.panelBase = holding(p.form)
	return p
}

func (p *pointOfViewPanel) update(msg tea.Msg) tea.Cmd {
	c := p.room
	if !p.form.typing() {
		return nil
	}
	cmd := p.form.update(msg, c)
	return cmd
}

func (p *pointOfViewPanel) view() panelView {
	c := p.room
	st := c.sh.Styles
	goal := strings.Join(draw.Wrap(pointOfViewGoal(c), p.width), "\n")
	draft, drafted := c.v.LatestDraft()
	if p.form.typing() || !p.form.form.empty() { // a version kept unsent shows too
		parts := []string{goal}
		if drafted {
			parts = append(parts, statementBlock(c, draft, "Latest:", p.width))
		}
		if note := p.form.overtaken(c); note != "" {
			parts = append(parts, strings.Join(draw.Wrap(st.Notice.Render(note), p.width), "\n"))
		}
		top := rows(parts...)
		// The field being written is kept in sight as it grows.
		at := lipgloss.Height(top) + 1 + p.form.focusLine()
		return panelView{body: rows(top, "", p.form.view(c, p.width)), anchor: anchor{key: fmt.Sprint("field ", c.me, p.form.form.focus), line: at, keep: p.form.fieldLines()}}
	}

	var hint string
	if drafted {
		hint = st.Muted.Render("Press enter, or type, to write the next version: it starts from this one.")
	} else {
		hint = st.Muted.Render("No draft yet. Press enter, or type, to write the first: what we believe, because, and how we will know we are wrong.")
	}
	parts := []string{goal}
	if drafted {
		parts = append(parts, "", statementBlock(c, draft, "", p.width))
		if versions := statementVersions(c, p.width); versions != "" {
			parts = append(parts, "", versions)
		}
	}
	return panelView{body: rows(parts...), pinned: "\n" + strings.Join(draw.Wrap(hint, p.width), "\n"), anchor: anchor{key: fmt.Sprint("version ", draft.Version)}}
}

// readables are the shared goal and every version, whole.
func (p *pointOfViewPanel) readables() ([]readable, int) {
	c := p.room
	return append(statementReadables(c), readable{title: "The shared goal", text: c.v.Goal}), 0
}

// pointOfViewGoal is the goal the sentence starts from ("Given …"): the
// room's shared goal.
func pointOfViewGoal(c *roomCtx) string {
	st := c.sh.Styles
	if strings.TrimSpace(c.v.Goal) == "" {
		return st.Muted.Render("No shared goal yet: the sentence starts with what we believe.")
	}
	return st.Label.Render("Shared goal: ") + c.v.Goal
}

func (p *pointOfViewPanel) helpKeys() []key.Binding {
	c := p.room
	if p.form.typing() {
		return p.form.keys(c)
	}
	return nil
}

func (p *pointOfViewPanel) write() tea.Cmd { return p.form.start(p.room) }

func init() {
	registerKind(content.KindPointOfView, kindPiece{panel: newPointOfViewPanel, summary: []summarySection{
		{placeResult, pointOfViewSummary},
		{placeRounds, pointOfViewGrowth},
	}})
}

// pointOfViewSummary is the team's point of view, the result, first.
func pointOfViewSummary(w *summaryWriter, doc session.Document) {
	w.heading("Team point of view")
	if pov := doc.PointOfView; pov != nil {
		pointOfViewBox(w, *pov)
		w.wrapped(w.st.Muted, "", fmt.Sprintf("Version %d, by %s. %s", pov.Version, pov.By, doc.ConsentOn(pov.Version)))
	} else {
		w.wrapped(w.st.Muted, "", "Not drafted yet: the trio writes it together in Team point of view.")
	}
}

// pointOfViewGrowth is every version of the point of view, when there was
// more than one.
func pointOfViewGrowth(w *summaryWriter, doc session.Document) {
	if len(doc.Drafts) <= 1 {
		return
	}
	w.heading("How the point of view grew")
	for _, d := range doc.Drafts {
		note := ""
		if d.Amends > 0 {
			note = fmt.Sprintf(", answering round %d", d.Amends)
		}
		w.item(fmt.Sprintf("• Version %d by %s%s: ", d.Version, w.name(d.By), note), draw.Ink{}, d.Sentence())
	}
}

// pointOfViewBox draws the latest draft in a box, clause by clause.
func pointOfViewBox(w *summaryWriter, d session.DraftDoc) {
	inner := w.width - 4 // border and padding
	labelW := 12
	var lines []string
	clause := func(label, text string) {
		if strings.TrimSpace(text) == "" {
			return
		}
		for i, l := range strings.Split(ansi.Wrap(text, max(10, inner-labelW), ""), "\n") {
			head := strings.Repeat(" ", labelW)
			if i == 0 {
				head = w.st.Label.Render(label) + strings.Repeat(" ", labelW-lipgloss.Width(label))
			}
			lines = append(lines, head+w.st.Strong.Render(l))
		}
	}
	clause("Given", strings.TrimSpace(d.Given))
	clause("We believe", d.Believe)
	clause("Because", d.Because)
	clause("Wrong if", d.WrongIf)
	box := w.st.CardFocus.Width(w.width).Render(strings.Join(lines, "\n"))
	w.lines = append(w.lines, strings.Split(box, "\n")...)
}
