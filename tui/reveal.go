package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"trio/content"
	"trio/content/prose"
	"trio/session"
	"trio/tui/draw"
)

// revealPanel is the reveal round: one card at a time in the spotlight,
// and only its author speaks, holding the talking stick. The others listen
// and jot down what they heard.
type revealPanel struct {
	panelBase
	sh    *Shared
	add   *composer // the speaker adds to their own card
	heard *composer // a listener notes what they heard
}

func newRevealPanel(sh *Shared, at writingPlace, phase content.Phase) panel {
	p := &revealPanel{sh: sh,
		add: newComposer(sh, at,
			field{key: session.FieldAddition, label: "Add to your card", hint: "Something you left out, or want to make clearer.", multiline: true}),
		heard: newComposer(sh, at,
			field{key: session.FieldHeard, label: "What I heard", hint: "In your own words: what did they say?", multiline: true}),
	}
	p.panelBase = holding(p.add, p.heard)
	return p
}

// holdsStick reports whether the person speaking holds the talking stick.
func (p *revealPanel) holdsStick(c *roomCtx) bool {
	speaker, ok := c.v.Speaker()
	return ok && speaker == c.me
}

// form is the composer for the person speaking: adding to their card while
// they hold the stick, noting what they heard otherwise.
func (p *revealPanel) form(c *roomCtx) *composer {
	if p.holdsStick(c) {
		return p.add
	}
	return p.heard
}

// align puts away the composer that no longer fits the person speaking,
// as when the stick moved on while they were writing; its text is kept.
func (p *revealPanel) align(c *roomCtx) {
	for _, f := range []*composer{p.add, p.heard} {
		if f != p.form(c) && f.typing() {
			f.stop()
		}
	}
}

// sync puts the fields on the drafts of the person speaking: an addition
// to their own card, and what they heard of the card in the spotlight, so
// a note half-written about one card is never sent about the next.
func (p *revealPanel) sync(c *roomCtx) {
	p.add.switchSeat(draftSeat{person: c.me})
	heard := draftSeat{person: c.me}
	if speaker, ok := c.v.Speaker(); ok {
		if card, ok := c.v.CardOf(speaker); ok {
			heard.about = card.ID
		}
	}
	p.heard.switchSeat(heard)
	p.align(c)
}

func (p *revealPanel) update(msg tea.Msg) tea.Cmd {
	c := p.room
	p.sync(c)
	p.align(c)
	if !p.typing() {
		return nil
	}
	form := p.form(c)
	action, cmd := form.update(msg)
	if action != composerSubmitted {
		return cmd
	}
	var sent bool
	if form == p.add {
		sent = c.do(session.AddToCard{Text: form.value(0)})
	} else {
		sent = c.do(session.NoteHeard{Text: form.value(0)})
	}
	// One note is one act: the keyboard is free again for the stick.
	if sent {
		form.clear()
		form.stop()
	}
	return cmd
}

// action passes the talking stick on: the speaker passes it, or the
// facilitator does. Passing it while someone still has words unsent about
// the card in the spotlight asks first; their words are kept as drafts.
func (p *revealPanel) action() (phaseAction, bool) {
	c := p.room
	speaker, ok := c.v.Speaker()
	if !ok || (speaker != c.me && !c.facilitates) {
		return phaseAction{}, false
	}
	help := "pass the talking stick"
	if speaker != c.me {
		help += " from " + c.v.Name(speaker)
	}
	if next, ok := p.nextSpeaker(c); ok {
		help += " to " + c.v.Name(next)
	} else {
		help = "end " + c.v.Name(speaker) + "’s turn: everyone has spoken then"
	}
	a := phaseAction{help: help, do: func(c *roomCtx) tea.Cmd {
		p.pass(c)
		return nil
	}}
	if writers := p.writers(c); len(writers) > 0 {
		a.ask, a.question = askPassStick, passStickQuestion(c.v, writers)
	}
	return a, true
}

// nextSpeaker is who holds the stick after the one holding it now.
func (p *revealPanel) nextSpeaker(c *roomCtx) (session.ParticipantID, bool) {
	next := c.v.Reveal.Turn + 1
	if next >= len(c.v.Reveal.Order) {
		return "", false
	}
	return c.v.Reveal.Order[next], true
}

// writers are the people with words unsent about the card in the
// spotlight: its holder's addition, the listeners' notes. On one keyboard
// their drafts tell; on terminals of their own, the room's typing marks.
func (p *revealPanel) writers(c *roomCtx) []session.ParticipantID {
	speaker, ok := c.v.Speaker()
	if !ok {
		return nil
	}
	card, _ := c.v.CardOf(speaker)
	var out []session.ParticipantID
	for _, person := range c.v.People {
		var writing bool
		switch {
		case person.ID == c.me && !c.sh.Local:
			writing = p.editing()
		case !c.sh.Local:
			writing = c.typing(person.ID)
		case person.ID == speaker:
			writing = p.add.draftOf(draftSeat{person: person.ID}) != ""
		default:
			writing = p.heard.draftOf(draftSeat{person: person.ID, about: card.ID}) != ""
		}
		if writing {
			out = append(out, person.ID)
		}
	}
	return out
}

