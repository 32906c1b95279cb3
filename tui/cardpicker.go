package tui

import (
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/session"
	"trio/tui/draw"
)

// The phases after the reveal all work on the cards on the table: a person
// picks one with ←/→ and sees it drawn small above what the others added.

// cardsOnTable are the revealed cards, in the order they were written.
func cardsOnTable(v session.View) []session.Perspective {
	var out []session.Perspective
	for _, p := range v.Perspectives {
		if p.Revealed && !p.Hidden && !p.Withdrawn {
			out = append(out, p)
		}
	}
	return out
}

// cardsOfOthers are the cards on the table that someone else wrote.
func cardsOfOthers(v session.View, me session.ParticipantID) []session.Perspective {
	var out []session.Perspective
	for _, p := range cardsOnTable(v) {
		if p.Author != me {
			out = append(out, p)
		}
	}
	return out
}

// cardFirstOther is the card a person sees first: the first one not theirs.
func cardFirstOther(c *roomCtx) int {
	if others := cardsOfOthers(c.v, c.me); len(others) > 0 {
		return others[0].ID
	}
	return 0
}

func cardIDs(cards []session.Perspective) []int {
	ids := make([]int, len(cards))
	for i, p := range cards {
		ids[i] = p.ID
	}
	return ids
}

// cardPicker remembers the card each person picked, so on a shared
// keyboard everyone comes back to the card they were on.
type cardPicker struct {
	picks map[session.ParticipantID]int
}

func newCardPicker() *cardPicker {
	return &cardPicker{picks: map[session.ParticipantID]int{}}
}

// picked is the id the person picked among ids; until they pick, or when
// their card left the table, it is first (or ids[0] if first is not there).
func (p *cardPicker) picked(me session.ParticipantID, ids []int, first int) (int, bool) {
	if len(ids) == 0 {
		return 0, false
	}
	if id, ok := p.picks[me]; ok && slices.Contains(ids, id) {
		return id, true
	}
	if slices.Contains(ids, first) {
		return first, true
	}
	return ids[0], true
}

// move picks the card by steps away from the one picked, round the table.
func (p *cardPicker) move(me session.ParticipantID, ids []int, first, by int) {
	id, ok := p.picked(me, ids, first)
	if !ok {
		return
	}
	i := slices.Index(ids, id)
	p.picks[me] = ids[((i+by)%len(ids)+len(ids))%len(ids)]
}

// moveKey moves the picked card for ←/→ and reports whether it was one.
func (p *cardPicker) moveKey(msg tea.KeyPressMsg, c *roomCtx, ids []int, first int) bool {
	if !matches(msg, c.sh.Keys.Cards.Pick) {
		return false
	}
	by := 1
	if matches(msg, c.sh.Keys.Cards.Back) {
		by = -1
	}
	p.move(c.me, ids, first, by)
	return true
}

// cardTabs is one line naming the choices, the picked one in brackets:
// "◂ Maya (you) · [Sam] · Lee ▸". When they do not fit, the picked one
// and its neighbours are shown, with "…" where the rest are.
func cardTabs(c *roomCtx, ids []int, picked int, label func(id int) string, width int) string {
	st := c.sh.Styles
	tabs := make([]string, len(ids))
	at := 0
	for i, id := range ids {
		tabs[i] = label(id)
		if id == picked {
			at = i
			tabs[i] = st.Accent.Render("[") + tabs[i] + st.Accent.Render("]")
		}
	}
	sep := st.Muted.Render(" · ")
	line := func(from, to int) string {
		s := strings.Join(tabs[from:to], sep)
		// Cards out of sight are counted, so nobody wonders how many.
		if from > 0 {
			s = st.Muted.Render(fmt.Sprintf("%d more · ", from)) + s
		}
		if to < len(tabs) {
			s += st.Muted.Render(fmt.Sprintf(" · %d more", len(tabs)-to))
		}
		return st.Muted.Render("◂ ") + s + st.Muted.Render(" ▸")
	}
	from, to := at, at+1
	for from > 0 || to < len(tabs) {
		grown := false
		if to < len(tabs) && lipgloss.Width(line(from, to+1)) <= width {
			to, grown = to+1, true
		}
		if from > 0 && lipgloss.Width(line(from-1, to)) <= width {
			from, grown = from-1, true
		}
		if !grown {
			break
		}
	}
	return ansi.Truncate(line(from, to), width, "…")
}

