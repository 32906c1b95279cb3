package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"trio/content"
	"trio/session"
	"trio/tui/draw"
)

// framePanel is the frame: the tension turned into one question, and a
// first draft of the goal everyone shares, one level up.
type framePanel struct {
	panelBase
	sh   *Shared
	form *composer
	// base is what the fields started from (the room's question and goal),
	// so a field left as it was is not kept as a draft.
	base [2]string
	note string
}

const (
	frameQuestion = iota
	frameGoal
)

func newFramePanel(sh *Shared, at writingPlace, phase content.Phase) panel {
	p := &framePanel{sh: sh, form: newComposer(sh, at,
		field{key: session.FieldQuestion, label: "The question", hint: "What should we do about …?"},
		field{key: session.FieldGoal, label: "The shared goal, one level up", hint: "What do we all want, above our own views?"})}
	p.panelBase = holding(p.form)
	return p
}

func (p *framePanel) update(msg tea.Msg, c *roomCtx) tea.Cmd {
	if !p.form.typing() {
		// Tab chooses which of the two the first letter rewords.
		if k, ok := msg.(tea.KeyPressMsg); ok && matches(k, c.sh.Keys.Writing.NextField) {
			return p.form.focusField(p.form.focus + 1)
		}
		return nil
	}
	action, cmd := p.form.update(msg)
	switch action {
	case composerSubmitted:
		p.send(c)
	case composerStopped:
		p.forgetUnchanged()
	case composerTyped:
		p.note = ""
	}
	return cmd
}

// send sends whichever of the two the person changed from where they
// started; one left as it was is never sent, so it cannot undo another
// person's rewording that came meanwhile. A refusal keeps every word.
func (p *framePanel) send(c *roomCtx) {
	p.follow(c)
	question, goal := p.form.value(frameQuestion), p.form.value(frameGoal)
	changed := func(i int, now, room string) bool {
		return strings.TrimSpace(now) != strings.TrimSpace(p.base[i]) && strings.TrimSpace(now) != room
	}
	newQuestion, newGoal := changed(frameQuestion, question, c.v.Question), changed(frameGoal, goal, c.v.Goal)
	if !newQuestion && !newGoal {
		p.note = "Nothing has changed yet: reword the question or the goal, then press enter."
		return
	}
	if newQuestion && !c.do(session.SetQuestion{Text: question}) {
		return
	}
	if newGoal && !c.do(session.SetGoal{Text: goal}) {
		return
	}
	p.note = ""
	p.form.clear()
	p.form.stop()
}

// fill starts empty fields from the room's question and goal.
func (p *framePanel) fill(c *roomCtx) {
	p.base = [2]string{c.v.Question, c.v.Goal}
	for i, now := range p.base {
		if strings.TrimSpace(p.form.value(i)) == "" {
			p.form.setValue(i, now)
		}
	}
}

// follow brings a field the person has not touched up to the room's
// wording, when someone else reworded it meanwhile.
func (p *framePanel) follow(c *roomCtx) {
	for i, now := range [2]string{c.v.Question, c.v.Goal} {
		if p.base[i] != now && strings.TrimSpace(p.form.value(i)) == strings.TrimSpace(p.base[i]) {
			p.form.setValue(i, now)
			p.base[i] = now
		}
	}
}

// forgetUnchanged empties the fields nobody changed: only real edits stay
// as someone's draft.
func (p *framePanel) forgetUnchanged() {
	for i, was := range p.base {
		if strings.TrimSpace(p.form.value(i)) == strings.TrimSpace(was) {
			p.form.clear(i)
		}
	}
}