// pass hands the talking stick on. On a shared keyboard the coach may
// pass it for the speaker, as the facilitator.
func (p *revealPanel) pass(c *roomCtx) {
	speaker, ok := c.v.Speaker()
	if !ok {
		return
	}
	if speaker == c.me || !c.sh.Local {
		c.do(session.PassTalkingStick{})
		return
	}
	c.facilitate(session.PassTalkingStick{})
}

// writable: the speaker adds to their card, the others note what they
// heard, while somebody holds the stick.
func (p *revealPanel) writable() bool {
	c := p.room
	_, ok := c.v.Speaker()
	_, member := c.v.Person(c.me)
	return ok && member
}

func (p *revealPanel) view() panelView {
	c := p.room
	st := c.sh.Styles
	p.sync(c)
	p.add.setWidth(p.width - 2)
	p.heard.setWidth(p.width - 2)
	wrap := func(s string) string { return strings.Join(draw.Wrap(s, p.width), "\n") }
	order := p.order(c)
	if len(c.v.Reveal.Order) == 0 {
		return panelView{body: wrap("Nobody has written a card, so there is nothing to show yet. The facilitator can go back to silent writing or move on (ctrl+p).")}
	}
	speaker, ok := c.v.Speaker()
	if !ok {
		parts := []string{st.Success.Render("✓ ") + st.Strong.Render("Everyone has shown their card."),
			wrap("Thank you for listening. The facilitator can move on to the next phase" + c.movesOn() + ". Every card can be read whole with ctrl+t."),
			"", order}
		if kept := p.keptAddition(c); kept != "" {
			parts = append(parts, "", kept)
		}
		return panelView{body: rows(parts...)}
	}
	card, _ := c.v.CardOf(speaker)

	var bottom string
	switch {
	case p.typing() || !p.form(c).empty():
		bottom = p.form(c).view(c.nudging())
	case p.holdsStick(c):
		bottom = wrap(st.Muted.Render("Type to add to your card; ctrl+o passes the talking stick."))
	default:
		bottom = wrap(st.Muted.Render("Type to note what you heard, in your own words."))
	}
	if kept := p.keptAddition(c); kept != "" {
		bottom = kept + "\n" + bottom
	}

	title := wrap("🎤 " + c.name(speaker) + " holds the talking stick" + p.turnTime(c))
	parts := []string{order, title, p.spotlight(c, card)}
	if notes := p.notes(c, card); len(notes) > 0 {
		parts = append(parts, strings.Join(notes, "\n"))
	}
	// Each new card in the spotlight is shown from its top.
	return panelView{body: rows(parts...), pinned: "\n" + bottom, anchor: anchor{key: fmt.Sprint("card ", card.ID)}}
}

// readables are every card shown so far and what was added to or heard of
// it, each whole; the reader opens on the card in the spotlight.
func (p *revealPanel) readables() ([]readable, int) {
	c := p.room
	var out []readable
	first := -1
	speaker, _ := c.v.Speaker()
	for i, author := range c.v.Reveal.Order {
		card, ok := c.v.CardOf(author)
		if !ok || card.Hidden || i > c.v.Reveal.Turn {
			continue
		}
		if author == speaker {
			first = len(out)
		}
		out = append(out, cardReadable(c, card))
		for _, x := range c.v.About(session.Heard, card.ID) {
			out = append(out, readable{title: c.v.Name(x.Author) + " heard, of " + c.v.Name(author) + "’s card · " + c.phase.Title, text: x.Text})
		}
	}
	return out, first
}

// order shows the speakers in turn: ✓ has spoken, 🎤 holds the stick,
// ○ still to come.
func (p *revealPanel) order(c *roomCtx) string {
	st := c.sh.Styles
	entries := []string{st.Label.Render("Order")}
	for i, id := range c.v.Reveal.Order {
		mark := st.Muted.Render("○ ")
		switch {
		case i < c.v.Reveal.Turn:
			mark = st.Success.Render("✓ ")
		case i == c.v.Reveal.Turn:
			mark = "🎤 "
		}
		entries = append(entries, mark+c.name(id))
	}
	return checkInFlow(entries, p.width)
}

// turnTime is how long the speaker has held the stick, of their share.
func (p *revealPanel) turnTime(c *roomCtx) string {
	st := c.sh.Styles
	turn := c.v.Reveal.Turn
	if turn >= len(c.v.Reveal.Turns) {
		return ""
	}
	held := c.sh.Now().Sub(c.v.Reveal.Turns[turn])
	if each := c.phase.PerSpeaker; each > 0 {
		text := fmt.Sprintf(" · %s of %s", clockText(held), clockText(each))
		if held > each {
			return st.Warning.Render(text)
		}
		return st.Muted.Render(text)
	}
	return st.Muted.Render(" · " + clockText(held))
}