// cardName is the author of a card as a tab: their name, and "(you)" on
// the speaker's own.
func cardName(c *roomCtx, card session.Perspective) string {
	name := c.name(card.Author)
	if card.Author == c.me {
		name += c.sh.Styles.Muted.Render(" (you)")
	}
	return name
}

// cardDraw draws a card whole: whose it is, then its fields with their
// labels.
func cardDraw(c *roomCtx, card session.Perspective, width int) []string {
	st := c.sh.Styles
	head := c.name(card.Author) + st.Muted.Render("’s view")
	if p, ok := c.v.Person(card.Author); ok && p.Role != "" {
		head += st.Muted.Render(" · " + p.Role)
	}
	lines := draw.Wrap(head, width)
	for _, a := range card.Fields {
		label := st.Label.Render(cardFieldLabel(c.v, card, a.Field) + ":")
		lines = append(lines, draw.Wrap(label+" "+a.Text, width)...)
	}
	// What the author added while walking the others through it belongs
	// to the card from then on.
	for _, x := range c.v.About(session.CardAddition, card.ID) {
		lines = append(lines, draw.Wrap(st.Accent.Render("+ ")+st.Label.Render("Added in the reveal:")+" "+x.Text, width)...)
	}
	return lines
}

// tableReadables are every card on the table, each followed by what was
// said about it (said), whole; first is where the picked card stands, so
// the reader opens on it.
func tableReadables(c *roomCtx, picked session.Perspective, said func(card session.Perspective) []readable) (out []readable, first int) {
	first = -1
	for _, card := range cardsOnTable(c.v) {
		if card.ID == picked.ID {
			first = len(out)
		}
		out = append(out, cardReadable(c, card))
		out = append(out, said(card)...)
	}
	return out, first
}

// cardReadable is a card to read whole: each field under its label.
func cardReadable(c *roomCtx, card session.Perspective) readable {
	var parts []string
	for _, a := range card.Fields {
		parts = append(parts, cardFieldLabel(c.v, card, a.Field)+":\n"+a.Text)
	}
	for _, x := range c.v.About(session.CardAddition, card.ID) {
		parts = append(parts, "Added in the reveal:\n"+x.Text)
	}
	title := c.v.Name(card.Author) + "’s card"
	if p, ok := c.v.Person(card.Author); ok && p.Role != "" {
		title += " · " + p.Role
	}
	return readable{title: title, text: strings.Join(parts, "\n\n")}
}

// cardFieldLabel is a field's label as the silent-writing phase named it.
func cardFieldLabel(v session.View, card session.Perspective, id string) string {
	for _, ph := range v.Script.Phases {
		if ph.ID != card.Phase {
			continue
		}
		for _, f := range ph.Fields {
			if f.ID == id {
				return f.Label
			}
		}
	}
	return id
}

// cardPosition is the first field of a card, the view in a sentence.
func cardPosition(card session.Perspective) string {
	if len(card.Fields) == 0 {
		return ""
	}
	return card.Fields[0].Text
}

// Lines of text, fitted to the panel.

// cardBlock joins pieces of a panel, each a list of lines.
func cardBlock(lines ...[]string) []string {
	var out []string
	for _, l := range lines {
		out = append(out, l...)
	}
	return out
}

// cardForm is a composer's view wrapped to width, so a long nudge takes
// lines of its own rather than being cut.
func cardForm(form string, width int) []string {
	return strings.Split(lipgloss.NewStyle().Width(width).Render(form), "\n")
}

// cardKeepWriting hands the keyboard to the field in use when it changed under
// the person (the speaker switched, the yes was accepted): if any of the
// composers was being written in, to is now, and only it. A nil to stops
// them all.
func cardKeepWriting(to *composer, all ...*composer) tea.Cmd {
	writing := false
	for _, f := range all {
		writing = writing || f.typing()
	}
	if !writing || (to != nil && to.typing()) {
		for _, f := range all {
			if f != to && f.typing() {
				f.stop()
			}
		}
		return nil
	}
	for _, f := range all {
		f.stop()
	}
	if to == nil {
		return nil
	}
	return to.start()
}
