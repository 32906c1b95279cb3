package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"trio/content"
	"trio/session"
	"trio/tui/draw"
)

// inquiryPanel is inquiry: curious questions about the views that are not
// yours, and answers to the questions about yours. When the phase also
// takes builds (the short script), tab turns it to "yes, and".
type inquiryPanel struct {
	panelBase
	sh     *Shared
	cards  *cardPicker
	ask    *composer
	answer *composer
	build  *yesAndBuilder // nil unless the phase takes builds
	turned inquiryTurn
	// answering is the question each author picked to answer.
	answering map[session.ParticipantID]int
	prompt    int // the prompt card last put in the question field; -1 for none
}

// inquiryTurn is which way tab has turned the panel, when the phase also
// takes builds: asking about the cards, or building on them.
type inquiryTurn int

const (
	turnedToAsk inquiryTurn = iota
	turnedToBuild
)

// other is the way tab turns the panel next.
func (t inquiryTurn) other() inquiryTurn {
	if t == turnedToAsk {
		return turnedToBuild
	}
	return turnedToAsk
}

func newInquiryPanel(sh *Shared, at writingPlace, phase content.Phase) panel {
	p := &inquiryPanel{
		sh: sh, cards: newCardPicker(), prompt: -1,
		ask:       newComposer(sh, at, field{key: session.FieldAsk, label: "Your question", hint: "What would you like to understand about this view?"}),
		answer:    newComposer(sh, at, field{key: session.FieldAnswer, label: "Your answer", hint: "What you see, in your own words.", multiline: true}),
		answering: map[session.ParticipantID]int{},
	}
	p.panelBase = holding(p.ask, p.answer)
	if phase.Builds {
		p.build = newYesAndBuilder(sh, at)
		p.fields = append(p.fields, p.build)
	}
	return p
}

// inquiryMode is what the panel does with the picked card.
type inquiryMode int

const (
	inquiryEmpty  inquiryMode = iota // no card on the table
	inquiryAsk                       // someone else's card: ask about it
	inquiryAnswer                    // your own card: answer its questions
	inquiryBuild                     // yes, and on someone else's card
	inquiryOwn                       // building, and the card is yours
)

func (p *inquiryPanel) picked(c *roomCtx) (session.Perspective, inquiryMode) {
	id, ok := p.cards.picked(c.me, cardIDs(cardsOnTable(c.v)), cardFirstOther(c))
	if !ok {
		return session.Perspective{}, inquiryEmpty
	}
	card, _ := c.v.Perspective(id)
	switch {
	case p.turned == turnedToBuild && card.Author == c.me:
		return card, inquiryOwn
	case p.turned == turnedToBuild:
		return card, inquiryBuild
	case card.Author == c.me:
		return card, inquiryAnswer
	}
	return card, inquiryAsk
}

// question is the question about the speaker's card they are answering:
// the one they picked, or the first still without an answer.
func (p *inquiryPanel) question(c *roomCtx, card session.Perspective) (session.Contribution, bool) {
	qs := c.v.About(session.Question, card.ID)
	if len(qs) == 0 {
		return session.Contribution{}, false
	}
	for _, q := range qs {
		if q.ID == p.answering[c.me] {
			return q, true
		}
	}
	for _, q := range qs {
		if len(c.v.About(session.Answer, q.ID)) == 0 {
			return q, true
		}
	}
	return qs[len(qs)-1], true
}

// form is the field in use, or nil when there is nothing to write here.
func (p *inquiryPanel) form(c *roomCtx) *composer {
	card, mode := p.picked(c)
	switch mode {
	case inquiryAsk:
		return p.ask
	case inquiryAnswer:
		if _, ok := p.question(c, card); ok {
			return p.answer
		}
	case inquiryBuild:
		return p.build.form(c, card.ID)
	}
	return nil
}

func (p *inquiryPanel) all() []*composer {
	if p.build != nil {
		return []*composer{p.ask, p.answer, p.build.yes, p.build.and}
	}
	return []*composer{p.ask, p.answer}
}

// sync puts each field on the draft of the person speaking about what it
// is about (the picked card, the picked question), and keeps the keyboard
// on the field in use.
func (p *inquiryPanel) sync(c *roomCtx) tea.Cmd {
	card, mode := p.picked(c)
	if mode == inquiryEmpty {
		return cardKeepWriting(nil, p.all()...)
	}
	p.ask.switchSeat(draftSeat{person: c.me, about: card.ID})
	if q, ok := p.question(c, card); ok {
		p.answer.switchSeat(draftSeat{person: c.me, about: q.ID})
	}
	if p.build != nil {
		p.build.yes.switchSeat(draftSeat{person: c.me, about: card.ID})
		p.build.and.switchSeat(draftSeat{person: c.me, about: card.ID})
	}
	return cardKeepWriting(p.form(c), p.all()...)
}

