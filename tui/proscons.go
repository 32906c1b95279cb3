package tui

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"trio/content"
	"trio/session"
	"trio/tui/draw"
)

// prosConsPanel weighs every view: pick a card, add a pro or a con. Each
// person is asked for at least one pro on a view that is not theirs.
type prosConsPanel struct {
	panelBase
	sh    *Shared
	cards *cardPicker
	form  *composer
}

// The fields of the pros-and-cons form, in order.
const (
	prosConsPro = iota
	prosConsCon
)

func newProsConsPanel(sh *Shared, at writingPlace, phase content.Phase) panel {
	p := &prosConsPanel{sh: sh, cards: newCardPicker(), form: newComposer(sh, at,
		field{key: session.FieldPro, label: "Pro", hint: "A strength of this view."},
		field{key: session.FieldCon, label: "Con", hint: "A weakness or a risk of this view."})}
	p.panelBase = holding(p.form)
	return p
}

func (p *prosConsPanel) picked(c *roomCtx) (session.Perspective, bool) {
	id, ok := p.cards.picked(c.me, cardIDs(cardsOnTable(c.v)), cardFirstOther(c))
	if !ok {
		return session.Perspective{}, false
	}
	card, _ := c.v.Perspective(id)
	return card, true
}

// sync puts the form on the draft of the person speaking about the card
// they picked: a pro half-written on one view never moves to another.
func (p *prosConsPanel) sync(c *roomCtx) (session.Perspective, bool) {
	card, ok := p.picked(c)
	if !ok {
		p.form.stop()
		return card, false
	}
	p.form.switchSeat(draftSeat{person: c.me, about: card.ID})
	return card, true
}

func (p *prosConsPanel) update(msg tea.Msg) tea.Cmd {
	c := p.room
	card, ok := p.sync(c)
	if !ok {
		return nil
	}
	if !p.form.typing() {
		if k, isKey := msg.(tea.KeyPressMsg); isKey {
			switch {
			case matches(k, c.sh.Keys.Cards.Pick):
				p.cards.moveKey(k, c, cardIDs(cardsOnTable(c.v)), cardFirstOther(c))
				p.sync(c)
			case matches(k, c.sh.Keys.Cards.Turn):
				return p.form.focusField(p.form.focus + 1)
			}
		}
		return nil
	}
	action, cmd := p.form.update(msg)
	if action == composerSubmitted {
		p.send(c, card)
	}
	return cmd
}

// send sends the field being written, a pro or a con, and nothing else:
// a half-written pro waits as a draft while a con goes. Once the room has
// it, the field lets go and the choice goes back to a pro.
func (p *prosConsPanel) send(c *roomCtx, card session.Perspective) {
	i := p.form.focus
	text := p.form.value(i)
	var cmd session.Command = session.AddPro{Perspective: card.ID, Text: text}
	if i == prosConsCon {
		cmd = session.AddCon{Perspective: card.ID, Text: text}
	}
	if !c.do(cmd) {
		return
	}
	p.form.clear(i)
	p.form.stop()
	p.form.focusField(prosConsPro)
}

// prosConsWeighs reports whether the speaker is one of the trio, who weigh views.
func prosConsWeighs(c *roomCtx) bool {
	me, ok := c.v.Person(c.me)
	return ok && !me.Observer
}

// prosConsGavePro reports whether the speaker named a pro of a card.
func prosConsGavePro(c *roomCtx, card int) bool {
	for _, x := range c.v.About(session.Pro, card) {
		if x.Author == c.me {
			return true
		}
	}
	return false
}

// prosConsAwaits marks a card of someone else that has no pro from the speaker.
func prosConsAwaits(c *roomCtx, card session.Perspective) bool {
	return prosConsWeighs(c) && card.Author != c.me && !prosConsGavePro(c, card.ID)
}

func (p *prosConsPanel) view() panelView {
	c := p.room
	st := c.sh.Styles
	card, ok := p.sync(c)
	if !ok {
		return panelView{body: strings.Join(draw.Wrap(st.Muted.Render("No cards on the table yet. They open in the reveal round."), p.width), "\n")}
	}
	// Whose view a pro or con is about is named in the field itself.
	of := c.v.Name(card.Author) + "’s view"
	if card.Author == c.me {
		of = "your own view"
	}
	p.form.setLabel(prosConsPro, "Pro of "+of)
	p.form.setLabel(prosConsCon, "Con of "+of)
	p.form.setWidth(p.width - 2)
	tabs := cardTabs(c, cardIDs(cardsOnTable(c.v)), card.ID, func(id int) string {
		other, _ := c.v.Perspective(id)
		name := cardName(c, other)
		if prosConsAwaits(c, other) {
			name += st.Nudge.Render(" ○")
		}
		return name
	}, p.width)
	top := []string{tabs}
	if prosConsWeighs(c) && !c.v.GavePro(c.me) {
		top = append(top, cardForm(st.Nudge.Render("✎ Find a strength in a view that is not yours."), p.width)...)
	}
	body := cardBlock(top, cardDraw(c, card, p.width), []string{""}, p.weights(c, card, p.width))
	form := cardForm(p.form.view(c.nudging()), p.width)
	return panelView{body: strings.Join(body, "\n"), pinned: "\n" + strings.Join(form, "\n"), anchor: anchor{key: fmt.Sprint("card ", card.ID)}}
}