// spotlight draws the speaker's card whole, every field under its label.
func (p *revealPanel) spotlight(c *roomCtx, card session.Perspective) string {
	st := c.sh.Styles
	box := st.CardFocus
	inner := max(10, p.width-box.GetHorizontalFrameSize())
	if card.Hidden || len(card.Fields) == 0 {
		return box.Width(p.width).Render(st.Muted.Render("The card is on its way."))
	}
	labels := revealLabels(c.v.Script, card.Phase)
	var lines []string
	for _, a := range card.Fields {
		label := labels[a.Field]
		if label == "" {
			label = a.Field
		}
		lines = append(lines, st.Label.Render(label))
		lines = append(lines, draw.Wrap(a.Text, inner)...)
	}
	return box.Width(p.width).Render(strings.Join(lines, "\n"))
}

// revealLabels maps a card's field ids to their labels in the phase it was
// written in.
func revealLabels(script content.Script, phase string) map[string]string {
	labels := map[string]string{}
	for _, ph := range script.Phases {
		for _, f := range ph.Fields {
			if _, ok := labels[f.ID]; !ok || ph.ID == phase {
				labels[f.ID] = f.Label
			}
		}
	}
	return labels
}

// notes are the speaker's additions and the listeners' heard notes about
// the card in the spotlight, in the order they came, each wrapped.
func (p *revealPanel) notes(c *roomCtx, card session.Perspective) []string {
	st := c.sh.Styles
	all := append(c.v.About(session.CardAddition, card.ID), c.v.About(session.Heard, card.ID)...)
	slices.SortFunc(all, func(a, b session.Contribution) int { return a.ID - b.ID })
	return newestBlocks(c, p.area, all, "notes", func(x session.Contribution) []string {
		text := c.name(x.Author) + st.Muted.Render(" heard: ") + x.Text
		if x.Kind == session.CardAddition {
			text = st.Accent.Render("+ ") + c.name(x.Author) + st.Muted.Render(" adds: ") + x.Text
		}
		return strings.Split(lipgloss.NewStyle().Width(p.width).Render(text), "\n")
	})
}

func (p *revealPanel) helpKeys() []key.Binding {
	c := p.room
	if p.typing() {
		return []key.Binding{c.sh.Keys.Writing.Send, c.sh.Keys.Writing.Newline}
	}
	return nil
}

func (p *revealPanel) write() tea.Cmd {
	c := p.room
	if _, ok := c.v.Speaker(); !ok {
		return nil
	}
	p.align(c)
	return p.form(c).start()
}

func (p *revealPanel) speakerChanged() {
	c := p.room
	p.sync(c)
	p.align(c)
}

// keptAddition tells a person that words they had not sent when the stick
// moved on are not lost: an addition to their own card, a note about a card
// that is no longer in the spotlight. Empty when there are none.
func (p *revealPanel) keptAddition(c *roomCtx) string {
	st := c.sh.Styles
	var kept []string
	if text := p.add.draftOf(draftSeat{person: c.me}); text != "" && !p.holdsStick(c) {
		kept = append(kept, st.Notice.Render("The talking stick moved on before you sent your addition; it is kept as your draft: ")+
			st.Muted.Render("“"+text+"”"))
	}
	spotlight, _ := c.v.Speaker()
	for _, author := range c.v.Reveal.Order {
		card, ok := c.v.CardOf(author)
		if !ok || author == spotlight || author == c.me {
			continue
		}
		if text := p.heard.draftOf(draftSeat{person: c.me, about: card.ID}); text != "" {
			kept = append(kept, st.Notice.Render("The talking stick moved on before you sent your note about "+c.v.Name(author)+"’s card; it is kept as your draft: ")+
				st.Muted.Render("“"+text+"”"))
		}
	}
	if len(kept) == 0 {
		return ""
	}
	return lipgloss.NewStyle().Width(p.width).Render(strings.Join(kept, "\n"))
}

// passStickQuestion asks before the stick moves on while people have
// words unsent about the card in the spotlight: they are kept as drafts.
func passStickQuestion(v session.View, writers []session.ParticipantID) string {
	speaker, ok := v.Speaker()
	if !ok {
		return "Pass the talking stick?"
	}
	to := "on"
	if next := v.Reveal.Turn + 1; next < len(v.Reveal.Order) {
		to = "to " + v.Name(v.Reveal.Order[next])
	}
	var names []string
	for _, id := range writers {
		names = append(names, v.Name(id))
	}
	verb := "have"
	if len(names) == 1 {
		verb = "has"
	}
	return fmt.Sprintf("%s %s not sent what they are writing about %s’s card. Pass the talking stick %s anyway? Their words are kept as drafts.",
		prose.And(fewNames(names)), verb, v.Name(speaker), to)
}

func init() {
	// The speaker's turn is timed by the second.
	registerKind(content.KindRevealRound, kindPiece{panel: newRevealPanel, card: revealSummary, bySecond: true})
}

// revealSummary is what the card's writer added while speaking, and what
// the others heard.
func revealSummary(w *summaryWriter, p session.PerspectiveDoc) {
	for _, a := range p.Additions {
		w.item("  "+w.st.Label.Render("Added while speaking:")+" ", draw.Ink{}, a.Text)
	}
	w.saidList("What others heard", "• ", p.Heard)
}
