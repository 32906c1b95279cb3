package tui

import (
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
	p.form.setWidth(c.width - 2)
	export := ansi.Wrap(st.Muted.Render("Press ")+st.Key.Render("e")+st.Muted.Render(" for the summary and export."), c.width, "")
	bottom := p.form.view(c.nudging()) + "\n" + export
	reflections := c.v.ContributionsOf(session.Reflection)
	// What the contrast says comes first. Its figures follow, sentence by
	// sentence while the reflections keep a line (the newest), then person
	// by person when there is room to spare.
	var summary []string
	for _, l := range strings.Split(ansi.Wrap(contrast.Reading.Summary, c.width, ""), "\n") {
		summary = append(summary, st.Label.Render(l))
	}
	top := strings.Join(summary, "\n")
	left := func(block string) int {
		return c.height - lipgloss.Height(top) - lipgloss.Height(block) - 1 - lipgloss.Height(bottom) - 1
	}
	for _, detail := range contrast.Reading.Details {
		more := closeDetail(c, detail)
		if left(more) < 1 {
			break
		}
		top += "\n" + more
	}
	if table := closeTable(c, contrast); table != "" && left(table) >= closeReflectionLines {
		top += "\n" + table
	}
	rest := c.height - lipgloss.Height(top) - 1 - lipgloss.Height(bottom) - 1
	list := closeReflections(c, reflections, rest)
	if rest <= 0 {
		return top + "\n\n" + bottom
	}
	return strings.Join([]string{top, "", list, strings.Repeat("\n", max(1, rest+1-lipgloss.Height(list))) + bottom}, "\n")
}

// closeReflectionLines is the room the table leaves for the reflections.
const closeReflectionLines = 3

// closeDetail gives one of the figures behind the conclusion as a bullet.
func closeDetail(c *roomCtx, detail string) string {
	lines := strings.Split(ansi.Wrap(detail, max(10, c.width-2), ""), "\n")
	for i := range lines {
		bullet := "  "
		if i == 0 {
			bullet = "• "
		}
		lines[i] = bullet + lines[i]
	}
	return strings.Join(lines, "\n")
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