func (p *inquiryPanel) update(msg tea.Msg) tea.Cmd {
	c := p.room
	sync := p.sync(c)
	k, isKey := msg.(tea.KeyPressMsg)
	keys := c.sh.Keys.Cards
	switch {
	case isKey && p.build != nil && matches(k, keys.Turn):
		p.turned = p.turned.other()
		return p.sync(c)
	case isKey && p.browsingPrompts(c) && matches(k, keys.Browse):
		return tea.Batch(sync, p.promptCard(c, matches(k, keys.Back)))
	case !p.typing():
		if isKey {
			return tea.Batch(sync, p.move(k, c))
		}
		return sync
	}
	card, mode := p.picked(c)
	if mode == inquiryBuild {
		return tea.Batch(sync, p.build.update(msg, c, card.ID))
	}
	form := p.form(c)
	action, cmd := form.update(msg)
	if action != composerSubmitted {
		return tea.Batch(sync, cmd)
	}
	switch mode {
	case inquiryAsk:
		if c.do(session.AskQuestion{Perspective: card.ID, Text: p.ask.value(0)}) {
			// Sent: the arrows pick cards again, and the next letter
			// starts the next question.
			p.ask.clear()
			p.ask.stop()
		}
	case inquiryAnswer:
		q, _ := p.question(c, card)
		if c.do(session.AnswerQuestion{Question: q.ID, Text: p.answer.value(0)}) {
			p.answer.clear()
			p.answer.stop()
			delete(p.answering, c.me) // on to the next question waiting
			return p.sync(c)
		}
	}
	return tea.Batch(sync, cmd)
}

// move handles the keys of the moving state: pick a card or a question.
func (p *inquiryPanel) move(k tea.KeyPressMsg, c *roomCtx) tea.Cmd {
	keys := c.sh.Keys.Cards
	card, mode := p.picked(c)
	switch {
	case p.cards.moveKey(k, c, cardIDs(cardsOnTable(c.v)), cardFirstOther(c)):
	case mode == inquiryAnswer && matches(k, keys.Browse):
		qs := c.v.About(session.Question, card.ID)
		q, ok := p.question(c, card)
		if !ok {
			return nil
		}
		at := 0
		for i, x := range qs {
			if x.ID == q.ID {
				at = i
			}
		}
		if matches(k, keys.Back) {
			at = max(0, at-1)
		} else {
			at = min(len(qs)-1, at+1)
		}
		p.answering[c.me] = qs[at].ID
	}
	return p.sync(c)
}

// browsingPrompts reports whether ↑/↓ go through the prompt cards: while
// asking, with the question field empty or holding a prompt card as it
// was put there. A question of the person's own is never replaced.
func (p *inquiryPanel) browsingPrompts(c *roomCtx) bool {
	if _, mode := p.picked(c); mode != inquiryAsk || len(c.v.Script.PromptCards) == 0 {
		return false
	}
	now := strings.TrimSpace(p.ask.value(0))
	cards := c.v.Script.PromptCards
	return now == "" || p.prompt >= 0 && now == cards[p.prompt%len(cards)]
}

// promptCard puts the next (or the previous) prompt card in the question
// field as a starting point, and gives the field the keyboard.
func (p *inquiryPanel) promptCard(c *roomCtx, back bool) tea.Cmd {
	cards := c.v.Script.PromptCards
	switch {
	case back && p.prompt <= 0:
		p.prompt = len(cards) - 1
	case back:
		p.prompt--
	default:
		p.prompt = (p.prompt + 1) % len(cards)
	}
	p.ask.setValue(0, cards[p.prompt])
	return p.ask.start()
}

func (p *inquiryPanel) view() panelView {
	c := p.room
	st := c.sh.Styles
	p.sync(c)
	card, mode := p.picked(c)
	if mode == inquiryEmpty {
		return panelView{body: strings.Join(draw.Wrap(st.Muted.Render("No cards on the table yet. They open in the reveal round."), p.width), "\n")}
	}
	width := p.width
	var side []string
	if mode == inquiryAsk && p.width >= 96 && len(c.v.Script.PromptCards) > 0 {
		sideW := min(44, p.width/3)
		width = p.width - sideW - 3
		side = p.promptList(c, sideW)
	}
	body, at := p.main(c, card, mode, width)
	form := strings.Join(p.formView(c, card, mode, width), "\n")
	anchor := anchor{key: fmt.Sprint(card.ID, mode, p.answering[c.me]), line: at}
	if side == nil {
		return panelView{body: strings.Join(body, "\n"), pinned: "\n" + form, anchor: anchor}
	}
	height := max(len(body), len(side))
	sep := st.Rule.Render(strings.TrimRight(strings.Repeat("│\n", height), "\n"))
	joined := lipgloss.JoinHorizontal(lipgloss.Top,
		lipgloss.NewStyle().Width(width).Render(strings.Join(body, "\n")), " ", sep, " ", strings.Join(side, "\n"))
	return panelView{body: joined, pinned: "\n" + form, anchor: anchor}
}

