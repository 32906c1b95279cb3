package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"trio/content"
	"trio/session"
	"trio/tui/draw"
)

// discussionPanel is the discussion round: each person argues for their
// position, the usual way, on purpose.
type discussionPanel struct {
	panelBase
	sh    *Shared
	form  *composer
	drawn draw.KeptLines
}

func newDiscussionPanel(sh *Shared, at writingPlace, phase content.Phase) panel {
	p := &discussionPanel{sh: sh, form: newComposer(sh, at,
		field{key: session.FieldPosition, label: "Your position", hint: "State it and argue for it. Keep it short.", multiline: true})}
	p.panelBase = holding(p.form)
	return p
}

func (p *discussionPanel) update(msg tea.Msg) tea.Cmd {
	c := p.room
	if !p.form.typing() {
		return nil
	}
	action, cmd := p.form.update(msg)
	if action == composerSubmitted && c.do(session.StatePosition{Text: p.form.value(0)}) {
		p.form.clear()
	}
	return cmd
}

func (p *discussionPanel) view() panelView {
	c := p.room
	p.form.setWidth(p.width - 2)
	positions := c.v.Newest(session.Position)
	newest := 0
	for x := range positions {
		newest = x.ID
		break
	}
	body := c.sh.Styles.Muted.Render("No positions yet. Say what you would do, and why.")
	if newest != 0 {
		body = strings.Join(said(c, p.area, &p.drawn, positions, "position"), "\n")
	}
	// A new position brings the newest into view, as a chat does, unless
	// the person scrolled up to read.
	return panelView{body: body, pinned: "\n" + p.form.view(c.nudging()), anchor: anchor{key: fmt.Sprint(newest), line: 1 << 20, follow: true}}
}

// readables are the positions, each whole.
func (p *discussionPanel) readables() ([]readable, int) {
	c := p.room
	return saidReadables(c, c.v.ContributionsOf(session.Position), "position"), -1
}

func (p *discussionPanel) helpKeys() []key.Binding {
	c := p.room
	if p.form.typing() {
		return []key.Binding{c.sh.Keys.Writing.Send, c.sh.Keys.Writing.Newline}
	}
	return nil
}

func init() {
	registerKind(content.KindDiscussion, kindPiece{panel: newDiscussionPanel, summary: []summarySection{{placeRounds, discussionSummary}}})
}

// discussionSummary is each position argued in the discussion round.
func discussionSummary(w *summaryWriter, doc session.Document) {
	w.saidSection("The discussion round", "Each person argued for their view, on purpose, the usual way.", doc.Discussion)
}