func (p *framePanel) draw(c *roomCtx) panelView {
	st := c.sh.Styles
	p.form.setWidth(c.width - 2)
	if p.form.typing() {
		p.follow(c)
	}
	wrap := func(s string) string { return strings.Join(draw.Wrap(s, c.width), "\n") }

	bottom := st.Muted.Render("Press enter, or type, to reword them, " + c.myName() + ".")
	if !p.form.empty() {
		bottom = st.Notice.Render("Your rewording is kept unsent, " + c.myName() + ": press enter to go on with it.")
	}
	if p.form.typing() {
		bottom = st.Muted.Render("Enter sends what you changed.")
	}
	if p.note != "" {
		bottom = st.Notice.Render(p.note)
	}
	bottom = wrap(bottom)

	var parts []string
	if !p.form.typing() {
		goal := st.Muted.Render(wrap("Not written yet. What do we all want, one level above our own views?"))
		if c.v.Goal != "" {
			goal = wrap(c.v.Goal)
		}
		// The one a letter would reword is named before the first letter.
		label := func(i int) string {
			if i == p.form.focus {
				return st.Accent.Render("▹ ") + st.Label.Render(p.form.fields[i].label) + st.Muted.Render(" · type to reword")
			}
			return st.Label.Render(p.form.fields[i].label)
		}
		parts = append(parts, label(frameQuestion), wrap(c.v.Question), "", label(frameGoal), goal)
	}
	if len(c.v.Goals) > 0 {
		if len(parts) > 0 {
			parts = append(parts, "")
		}
		parts = append(parts, p.goals(c))
	}
	pinned := "\n" + bottom
	if p.form.typing() {
		pinned = "\n" + p.form.view(c.nudging()) + pinned
	}
	return panelView{body: rows(parts...), pinned: pinned}
}

// goals lists the wordings of the goal so far, newest last, each whole:
// wordings that start alike differ further on, and that must show.
func (p *framePanel) goals(c *roomCtx) string {
	st := c.sh.Styles
	lines := []string{st.Label.Render("Wordings of the goal so far")}
	for _, g := range c.v.Goals {
		lines = append(lines, draw.Hang(c.name(g.Author)+": ", g.Text, c.width)...)
	}
	return strings.Join(lines, "\n")
}

// readables are the question, the goal and its wordings, to read whole.
func (p *framePanel) readables(c *roomCtx) ([]readable, int) {
	out := []readable{{title: "The shared goal", text: c.v.Goal}}
	for _, g := range c.v.Goals {
		out = append(out, readable{title: "A wording of the goal · by " + c.v.Name(g.Author), text: g.Text})
	}
	return out, -1
}

func (p *framePanel) keys(c *roomCtx) []key.Binding {
	next := relabel(c.sh.Keys.Writing.NextField, "question ⇄ goal")
	if p.form.typing() {
		return []key.Binding{relabel(c.sh.Keys.Writing.Send, "send what you changed"), next}
	}
	return []key.Binding{next}
}

func (p *framePanel) write(c *roomCtx) tea.Cmd {
	p.fill(c)
	return p.form.start()
}

func (p *framePanel) stop() {
	p.form.stop()
	p.forgetUnchanged()
}

func (p *framePanel) speakerChanged(c *roomCtx) {
	p.forgetUnchanged()
	p.form.switchSpeaker(c.me)
	if p.form.typing() {
		p.fill(c)
	}
	p.note = ""
}

func init() {
	registerKind(content.KindFrame, kindPiece{panel: newFramePanel, summary: []summarySection{{placeGoal, frameSummary}}})
}

// frameSummary is the shared goal, and how it was worded along the way.
func frameSummary(w *summaryWriter, doc session.Document) {
	st := w.st
	w.heading("Shared goal")
	if doc.SharedGoal != "" {
		w.wrapped(st.Strong, "", doc.SharedGoal)
	} else {
		w.wrapped(st.Muted, "", "Not written yet.")
	}
	if len(doc.Goals) > 1 {
		w.blank()
		w.wrapped(st.Muted, "", "How it was worded along the way:")
		for _, g := range doc.Goals {
			w.said("• ", g, true)
		}
	}
}