// readables are every card on the table, and each question with its
// answers, whole; the reader opens on the picked card.
func (p *inquiryPanel) readables() ([]readable, int) {
	c := p.room
	picked, _ := p.picked(c)
	return tableReadables(c, picked, func(card session.Perspective) (out []readable) {
		for _, q := range c.v.About(session.Question, card.ID) {
			text := q.Text
			for _, a := range c.v.About(session.Answer, q.ID) {
				text += "\n\n" + c.v.Name(a.Author) + " answers: " + a.Text
			}
			out = append(out, readable{title: c.v.Name(q.Author) + " asks " + c.v.Name(card.Author) + " · " + c.phase.Title, text: text})
		}
		return out
	})
}

// main is the picked card and what was said about it, whole, and the line
// where the question being answered starts.
func (p *inquiryPanel) main(c *roomCtx, card session.Perspective, mode inquiryMode, width int) ([]string, int) {
	var top []string
	if p.build != nil {
		top = append(top, p.turnLine(c))
	}
	cards := cardsOnTable(c.v)
	top = append(top, cardTabs(c, cardIDs(cards), card.ID, func(id int) string {
		other, _ := c.v.Perspective(id)
		name := cardName(c, other)
		// Questions waiting on the speaker's own card show from any card.
		if waiting := inquiryWaiting(c, other); other.Author == c.me && waiting > 0 {
			name += c.sh.Styles.Nudge.Render(fmt.Sprintf(" ?%d to answer", waiting))
		}
		return name
	}, width))
	head := cardBlock(top, cardDraw(c, card, width), []string{""})
	switch mode {
	case inquiryBuild, inquiryOwn:
		return cardBlock(head, yesAndBuilds(c, p.area, card, width)), 0
	}
	list, at := p.questions(c, card, mode, width)
	if mode != inquiryAnswer {
		at = 0
	} else {
		at += len(head)
	}
	return cardBlock(head, list), at
}

// turnLine says whether the panel is asking or building, in marks and words.
func (p *inquiryPanel) turnLine(c *roomCtx) string {
	st := c.sh.Styles
	ask, build := st.Accent.Render("◉ Ask"), st.Muted.Render("○ Build")
	if p.turned == turnedToBuild {
		ask, build = st.Muted.Render("○ Ask"), st.Accent.Render("◉ Build")
	}
	return ask + "  " + build + st.Muted.Render("   tab turns")
}

func (p *inquiryPanel) formView(c *roomCtx, card session.Perspective, mode inquiryMode, width int) []string {
	st := c.sh.Styles
	p.ask.setWidth(width - 2)
	p.answer.setWidth(width - 2)
	nudging := c.nudging()
	switch mode {
	case inquiryAsk:
		p.ask.setLabel(0, "Your question to "+c.v.Name(card.Author))
		return cardForm(p.ask.view(nudging), width)
	case inquiryAnswer:
		q, ok := p.question(c, card)
		if !ok {
			return cardForm(st.Muted.Render("No questions about your view yet. Pick another card (←/→) to ask about it."), width)
		}
		p.answer.setLabel(0, "Your answer to "+c.v.Name(q.Author))
		return cardForm(p.answer.view(nudging), width)
	case inquiryBuild:
		return p.build.view(c, card.ID, width)
	case inquiryOwn:
		return cardForm(st.Muted.Render("This is your view: pick another one (←/→) to build on it."), width)
	}
	return nil
}

