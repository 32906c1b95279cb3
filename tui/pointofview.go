package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/content"
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

func (p *pointOfViewPanel) view(c *roomCtx) string {
	st := c.sh.Styles
	goal := pointOfViewGoal(c)
	draft, drafted := c.v.LatestDraft()
	if p.form.typing() || !p.form.form.empty() { // a version kept unsent shows too
		form := p.form.view(c, c.width)
		top := func(h int) string {
			lines := []string{ansi.Truncate(goal, c.width, "…")}
			if drafted && h > 1 {
				lines = append(lines, statementBlock(c, draft, "Latest:", c.width, h-1))
			}
			return strings.Join(lines, "\n")
		}
		return stack(c, top, form)
	}

	goalBlock := ansi.Wrap(goal, c.width, "")
	var hint string
	if drafted {
		hint = st.Muted.Render("Press enter, or type, to write the next version: it starts from this one.")
	} else {
		hint = st.Muted.Render("No draft yet. Press enter, or type, to write the first: what we believe, because, and how we will know we are wrong.")
	}
	hint = ansi.Wrap(hint, c.width, "")
	// A tall panel lists the versions one a line; a short one on a line.
	versions := statementVersions(c, c.width, max(1, min(len(c.v.Drafts)+1, c.height-16)))

	rest := c.height - lipgloss.Height(goalBlock) - 1 - lipgloss.Height(hint) - 1
	parts := []string{goalBlock, ""}
	if drafted {
		if versions != "" {
			rest -= lipgloss.Height(versions) + 1
		}
		parts = append(parts, statementBlock(c, draft, "", c.width, max(2, rest)), "")
		if versions != "" {
			parts = append(parts, versions, "")
		}
	}
	parts = append(parts, hint)
	return strings.Join(parts, "\n")
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