// readables are every card on the table, and each pro and con, whole.
func (p *prosConsPanel) readables() ([]readable, int) {
	c := p.room
	picked, _ := p.picked(c)
	return tableReadables(c, picked, func(card session.Perspective) (out []readable) {
		for _, x := range c.v.About(session.Pro, card.ID) {
			out = append(out, readable{title: c.v.Name(x.Author) + "’s pro of " + c.v.Name(card.Author) + "’s view", text: x.Text})
		}
		for _, x := range c.v.About(session.Con, card.ID) {
			out = append(out, readable{title: c.v.Name(x.Author) + "’s con of " + c.v.Name(card.Author) + "’s view", text: x.Text})
		}
		return out
	})
}

// weights lists the pros and cons of a card, each whole: side by side when
// wide, one after the other when narrow.
func (p *prosConsPanel) weights(c *roomCtx, card session.Perspective, width int) []string {
	st := c.sh.Styles
	pros, cons := c.v.About(session.Pro, card.ID), c.v.About(session.Con, card.ID)
	proHead := st.Label.Render("Pros") + st.Muted.Render(" ("+strconv.Itoa(len(pros))+")")
	if prosConsAwaits(c, card) {
		proHead += st.Nudge.Render(" ○ none from you yet")
	}
	conHead := st.Label.Render("Cons") + st.Muted.Render(" ("+strconv.Itoa(len(cons))+")")
	if width >= 70 {
		colW := (width - 3) / 2
		left := prosConsList(c, p.area, proHead, "+ ", pros, colW)
		right := prosConsList(c, p.area, conHead, "− ", cons, colW)
		joined := lipgloss.JoinHorizontal(lipgloss.Top,
			lipgloss.NewStyle().Width(colW).Render(strings.Join(left, "\n")), "   ",
			strings.Join(right, "\n"))
		return strings.Split(joined, "\n")
	}
	return cardBlock(prosConsList(c, p.area, proHead, "+ ", pros, width), prosConsList(c, p.area, conHead, "− ", cons, width))
}

// prosConsList is a heading over its items, each whole.
func prosConsList(c *roomCtx, a area, head, mark string, items []session.Contribution, width int) []string {
	lines := draw.Wrap(head, width)
	if len(items) == 0 {
		return append(lines, c.sh.Styles.Muted.Render("None yet."))
	}
	noun := "pro"
	if mark == "− " {
		noun = "con"
	}
	return append(lines, newestBlocks(c, a, items, noun, func(x session.Contribution) []string {
		return draw.Hang(mark+c.name(x.Author)+": ", x.Text, width)
	})...)
}

func (p *prosConsPanel) helpKeys() []key.Binding {
	c := p.room
	k := c.sh.Keys
	turn := relabel(k.Cards.Turn, "pro ⇄ con")
	if p.form.typing() {
		return []key.Binding{relabel(k.Writing.Send, "send"), turn}
	}
	if _, ok := p.picked(c); !ok {
		return nil
	}
	return []key.Binding{enable(k.Cards.Pick, len(cardsOnTable(c.v)) > 1), turn}
}

func (p *prosConsPanel) writable() bool {
	c := p.room
	_, ok := p.picked(c)
	return ok
}

func (p *prosConsPanel) write() tea.Cmd {
	c := p.room
	if _, ok := p.sync(c); !ok {
		return nil
	}
	return p.form.start()
}

func (p *prosConsPanel) speakerChanged() { p.sync(p.room) }

func init() {
	registerKind(content.KindProsCons, kindPiece{panel: newProsConsPanel, card: prosConsSummary})
}

// prosConsSummary is the pros and the cons given for a card.
func prosConsSummary(w *summaryWriter, p session.PerspectiveDoc) {
	w.saidList("Pros", "+ ", p.Pros)
	w.saidList("Cons", "− ", p.Cons)
}