// questions draws the questions about a card, each with its answers,
// whole, and the line where the picked question starts.
func (p *inquiryPanel) questions(c *roomCtx, card session.Perspective, mode inquiryMode, width int) ([]string, int) {
	st := c.sh.Styles
	head := "Questions about " + c.v.Name(card.Author) + "’s view"
	if card.Author == c.me {
		head = "Questions about your view"
	}
	qs := c.v.About(session.Question, card.ID)
	if len(qs) == 0 {
		empty := "None yet. What would you like to understand?"
		if card.Author == c.me {
			empty = "None yet. They come here for you to answer."
		}
		return []string{st.Label.Render(head), st.Muted.Render(empty)}, 0
	}
	picked, _ := p.question(c, card)
	draw := func(q session.Contribution) []string {
		mark := st.Accent.Render("? ")
		if mode == inquiryAnswer && q.ID == picked.ID {
			mark = st.Accent.Render("▸ ")
		}
		lines := draw.Hang(mark+c.name(q.Author)+": ", q.Text, width)
		answers := c.v.About(session.Answer, q.ID)
		for _, a := range answers {
			lines = append(lines, draw.Hang("  ↳ "+c.name(a.Author)+": ", a.Text, width)...)
		}
		if len(answers) == 0 {
			waiting := "↳ waiting for " + c.v.Name(card.Author) + "’s answer"
			if card.Author == c.me {
				waiting = "↳ waiting for your answer"
			}
			lines = append(lines, draw.Hang("  ", st.Muted.Render(waiting), width)...)
		}
		return lines
	}
	lines := append([]string{st.Label.Render(head)}, newestBlocks(c, p.area, qs, "question", draw)...)
	if mode != inquiryAnswer {
		return lines, 0
	}
	// The body opens on the question being answered; one older than the
	// newest the panel draws comes first, on its own.
	answering := st.Accent.Render("▸ ")
	for i, l := range lines {
		if strings.HasPrefix(l, answering) {
			return lines, i
		}
	}
	if i := slices.IndexFunc(qs, func(q session.Contribution) bool { return q.ID == picked.ID }); i >= 0 {
		lines = slices.Concat(lines[:1], draw(qs[i]), []string{""}, lines[1:])
	}
	return lines, 1
}

// inquiryWaiting counts the questions about a card that have no answer.
func inquiryWaiting(c *roomCtx, card session.Perspective) int {
	n := 0
	for _, q := range c.v.About(session.Question, card.ID) {
		if len(c.v.About(session.Answer, q.ID)) == 0 {
			n++
		}
	}
	return n
}

// promptList shows the prompt cards beside the question, the one in the
// field marked.
func (p *inquiryPanel) promptList(c *roomCtx, width int) []string {
	st := c.sh.Styles
	lines := []string{st.Label.Render("Prompt cards") + st.Muted.Render(" · ↑/↓ puts one in"), ""}
	cards := c.v.Script.PromptCards
	for i, text := range cards {
		mark := "  "
		if i == p.prompt {
			mark = st.Accent.Render("▸ ")
		}
		lines = append(lines, draw.Hang(mark, text, width)...)
	}
	return lines
}

func (p *inquiryPanel) helpKeys() []key.Binding {
	c := p.room
	k := c.sh.Keys
	_, mode := p.picked(c)
	if mode == inquiryEmpty {
		return nil
	}
	turn := enable(relabel(k.Cards.Turn, "ask ⇄ build"), p.build != nil)
	prompts := enable(relabel(k.Cards.Browse, "a prompt card"), p.browsingPrompts(c))
	if p.typing() {
		return []key.Binding{k.Writing.Send, enable(k.Writing.Newline, mode != inquiryAsk), prompts, turn}
	}
	questions := enable(relabel(k.Cards.Browse, "pick a question"), mode == inquiryAnswer)
	return []key.Binding{enable(k.Cards.Pick, len(cardsOnTable(c.v)) > 1), questions, prompts, turn}
}

func (p *inquiryPanel) writable() bool { return p.form(p.room) != nil }

func (p *inquiryPanel) write() tea.Cmd {
	c := p.room
	f := p.form(c)
	if f == nil {
		return nil
	}
	return tea.Batch(cardKeepWriting(nil, p.all()...), f.start())
}

func (p *inquiryPanel) speakerChanged() {
	c := p.room
	// The one who speaks now may be on their own card: the keyboard goes
	// to their field, not the one the last person wrote in.
	p.sync(c)
}

func init() {
	registerKind(content.KindInquiry, kindPiece{panel: newInquiryPanel, card: inquirySummary})
}

// inquirySummary is the questions asked about a card, each with its
// answers.
func inquirySummary(w *summaryWriter, p session.PerspectiveDoc) {
	if len(p.Questions) == 0 {
		return
	}
	w.lines = append(w.lines, "  "+w.st.Strong.Render("Questions"))
	for _, q := range p.Questions {
		w.item("  ? "+w.name(q.By)+" asked: ", draw.Ink{}, q.Text)
		for _, a := range q.Answers {
			w.item("    ↳ "+w.name(a.By)+": ", draw.Ink{}, a.Text)
		}
	}
}
