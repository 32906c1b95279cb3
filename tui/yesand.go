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

// yesAndPanel is "yes, and": pick a view that is not yours, say the yes
// (what resonates, in your words), and once the room has it, the and.
type yesAndPanel struct {
	panelBase
	sh    *Shared
	cards *cardPicker
	build *yesAndBuilder
}

func newYesAndPanel(sh *Shared, at writingPlace, phase content.Phase) panel {
	p := &yesAndPanel{sh: sh, cards: newCardPicker(), build: newYesAndBuilder(sh, at)}
	p.panelBase = holding(p.build)
	return p
}

// picked is the card of someone else the speaker is building on.
func (p *yesAndPanel) picked(c *roomCtx) (session.Perspective, bool) {
	cards := cardsOfOthers(c.v, c.me)
	id, ok := p.cards.picked(c.me, cardIDs(cards), 0)
	if !ok {
		return session.Perspective{}, false
	}
	card, _ := c.v.Perspective(id)
	return card, true
}

func (p *yesAndPanel) update(msg tea.Msg) tea.Cmd {
	c := p.room
	card, ok := p.picked(c)
	if !ok {
		p.build.stop()
		return nil
	}
	sync := p.build.sync(c, card.ID)
	if !p.build.typing() {
		if k, isKey := msg.(tea.KeyPressMsg); isKey && p.cards.moveKey(k, c, cardIDs(cardsOfOthers(c.v, c.me)), 0) {
			if card, ok := p.picked(c); ok {
				return p.build.sync(c, card.ID)
			}
		}
		return sync
	}
	return tea.Batch(sync, p.build.update(msg, c, card.ID))
}

func (p *yesAndPanel) view() panelView {
	c := p.room
	st := c.sh.Styles
	card, ok := p.picked(c)
	if !ok {
		return panelView{body: st.Muted.Render(strings.Join(draw.Wrap("No views of others on the table yet. They open in the reveal round.", p.width), "\n"))}
	}
	p.build.sync(c, card.ID)
	cards := cardsOfOthers(c.v, c.me)
	tabs := cardTabs(c, cardIDs(cards), card.ID, func(id int) string {
		other, _ := c.v.Perspective(id)
		return cardName(c, other)
	}, p.width)
	form := p.build.view(c, card.ID, p.width)
	body := cardBlock([]string{tabs}, cardDraw(c, card, p.width), []string{""}, yesAndBuilds(c, p.area, card, p.width), builtOnMine(c, p.width))
	return panelView{body: strings.Join(body, "\n"), pinned: "\n" + strings.Join(form, "\n"), anchor: anchor{key: fmt.Sprint("card ", card.ID)}}
}

// readables are the views of others, and the builds on them, whole.
func (p *yesAndPanel) readables() ([]readable, int) {
	c := p.room
	var out []readable
	first := -1
	picked, _ := p.picked(c)
	cards := cardsOfOthers(c.v, c.me)
	if mine, ok := c.v.CardOf(c.me); ok {
		cards = append(cards, mine)
	}
	for _, card := range cards {
		if card.ID == picked.ID {
			first = len(out)
		}
		out = append(out, cardReadable(c, card))
		for _, b := range c.v.Builds.All() {
			if b.Perspective == card.ID && !b.Withdrawn {
				out = append(out, readable{title: c.v.Name(b.Author) + " builds on " + c.v.Name(card.Author) + "’s view · " + c.phase.Title, text: b.Sentence()})
			}
		}
	}
	return out, first
}

func (p *yesAndPanel) helpKeys() []key.Binding {
	c := p.room
	k := c.sh.Keys
	if p.build.typing() {
		return []key.Binding{k.Writing.Send, k.Writing.Newline}
	}
	if _, ok := p.picked(c); !ok {
		return nil
	}
	return []key.Binding{enable(k.Cards.Pick, len(cardsOfOthers(c.v, c.me)) > 1)}
}

func (p *yesAndPanel) writable() bool {
	c := p.room
	_, ok := p.picked(c)
	return ok
}

func (p *yesAndPanel) write() tea.Cmd {
	c := p.room
	card, ok := p.picked(c)
	if !ok {
		return nil
	}
	return p.build.start(c, card.ID)
}

func (p *yesAndPanel) speakerChanged() {
	c := p.room
	p.build.switchSpeaker(c.me)
	if card, ok := p.picked(c); ok {
		p.build.sync(c, card.ID)
	} else {
		p.build.stop()
	}
}

// yesAndBuilder is the two-step form of a build, shared with an inquiry that
// takes builds: the yes field, and the and field that exists only once the
// room accepted the yes.
type yesAndBuilder struct {
	yes *composer
	and *composer
}

func newYesAndBuilder(sh *Shared, at writingPlace) *yesAndBuilder {
	return &yesAndBuilder{
		yes: newComposer(sh, at, field{key: session.FieldYes, label: "Yes: what resonates", hint: "What rings true for you in this view, in your own words.", multiline: true, yes: true}),
		and: newComposer(sh, at, field{key: session.FieldAnd, label: "And: what you add", hint: "Build on it: what would you add?", multiline: true}),
	}
}

// yesAndWaiting is the speaker's newest yes on a card that has no and yet.
func yesAndWaiting(c *roomCtx, card int) (session.Build, bool) {
	for _, b := range c.v.Builds.Backward() {
		if b.Author == c.me && b.Perspective == card && !b.Withdrawn && b.And == "" {
			return b, true
		}
	}
	return session.Build{}, false
}

// form is the field in use on a card: the and once its yes is in.
func (b *yesAndBuilder) form(c *roomCtx, card int) *composer {
	if _, ok := yesAndWaiting(c, card); ok {
		return b.and
	}
	return b.yes
}

