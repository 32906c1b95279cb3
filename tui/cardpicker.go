package tui

import (
	"slices"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/session"
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
		if from > 0 {
			s = st.Muted.Render("… ") + s
		}
		if to < len(tabs) {
			s += st.Muted.Render(" …")
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

// cardDraw draws a card in at most height lines: whose it is, then its
// fields with their labels; "…" says some of it is cut.
func cardDraw(c *roomCtx, card session.Perspective, width, height int) []string {
	st := c.sh.Styles
	role := ""
	if p, ok := c.v.Person(card.Author); ok {
		role = p.Role
	}
	head := c.name(card.Author) + st.Muted.Render("’s view")
	if role != "" {
		head += st.Muted.Render(" · " + role)
	}
	var lines []string
	if height > 3 { // when short, the tabs above say whose card it is
		lines = append(lines, ansi.Truncate(head, width, "…"))
	}
	for _, a := range card.Fields {
		label := st.Label.Render(cardFieldLabel(c.v, card, a.Field) + ":")
		lines = append(lines, wrapLines(label+" "+a.Text, width)...)
	}
	return firstLines(lines, height, width)
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

// cardBlocks keeps whole blocks (a question with its answers, a build) in
// height lines: the block in focus, then those after it, then those before,
// with a "… n more" line where some are left out. It draws only the blocks
// it looks at, block(i) for i from 0 to n-1: a card may hold thousands.
func cardBlocks(st Styles, n int, block func(i int) []string, focus, width, height int) []string {
	if height <= 0 || n == 0 {
		return nil
	}
	drawn := map[int][]string{}
	blockAt := func(i int) []string {
		b, ok := drawn[i]
		if !ok {
			b = block(i)
			drawn[i] = b
		}
		return b
	}
	focus = max(0, min(focus, n-1))
	from, to, used := focus, focus+1, len(blockAt(focus))
	fits := func() bool {
		marks := 0
		if from > 0 {
			marks++
		}
		if to < n {
			marks++
		}
		return used+marks <= height
	}
	more := func(n int) string { return st.Muted.Render("… " + strconv.Itoa(n) + " more") }
	if !fits() {
		// The block in focus alone is taller than the room: its beginning.
		var out []string
		if from > 0 && height > 1 {
			out = append(out, more(from))
		}
		return append(out, firstLines(blockAt(focus), height-len(out), width)...)
	}
	for to < n {
		used += len(blockAt(to))
		to++
		if !fits() {
			to--
			used -= len(blockAt(to))
			break
		}
	}
	for from > 0 {
		from--
		used += len(blockAt(from))
		if !fits() {
			used -= len(blockAt(from))
			from++
			break
		}
	}
	var out []string
	if from > 0 {
		out = append(out, more(from))
	}
	for i := from; i < to; i++ {
		out = append(out, blockAt(i)...)
	}
	if to < n {
		out = append(out, more(n-to))
	}
	return out
}

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
