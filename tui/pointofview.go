package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"trio/content"
	"trio/tui/draw"
)

// pointOfViewPanel is the team point of view: the latest draft as one
// sentence, and three fields to write the next version from it.
type pointOfViewPanel struct {
	sh   *Shared
	form *statementForm
}

func newPointOfViewPanel(sh *Shared, at writingPlace, phase content.Phase) panel {
	return &pointOfViewPanel{sh: sh, form: newStatementForm(sh, at)}
}

func (p *pointOfViewPanel) update(msg tea.Msg, c *roomCtx) tea.Cmd {
	if !p.form.typing() {
		return nil
	}
	_, cmd := p.form.update(msg, c)
	return cmd
}

func (p *pointOfViewPanel) draw(c *roomCtx) panelView {
	st := c.sh.Styles
	goal := strings.Join(draw.Wrap(pointOfViewGoal(c), c.width), "\n")
	draft, drafted := c.v.LatestDraft()
	if p.form.typing() || !p.form.form.empty() { // a version kept unsent shows too
		parts := []string{goal}
		if drafted {
			parts = append(parts, statementBlock(c, draft, "Latest:", c.width))
		}
		if note := p.form.overtaken(c); note != "" {
			parts = append(parts, strings.Join(draw.Wrap(st.Notice.Render(note), c.width), "\n"))
		}
		top := rows(parts...)
		// The field being written is kept in sight as it grows.
		at := lipgloss.Height(top) + 1 + p.form.focusLine()
		return panelView{body: rows(top, "", p.form.view(c, c.width)), anchor: anchor{key: fmt.Sprint("field ", c.me, p.form.form.focus), line: at, keep: p.form.fieldLines()}}
	}

	var hint string
	if drafted {
		hint = st.Muted.Render("Press enter, or type, to write the next version: it starts from this one.")
	} else {
		hint = st.Muted.Render("No draft yet. Press enter, or type, to write the first: what we believe, because, and how we will know we are wrong.")
	}
	parts := []string{goal}
	if drafted {
		parts = append(parts, "", statementBlock(c, draft, "", c.width))
		if versions := statementVersions(c, c.width); versions != "" {
			parts = append(parts, "", versions)
		}
	}
	return panelView{body: rows(parts...), pinned: "\n" + strings.Join(draw.Wrap(hint, c.width), "\n"), anchor: anchor{key: fmt.Sprint("version ", draft.Version)}}
}

// readables are the shared goal and every version, whole.
func (p *pointOfViewPanel) readables(c *roomCtx) ([]readable, int) {
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

func (p *pointOfViewPanel) keys(c *roomCtx) []key.Binding {
	if p.form.typing() {
		return p.form.keys(c)
	}
	return nil
}

func (p *pointOfViewPanel) action(c *roomCtx) (phaseAction, bool) { return phaseAction{}, false }
func (p *pointOfViewPanel) writable(c *roomCtx) bool              { return true }
func (p *pointOfViewPanel) typing() bool                          { return p.form.typing() }
func (p *pointOfViewPanel) write(c *roomCtx) tea.Cmd              { return p.form.start(c) }
func (p *pointOfViewPanel) stop()                                 { p.form.stop() }
func (p *pointOfViewPanel) speakerChanged(c *roomCtx)             { p.form.speakerChanged(c.me) }
func (p *pointOfViewPanel) drafted() bool                         { return p.form.drafted() }
func (p *pointOfViewPanel) editing() bool                         { return p.form.editing() }
func (p *pointOfViewPanel) restyle(st Styles)                     { p.form.restyle(st) }