// sync puts both fields on the person's draft about the card, and keeps
// the keyboard on the field in use.
func (b *yesAndBuilder) sync(c *roomCtx, card int) tea.Cmd {
	b.yes.switchSeat(draftSeat{person: c.me, about: card})
	// The and is about the build its yes began.
	and := draftSeat{person: c.me, about: card}
	if pending, ok := yesAndWaiting(c, card); ok {
		and.about = pending.ID
	}
	b.and.switchSeat(and)
	return cardKeepWriting(b.form(c, card), b.yes, b.and)
}

func (b *yesAndBuilder) start(c *roomCtx, card int) tea.Cmd {
	f := b.form(c, card)
	return tea.Batch(cardKeepWriting(nil, b.yes, b.and), f.start())
}

// update hands a message to the field in use; enter sends it.
func (b *yesAndBuilder) update(msg tea.Msg, c *roomCtx, card int) tea.Cmd {
	f := b.form(c, card)
	action, cmd := f.update(msg)
	if action != composerSubmitted {
		return cmd
	}
	if pending, ok := yesAndWaiting(c, card); ok {
		if c.do(session.SayAnd{Build: pending.ID, And: b.and.value(0)}) {
			// The build is whole: the arrows pick cards again.
			b.and.clear()
			b.and.stop()
			return nil
		}
		return cmd
	}
	if c.do(session.SayYes{Perspective: card, Yes: b.yes.value(0)}) {
		// The room has the yes: the and opens, and the keyboard goes to it.
		b.yes.clear()
		b.yes.stop()
		return b.and.start()
	}
	return cmd
}

// view draws the yes field, or the accepted yes above the and field.
func (b *yesAndBuilder) view(c *roomCtx, card, width int) []string {
	st := c.sh.Styles
	if p, ok := c.v.Perspective(card); ok {
		// Whose view the yes answers is named in the field itself.
		b.yes.setLabel(0, "Yes to "+c.v.Name(p.Author)+"’s view: what resonates")
		b.and.setLabel(0, "And: what you add to "+c.v.Name(p.Author)+"’s view")
	}
	b.yes.setWidth(width - 2)
	b.and.setWidth(width - 2)
	if pending, ok := yesAndWaiting(c, card); ok {
		said := draw.Hang(st.Success.Render("✓ ")+st.Muted.Render("Your yes: "), pending.Yes, width)
		return cardBlock(said, cardForm(b.and.view(c.nudging()), width))
	}
	lines := cardForm(b.yes.view(c.nudging()), width)
	if !b.yes.typing() {
		lines = append(lines, draw.Wrap(st.Muted.Render("The and opens once the room has your yes."), width)...)
	}
	return lines
}

func (b *yesAndBuilder) typing() bool { return b.yes.typing() || b.and.typing() }
func (b *yesAndBuilder) stop()        { b.yes.stop(); b.and.stop() }
func (b *yesAndBuilder) drafted() bool {
	return b.yes.drafted() || b.and.drafted()
}
func (b *yesAndBuilder) editing() bool { return b.yes.editing() || b.and.editing() }
func (b *yesAndBuilder) switchSpeaker(to session.ParticipantID) {
	b.yes.switchSpeaker(to)
	b.and.switchSpeaker(to)
}
func (b *yesAndBuilder) restyle(st *Styles) { b.yes.restyle(st); b.and.restyle(st) }

// yesAndBuilds draws the builds on a card, each whole, newest last:
// "Lee: yes, … and …", or "yes, … (and …?)" while the and is to come.
func yesAndBuilds(c *roomCtx, a area, card session.Perspective, width int) []string {
	st := c.sh.Styles
	var builds []session.Build
	for _, b := range c.v.Builds.All() {
		if b.Perspective == card.ID && !b.Withdrawn {
			builds = append(builds, b)
		}
	}
	lines := []string{st.Label.Render("Builds on this view")}
	if len(builds) == 0 {
		return append(lines, draw.Wrap(st.Muted.Render("None yet. Start with what resonates."), width)...)
	}
	return append(lines, newestBlocks(c, a, builds, "build", func(b session.Build) []string {
		return draw.Hang(c.name(b.Author)+": ", yesAndText(st, b), width)
	})...)
}

// builtOnMine are the builds the others made on the speaker's own view,
// which the picker does not offer: nobody builds on their own.
func builtOnMine(c *roomCtx, width int) []string {
	mine, ok := c.v.CardOf(c.me)
	if !ok {
		return nil
	}
	st := c.sh.Styles
	var lines []string
	for _, b := range c.v.Builds.All() {
		if b.Perspective == mine.ID && !b.Withdrawn {
			lines = append(lines, draw.Hang(c.name(b.Author)+": ", yesAndText(st, b), width)...)
		}
	}
	if len(lines) == 0 {
		return nil
	}
	return append([]string{"", st.Label.Render("Builds on your view")}, lines...)
}

// yesAndText is a build in a sentence: "yes, the invite is where people
// give up, and we could fix it first".
func yesAndText(st *Styles, b session.Build) string {
	if b.And == "" {
		return b.Sentence() + " " + st.Muted.Render("(and …?)")
	}
	return b.Sentence()
}

func init() {
	registerKind(content.KindYesAnd, kindPiece{panel: newYesAndPanel, card: yesAndSummary})
}

// yesAndSummary is every build on a card.
func yesAndSummary(w *summaryWriter, p session.PerspectiveDoc) {
	if len(p.Builds) == 0 {
		return
	}
	w.lines = append(w.lines, "  "+w.st.Strong.Render("Yes, and"))
	for _, b := range p.Builds {
		w.item("  • "+w.name(b.By)+": ", draw.Ink{}, b.Sentence())
	}
}
