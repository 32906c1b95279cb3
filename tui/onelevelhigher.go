package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"trio/content"
	"trio/content/prose"
	"trio/session"
	"trio/tui/draw"
)

// oneLevelHigherPanel is the "why does that matter?" ladder: steps climb
// from each view (or from all of them, shared) towards the goal the views
// share, and anyone may write or reword that goal.
type oneLevelHigherPanel struct {
	panelBase
	sh   *Shared
	from *cardPicker
	step *composer
	goal *composer
	at   ladderField // the field in use
}

func newOneLevelHigherPanel(sh *Shared, at writingPlace, phase content.Phase) panel {
	p := &oneLevelHigherPanel{sh: sh, from: newCardPicker(),
		step: newComposer(sh, at, field{key: session.FieldStep, label: "A step up: why does that matter?", hint: "One line, one level higher."}),
		goal: newComposer(sh, at, field{key: session.FieldGoal, label: "The shared goal", hint: "The goal one level up that our views share, in a line."}),
	}
	p.panelBase = holding(p.step, p.goal)
	return p
}

// ladderField is which of the panel's two fields is in use.
type ladderField int

const (
	ladderStep ladderField = iota // a step up from a view
	ladderGoal                    // the shared goal those steps reach
)

// other is the field tab turns to.
func (f ladderField) other() ladderField {
	if f == ladderGoal {
		return ladderStep
	}
	return ladderGoal
}

// ladders are the places a step climbs from: each card, then shared (0).
func (p *oneLevelHigherPanel) ladders(c *roomCtx) []int {
	return append(cardIDs(cardsOnTable(c.v)), 0)
}

// picked is the ladder the speaker climbs: their own view until they pick.
func (p *oneLevelHigherPanel) picked(c *roomCtx) int {
	mine, _ := c.v.MyCard()
	id, _ := p.from.picked(c.me, p.ladders(c), mine.ID)
	return id
}

func (p *oneLevelHigherPanel) form() *composer {
	if p.at == ladderGoal {
		return p.goal
	}
	return p.step
}

// turn moves between the step and the goal; the goal starts from its
// current wording when its field is empty.
func (p *oneLevelHigherPanel) turn(c *roomCtx, to ladderField) {
	p.at = to
	if to == ladderGoal && strings.TrimSpace(p.goal.value(0)) == "" && c.v.Goal != "" {
		p.goal.setValue(0, c.v.Goal)
	}
}

// sync puts the step on the person's draft for the ladder they picked,
// and the goal on their draft of the goal.
func (p *oneLevelHigherPanel) sync(c *roomCtx) {
	p.step.switchSeat(draftSeat{person: c.me, about: p.picked(c)})
	p.goal.switchSpeaker(c.me)
}

func (p *oneLevelHigherPanel) update(msg tea.Msg, c *roomCtx) tea.Cmd {
	p.sync(c)
	k, isKey := msg.(tea.KeyPressMsg)
	if isKey && matches(k, c.sh.Keys.Cards.Turn) {
		p.turn(c, p.at.other())
		return cardKeepWriting(p.form(), p.step, p.goal)
	}
	if !p.typing() {
		if isKey && p.from.moveKey(k, c, p.ladders(c), p.picked(c)) {
			p.sync(c)
		}
		return nil
	}
	action, cmd := p.form().update(msg)
	if action != composerSubmitted {
		return cmd
	}
	if p.at == ladderGoal {
		if c.do(session.SetGoal{Text: p.goal.value(0)}) {
			p.goal.clear()
			p.goal.stop()
			p.at = ladderStep
		}
		return cmd
	}
	if c.do(session.ClimbLadder{Perspective: p.picked(c), Text: p.step.value(0)}) {
		p.step.clear()
		p.step.stop() // the arrows pick ladders again
	}
	return cmd
}

// ladderName names a ladder: the author of its card, or "shared".
func (p *oneLevelHigherPanel) ladderName(c *roomCtx, id int) string {
	if id == 0 {
		return c.sh.Styles.Muted.Render("shared")
	}
	card, _ := c.v.Perspective(id)
	return cardName(c, card)
}

