package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/content"
	"trio/session"
)

// closePanel is the close: one line each on what shifted, and the contrast
// between the discussion round and the dialogue that followed it.
type closePanel struct {
	sh       *Shared
	form     *composer
	measured measured
}

func newClosePanel(sh *Shared, phase content.Phase) panel {
	return &closePanel{sh: sh, form: newComposer(sh.Styles,
		field{label: "What shifted for you?", hint: "One line, in your own words."})}
}

func (p *closePanel) update(msg tea.Msg, c *roomCtx) tea.Cmd {
	if !p.form.typing() {
		return nil
	}
	action, cmd := p.form.update(msg)
	if action == composerSubmitted && c.do(session.Reflect{Text: p.form.value(0)}) {
		p.form.clear()
	}
	return cmd
}

func (p *closePanel) view(c *roomCtx) string {
	st := c.sh.Styles
	contrast := p.measured.of(c.v).Contrast
	// The script decides whether there is a discussion side, even when
	// nothing was said in that round.
	contrast.HasDiscussion = contrast.HasDiscussion || slices.ContainsFunc(c.v.Script.Phases,
		func(ph content.Phase) bool { return ph.Kind == content.KindDiscussion })
	p.form.setWidth(c.width - 2)
	top := closeTable(c, contrast) + "\n" + ansi.Wrap(closeReading(contrast), c.width, "")
	export := ansi.Wrap(st.Muted.Render("Press ")+st.Key.Render("e")+st.Muted.Render(" for the summary and export."), c.width, "")
	bottom := p.form.view(c.nudging()) + "\n" + export
	reflections := c.v.ContributionsOf(session.Reflection)
	rest := c.height - lipgloss.Height(top) - 1 - lipgloss.Height(bottom) - 1
	list := closeReflections(c, reflections, rest)
	if rest <= 0 {
		return top + "\n\n" + bottom
	}
	return strings.Join([]string{top, "", list, strings.Repeat("\n", max(1, rest+1-lipgloss.Height(list))) + bottom}, "\n")
}

// closeReflections lists what shifted for people, the newest kept. When
// room is short each gets one line, so a long one cannot hide the rest.
func closeReflections(c *roomCtx, reflections []session.Contribution, height int) string {
	if len(reflections) == 0 {
		return c.sh.Styles.Muted.Render("No reflections yet.")
	}
	if height >= 2*len(reflections) {
		return said(c, reflections, c.width, height)
	}
	var lines []string
	for _, r := range reflections[max(0, len(reflections)-max(1, height)):] {
		lines = append(lines, ansi.Truncate(c.name(r.Author)+": "+r.Text, c.width, "…"))
	}
	return strings.Join(lines, "\n")
}

// closeTable sets the discussion round beside the dialogue phases; with no
// discussion round in the script, only the dialogue is shown.
func closeTable(c *roomCtx, ct session.Contrast) string {
	st := c.sh.Styles
	sides := []session.Side{ct.Dialogue}
	heads := []string{"Dialogue"}
	if ct.HasDiscussion {
		sides = []session.Side{ct.Discussion, ct.Dialogue}
		heads = []string{"Discussion", "Dialogue"}
	}
	const label, cell = 16, 12
	row := func(name string, value func(session.Side) string) string {
		line := fmt.Sprintf("%-*s", label, name)
		for _, s := range sides {
			line += fmt.Sprintf("%*s", cell, value(s))
		}
		return line
	}
	head := strings.Repeat(" ", label)
	for _, h := range heads {
		head += fmt.Sprintf("%*s", cell, h)
	}
	lines := []string{
		st.Label.Render(head),
		row("Contributions", func(s session.Side) string { return fmt.Sprint(s.Figures.Contributions) }),
		row("Questions", func(s session.Side) string { return fmt.Sprint(s.Figures.Questions) }),
		row("Advocacy cues", func(s session.Side) string { return fmt.Sprint(s.Figures.Cues) }),
		row("Builds", func(s session.Side) string { return fmt.Sprint(s.Figures.BuildsGiven) }),
		row("Airtime spread", func(s session.Side) string { return fmt.Sprintf("%.0f%%", s.AirtimeSpread*100) }),
	}
	for i := range lines {
		lines[i] = ansi.Truncate(lines[i], c.width, "…")
	}
	return strings.Join(lines, "\n")
}

// closeReading reads the table in one plain sentence.
func closeReading(ct session.Contrast) string {
	dia, dis := ct.Dialogue.Figures, ct.Discussion.Figures
	if dia.Contributions == 0 && (!ct.HasDiscussion || dis.Contributions == 0) {
		return "Nothing was said yet to set side by side."
	}
	asked := "In dialogue you asked " + closeCount(dia.Questions, "question") +
		" and used " + closeCount(dia.Cues, "advocacy cue")
	if !ct.HasDiscussion {
		if dia.BuildsGiven > 0 {
			return asked + "; you built on each other " + closeTimes(dia.BuildsGiven) + "."
		}
		return asked + "."
	}
	if dis.Contributions == 0 {
		return asked + "; nothing was said in the discussion round."
	}
	return asked + "; in the discussion round, " + closeNone(dis.Questions) + " and " + closeNone(dis.Cues) + "."
}

func closeCount(n int, word string) string {
	switch n {
	case 0:
		return "no " + word + "s"
	case 1:
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func closeNone(n int) string {
	if n == 0 {
		return "none"
	}
	return fmt.Sprint(n)
}

func closeTimes(n int) string {
	switch n {
	case 1:
		return "once"
	case 2:
		return "twice"
	}
	return fmt.Sprintf("%d times", n)
}

func (p *closePanel) keys(c *roomCtx) []key.Binding {
	if p.form.typing() {
		return []key.Binding{c.sh.Keys.Send}
	}
	return []key.Binding{c.sh.Keys.Summary}
}

func (p *closePanel) typing() bool              { return p.form.typing() }
func (p *closePanel) write(c *roomCtx) tea.Cmd  { return p.form.start() }
func (p *closePanel) stop()                     { p.form.stop() }
func (p *closePanel) speakerChanged(c *roomCtx) { p.form.switchSpeaker(c.me) }
func (p *closePanel) drafted() bool             { return p.form.drafted() }
func (p *closePanel) restyle(st Styles)         { p.form.restyle(st) }
