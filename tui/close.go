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

// closePanel is the close: one line each on what shifted, and the contrast
// between the discussion round and the dialogue that followed it.
type closePanel struct {
	panelBase
	sh       *Shared
	form     *composer
	measured measured
	drawn    draw.KeptLines
}

func newClosePanel(sh *Shared, at writingPlace, phase content.Phase) panel {
	p := &closePanel{sh: sh, form: newComposer(sh, at,
		field{key: session.FieldReflection, label: "What shifted for you?", hint: "One line, in your own words."})}
	p.panelBase = holding(p.form)
	return p
}

func (p *closePanel) update(msg tea.Msg) tea.Cmd {
	c := p.room
	if !p.form.typing() {
		return nil
	}
	action, cmd := p.form.update(msg)
	if action == composerSubmitted && c.do(session.Reflect{Text: p.form.value(0)}) {
		p.form.clear()
	}
	return cmd
}

func (p *closePanel) view() panelView {
	c := p.room
	st := c.sh.Styles
	contrast := p.measured.of(c.v).Contrast
	p.form.setWidth(p.width - 2)
	export := ansi.Wrap(st.Muted.Render("The summary and export are in the menu: ")+st.Key.Render("ctrl+p")+st.Muted.Render("."), p.width, "")
	// What the contrast says comes first, then how the vote went, what
	// shifted for each person, and the figures behind it all.
	var parts []string
	for _, l := range strings.Split(ansi.Wrap(contrast.Reading.Summary, p.width, ""), "\n") {
		parts = append(parts, st.Label.Render(l))
	}
	if vote := closeVote(c, p.width); vote != "" {
		parts = append(parts, vote)
	}
	parts = append(parts, "", closeReflections(c, p.area, &p.drawn, c.v.ContributionsOf(session.Reflection)), "")
	for _, detail := range contrast.Reading.Details {
		parts = append(parts, closeDetail(detail, p.width))
	}
	if table := closeTable(c, contrast, p.width); table != "" {
		parts = append(parts, "", table)
	}
	return panelView{body: rows(parts...), pinned: "\n" + p.form.view(c.nudging()) + "\n" + export}
}

// readables are what shifted for each person, whole.
func (p *closePanel) readables() ([]readable, int) {
	c := p.room
	return saidReadables(c, c.v.ContributionsOf(session.Reflection), "reflection"), 0
}

// closeDetail gives one of the figures behind the conclusion as a bullet.
func closeDetail(detail string, width int) string {
	lines := strings.Split(ansi.Wrap(detail, max(10, width-2), ""), "\n")
	for i := range lines {
		bullet := "  "
		if i == 0 {
			bullet = "• "
		}
		lines[i] = bullet + lines[i]
	}
	return strings.Join(lines, "\n")
}

// closeVote is how the last round of the vote went, on one line: it names
// who did not vote in a round closed early when there is room, and counts
// them when there is not. Empty when nobody voted.
func closeVote(c *roomCtx, width int) string {
	if len(c.v.Votes) == 0 {
		return ""
	}
	round := c.v.Votes[len(c.v.Votes)-1]
	st := c.sh.Styles
	label := st.Label.Render("The vote: ")
	var line string
	for _, names := range []bool{true, false} {
		switch {
		case !round.Closed:
			line = label + st.Muted.Render(fmt.Sprintf("round %d is open, %d of %d have voted", round.Number, len(round.Votes), len(round.Voters)))
		case round.Consented():
			line = label + st.Success.Render(fmt.Sprintf("✓ consent on version %d in round %d", round.Version, round.Number))
		case round.ClosedEarly():
			line = label + st.Warning.Render(fmt.Sprintf("✗ round %d closed early, %s", round.Number, consentDidNotVote(c, round.Missing(), names)))
		default:
			line = label + st.Warning.Render(fmt.Sprintf("✗ no consent on version %d in round %d", round.Version, round.Number))
		}
		if lipgloss.Width(line) <= width {
			break
		}
	}
	return ansi.Truncate(line, width, "…")
}

// closeReflections lists what shifted for each person, each whole.
func closeReflections(c *roomCtx, a area, kept *draw.KeptLines, reflections []session.Contribution) string {
	st := c.sh.Styles
	if len(reflections) == 0 {
		return st.Muted.Render("No reflections yet.")
	}
	return st.Label.Render("What shifted for each of us") + "\n" + strings.Join(said(c, a, kept, newestFirst(reflections), "reflection"), "\n")
}

func (p *closePanel) helpKeys() []key.Binding {
	c := p.room
	if p.form.typing() {
		return []key.Binding{c.sh.Keys.Writing.Send}
	}
	return nil
}

func init() {
	registerKind(content.KindClose, kindPiece{panel: newClosePanel, summary: []summarySection{{placeRounds, closeSummary}}})
}

// closeSummary is what shifted for each person.
func closeSummary(w *summaryWriter, doc session.Document) {
	w.saidSection("Reflections", "What shifted for each of us:", doc.Reflections)
}