func (p *oneLevelHigherPanel) draw(c *roomCtx) panelView {
	st := c.sh.Styles
	p.sync(c)
	picked := p.picked(c)
	wide := c.width >= 96 && len(p.ladders(c)) <= 5
	p.step.setWidth(c.width - 2)
	p.goal.setWidth(c.width - 2)
	if picked == 0 {
		p.step.setLabel(0, "A shared step up: why does that matter?")
	} else {
		card, _ := c.v.Perspective(picked)
		p.step.setLabel(0, "A step up from "+c.v.Name(card.Author)+"’s view: why does that matter?")
	}
	goal := p.goalLines(c, c.width)
	form := "\n" + strings.Join(cardForm(p.form().view(c.nudging()), c.width), "\n")
	at := anchor{key: fmt.Sprint("ladder ", picked)}
	if wide {
		return panelView{body: strings.Join(cardBlock(goal, []string{""}, p.columns(c, picked, c.width)), "\n"), pinned: form, anchor: at}
	}
	tabs := st.Label.Render("From ") + cardTabs(c, p.ladders(c), picked, func(id int) string {
		return p.ladderName(c, id)
	}, c.width-5)
	others := draw.Wrap(st.Muted.Render(p.others(c, picked)), c.width)
	// The ladder being climbed first; the goal and its earlier wordings,
	// which can run long, after it, and in sight while it is reworded.
	climb := cardBlock([]string{tabs}, p.ladder(c, picked, c.width), others)
	if p.at == ladderGoal {
		at = anchor{key: "goal", line: len(climb) + 1}
	}
	return panelView{body: strings.Join(cardBlock(climb, []string{""}, goal), "\n"), pinned: form, anchor: at}
}

// readables are the shared goal, each earlier wording of it, and every
// step, whole.
func (p *oneLevelHigherPanel) readables(c *roomCtx) ([]readable, int) {
	out := []readable{{title: "The shared goal", text: c.v.Goal}}
	for _, g := range c.v.Goals {
		out = append(out, readable{title: "A wording of the goal · by " + c.v.Name(g.Author), text: g.Text})
	}
	for _, id := range p.ladders(c) {
		for _, x := range c.v.About(session.Rung, id) {
			out = append(out, readable{title: c.v.Name(x.Author) + "’s step up from " + p.ladderTitle(c, id), text: x.Text})
		}
	}
	return out, 0
}

// ladderTitle names a ladder in words: "Maya’s view", or "the views together".
func (p *oneLevelHigherPanel) ladderTitle(c *roomCtx, id int) string {
	if id == 0 {
		return "the views together"
	}
	card, _ := c.v.Perspective(id)
	return c.v.Name(card.Author) + "’s view"
}

// goalLines is the shared goal and every wording before it, whole: two
// wordings that start alike differ further on, and that must show.
func (p *oneLevelHigherPanel) goalLines(c *roomCtx, width int) []string {
	st := c.sh.Styles
	if c.v.Goal == "" {
		return draw.Wrap(st.Label.Render("Shared goal: ")+st.Muted.Render("not written yet. Climb until the views meet, then write it (tab)."), width)
	}
	lines := draw.Wrap(st.Label.Render("Shared goal: ")+st.Strong.Render(c.v.Goal), width)
	for i := len(c.v.Goals) - 1; i >= 0; i-- {
		if g := c.v.Goals[i]; g.Text != c.v.Goal {
			lines = append(lines, draw.Hang(st.Muted.Render("  before, ")+c.name(g.Author)+st.Muted.Render(": "), st.Muted.Render("“"+g.Text+"”"), width)...)
		}
	}
	return lines
}

