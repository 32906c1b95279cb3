package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"trio/content"
	"trio/session"
)

// discussionPanel is the discussion round: each person argues for their
// position, the usual way, on purpose.
type discussionPanel struct {
	sh   *Shared
	form *composer
}

func newDiscussionPanel(sh *Shared, at writingPlace, phase content.Phase) *discussionPanel {
	return &discussionPanel{sh: sh, form: newComposer(sh, at,
		field{key: session.FieldPosition, label: "Your position", hint: "State it and argue for it. Keep it short.", multiline: true})}
}

func (p *discussionPanel) update(msg tea.Msg, c *roomCtx) tea.Cmd {
	if !p.form.typing() {
		return nil
	}
	action, cmd := p.form.update(msg)
	if action == composerSubmitted && c.do(session.StatePosition{Text: p.form.value(0)}) {
		p.form.clear()
	}
	return cmd
}

func (p *discussionPanel) view(c *roomCtx) string {
	p.form.setWidth(c.width - 2)
	positions := c.v.Newest(session.Position)
	list := func(h int) string {
		if !some(positions) {
			return c.sh.Styles.Muted.Render("No positions yet. Say what you would do, and why.")
		}
		return said(c, positions, c.width, h)
	}
	return stack(c, list, p.form.view(c.nudging()))
}

func (p *discussionPanel) keys(c *roomCtx) []key.Binding {
	if p.form.typing() {
		return []key.Binding{c.sh.Keys.Writing.Send, c.sh.Keys.Writing.Newline}
	}
	return nil
}

func (p *discussionPanel) action(c *roomCtx) (phaseAction, bool) { return phaseAction{}, false }
func (p *discussionPanel) writable(c *roomCtx) bool              { return true }
func (p *discussionPanel) typing() bool                          { return p.form.typing() }
func (p *discussionPanel) write(c *roomCtx) tea.Cmd              { return p.form.start() }
func (p *discussionPanel) stop()                                 { p.form.stop() }
func (p *discussionPanel) speakerChanged(c *roomCtx)             { p.form.switchSpeaker(c.me) }
func (p *discussionPanel) drafted() bool                         { return p.form.drafted() }
func (p *discussionPanel) editing() bool                         { return p.form.editing() }
func (p *discussionPanel) restyle(st Styles)                     { p.form.restyle(st) }