// ladder draws one ladder whole: the newest step on top, nearest the goal,
// and at the bottom the view it climbs from.
func (p *oneLevelHigherPanel) ladder(c *roomCtx, id, width int) []string {
	st := c.sh.Styles
	base := draw.Wrap(st.Muted.Render("◆ the views together, towards the goal we share"), width)
	if id != 0 {
		card, _ := c.v.Perspective(id)
		base = draw.Hang(st.Muted.Render("◆ ")+c.name(card.Author)+st.Muted.Render("’s view: "), cardPosition(card), width)
	}
	steps := c.v.About(session.Rung, id)
	if len(steps) == 0 {
		return append(draw.Hang(st.Muted.Render("↑ "), st.Muted.Render("no steps yet: why does that matter?"), width), base...)
	}
	var lines []string
	for i := len(steps) - 1; i >= 0; i-- {
		lines = append(lines, draw.Hang(st.Accent.Render("↑ ")+c.name(steps[i].Author)+": ", steps[i].Text, width)...)
	}
	return append(lines, base...)
}

// others counts the steps on the ladders not in sight.
func (p *oneLevelHigherPanel) others(c *roomCtx, picked int) string {
	var parts []string
	for _, id := range p.ladders(c) {
		if id == picked {
			continue
		}
		name := "shared"
		if id != 0 {
			card, _ := c.v.Perspective(id)
			name = c.v.Name(card.Author)
		}
		n := len(c.v.About(session.Rung, id))
		count := "none"
		if n > 0 {
			count = prose.Plural(n, "step")
		}
		parts = append(parts, name+" "+count)
	}
	return "Other ladders: " + strings.Join(parts, " · ")
}

// columns draws every ladder side by side, whole, the picked one marked.
func (p *oneLevelHigherPanel) columns(c *roomCtx, picked, width int) []string {
	st := c.sh.Styles
	ids := p.ladders(c)
	gap := 2
	colW := (width - gap*(len(ids)-1)) / len(ids)
	// The ladders stand on one line, as tall as the tallest.
	tallest := 0
	for _, id := range ids {
		tallest = max(tallest, len(p.ladder(c, id, colW)))
	}
	var cols []string
	for i, id := range ids {
		head := "  " + p.ladderName(c, id)
		if id == picked {
			head = st.Accent.Render("▸ [") + p.ladderName(c, id) + st.Accent.Render("]")
		}
		ladder := p.ladder(c, id, colW)
		lines := draw.Wrap(head, colW)
		for len(ladder) < tallest {
			ladder = append([]string{""}, ladder...)
		}
		col := lipgloss.NewStyle().Width(colW).Render(strings.Join(append(lines, ladder...), "\n"))
		if i > 0 {
			col = lipgloss.NewStyle().PaddingLeft(gap).Render(col)
		}
		cols = append(cols, col)
	}
	return strings.Split(lipgloss.JoinHorizontal(lipgloss.Top, cols...), "\n")
}

func (p *oneLevelHigherPanel) keys(c *roomCtx) []key.Binding {
	k := c.sh.Keys
	turn := relabel(k.Cards.Turn, "step ⇄ goal")
	if p.typing() {
		return []key.Binding{k.Writing.Send, turn}
	}
	return []key.Binding{enable(relabel(k.Cards.Pick, "pick a ladder"), p.at != ladderGoal), turn}
}

func (p *oneLevelHigherPanel) write(c *roomCtx) tea.Cmd {
	if p.at == ladderGoal {
		p.turn(c, ladderGoal)
	}
	return p.form().start()
}

func (p *oneLevelHigherPanel) speakerChanged(c *roomCtx) { p.sync(c) }

func init() {
	registerKind(content.KindOneLevelHigher, kindPiece{panel: newOneLevelHigherPanel, summary: []summarySection{{placeRounds, oneLevelHigherSummary}}})
}

// oneLevelHigherSummary is the ladder's steps, each from the view it
// climbed from.
func oneLevelHigherSummary(w *summaryWriter, doc session.Document) {
	if len(doc.Ladder) == 0 {
		return
	}
	st := w.st
	w.heading("One level higher")
	w.wrapped(st.Muted, "", "Why does that matter? Each step climbs towards the goal the views share.")
	for _, step := range doc.Ladder {
		prefix := "• " + w.name(step.By)
		if step.From != "" {
			prefix += st.Muted.Render(" from " + step.From + "’s view")
		}
		w.item(prefix+": ", draw.Ink{}, step.Text)
	}
}
