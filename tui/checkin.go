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

// checkInPanel is the check-in: everyone reads and accepts the dialogue
// agreements, and gives one word for how they arrive.
type checkInPanel struct {
	panelBase
	sh   *Shared
	form *composer
	// above is everything over the word's field, kept while the room, the
	// size and the colours stay the same: a key changes only the field.
	above draw.Kept[string, string]
	// The agreements and whether this person accepted them, which words
	// arriving leave as they were; and each person's entry in who is
	// here, which a word beside someone else's name leaves as it was.
	drawnAgreements draw.Kept[agreementsAt, agreementsDrawn]
	entries         map[session.ParticipantID]checkInEntry
}

// agreementsAt is what the agreements' drawing depends on: the width, the
// palette, and the person reading, by name, and whether they accepted.
type agreementsAt struct {
	width  int
	dark   bool
	agreed bool
	name   string
}

// agreementsDrawn are the agreements, the line under them, and the line
// they fold to in a full room once accepted.
type agreementsDrawn struct {
	agreements, accept, folded string
}

// checkInEntry is one person's entry in who is here, drawn for key.
type checkInEntry struct {
	key   string
	text  string
	width int
}

func newCheckInPanel(sh *Shared, at writingPlace, phase content.Phase) panel {
	p := &checkInPanel{sh: sh, form: newComposer(sh, at,
		field{key: session.FieldWord, label: "One word for how you arrive", hint: "hopeful, tired, curious…", limit: session.MaxWordRunes})}
	p.panelBase = holding(p.form)
	return p
}

func (p *checkInPanel) update(msg tea.Msg) tea.Cmd {
	c := p.room
	if !p.form.typing() {
		return nil
	}
	action, cmd := p.form.update(msg)
	// One word is the whole of it: once it is in, the keyboard is free
	// for the next person to accept and arrive.
	if action == composerSubmitted && c.do(session.CheckIn{Word: p.form.value(0)}) {
		p.form.clear()
		p.form.stop()
	}
	return cmd
}

func (p *checkInPanel) view() panelView {
	c := p.room
	st := c.sh.Styles
	p.form.setWidth(p.width - 2)

	var bottom string
	if p.form.typing() || !p.form.empty() { // a word kept unsent shows too
		bottom = p.form.view(c.nudging())
	} else {
		bottom = st.Muted.Render("Type your word, " + c.myName() + ": how do you arrive?")
		if word, ok := c.v.CheckInWord(c.me); ok {
			bottom = st.Success.Render("✓ ") + st.Muted.Render("Your word is “"+word+"”, "+c.myName()+". Type to change it.")
		}
		bottom = strings.Join(draw.Wrap(bottom, p.width), "\n")
	}

	// The agreements and who is here change with the room, not with a key.
	room := p.height - lipgloss.Height("\n"+bottom)
	key := fmt.Sprint(c.v.Seq, c.me, p.width, room, st.IsDark)
	body := p.above.Of(key, func() string {
		me, _ := c.v.Person(c.me)
		name := c.name(c.me)
		a := p.drawnAgreements.Of(agreementsAt{p.width, st.IsDark, me.Agreed, name}, func() agreementsDrawn {
			accept := "Press " + st.Key.Render("ctrl+o") + " to accept them, " + name + "."
			if me.Agreed {
				accept = st.Success.Render("✓ ") + "You have accepted them, " + name + "."
			}
			folded := st.Success.Render("✓ ") + "You have accepted the dialogue agreements, " + name + " (" + st.Key.Render("ctrl+t") + " reads them)."
			return agreementsDrawn{
				agreements: p.agreements(c),
				accept:     strings.Join(draw.Wrap(accept, p.width), "\n"),
				folded:     strings.Join(draw.Wrap(folded, p.width), "\n"),
			}
		})
		people := p.people(c)
		whole := []string{a.agreements, a.accept, "", people}
		if !me.Agreed || p.height <= 0 || heightOf(whole) <= room {
			return rows(whole...)
		}
		// Accepted, in a room too full to show the agreements and every
		// word at once: the agreements fold to a line, and who is here
		// shows whole.
		return rows(a.folded, "", people)
	})
	return panelView{body: body, pinned: "\n" + bottom}
}

// readables are the agreements, to read whole.
func (p *checkInPanel) readables() ([]readable, int) {
	c := p.room
	return []readable{{title: "The dialogue agreements", text: "• " + strings.Join(c.v.Script.Agreements, "\n• ")}}, -1
}

// agreements lists the dialogue agreements under a heading.
func (p *checkInPanel) agreements(c *roomCtx) string {
	st := c.sh.Styles
	lines := []string{st.Label.Render("The dialogue agreements")}
	for _, a := range c.v.Script.Agreements {
		lines = append(lines, draw.Hang("• ", a, max(10, p.width))...)
	}
	return strings.Join(lines, "\n")
}

// people shows who has accepted the agreements (✓, or ○ not yet) and the
// word each one arrived with, flowing across the width.
func (p *checkInPanel) people(c *roomCtx) string {
	st := c.sh.Styles
	if p.entries == nil || draw.Fresh() {
		p.entries = map[session.ParticipantID]checkInEntry{}
	}
	entries := make([]string, 0, len(c.v.People))
	widths := make([]int, 0, len(c.v.People))
	for _, person := range c.v.People {
		if c.v.Gone(person.ID) {
			continue
		}
		word, _ := c.v.CheckInWord(person.ID)
		key := person.Name + "\x00" + person.Role + "\x00" + word + "\x00" + strconv.FormatBool(person.Observer) + strconv.FormatBool(person.Agreed) + strconv.FormatBool(st.IsDark)
		e, ok := p.entries[person.ID]
		if !ok || e.key != key {
			mark := st.Muted.Render("○ ")
			if person.Agreed {
				mark = st.Success.Render("✓ ")
			}
			text := mark + c.name(person.ID)
			if word != "" {
				text += st.Muted.Render(" · ") + word
			}
			e = checkInEntry{key: key, text: text, width: draw.Width(text)}
			p.entries[person.ID] = e
		}
		entries, widths = append(entries, e.text), append(widths, e.width)
	}
	title := st.Label.Render("Who is here") + st.Muted.Render("  ✓ accepted  ○ not yet")
	return title + "\n" + checkInGrid(entries, widths, p.width)
}

// heightOf is how many lines blocks take, joined by rows.
func heightOf(blocks []string) int {
	n := len(blocks)
	for _, b := range blocks {
		n += strings.Count(b, "\n")
	}
	return n
}

// checkInGrid lays entries out in columns as wide as the widest entry, so
// a word arriving beside one name moves nobody else's: in a room of
// twelve, every screen redraws one entry, not the lines after it (until a
// longer word widens every column). Entries that fit on one line, or are
// too wide for two columns, flow as checkInFlow lays them.
func checkInGrid(entries []string, widths []int, width int) string {
	const gap = 3
	widest, line := 0, -gap
	for _, w := range widths {
		widest = max(widest, w)
		line += gap + w
	}
	if line <= width {
		// One line, as checkInFlow lays it: nothing after a word to move
		// but its own line.
		return strings.Join(entries, strings.Repeat(" ", gap))
	}
	columns := (width + gap) / (widest + gap)
	if columns < 2 {
		return checkInFlow(entries, width)
	}
	var lines []string
	for start := 0; start < len(entries); start += columns {
		var b strings.Builder
		for i := start; i < min(start+columns, len(entries)); i++ {
			if i > start {
				b.WriteString(strings.Repeat(" ", widest-widths[i-1]+gap))
			}
			b.WriteString(entries[i])
		}
		lines = append(lines, b.String())
	}
	return strings.Join(lines, "\n")
}

// checkInFlow lays entries out in lines of at most width cells, never
// breaking one entry across lines unless it is wider than a line: that one
// wraps on lines of its own.
func checkInFlow(entries []string, width int) string {
	var lines []string
	line := ""
	for _, e := range entries {
		switch {
		case draw.Width(e) > width:
			if line != "" {
				lines = append(lines, line)
			}
			for i, l := range draw.Wrap(e, max(1, width-2)) {
				if i > 0 {
					l = "  " + l
				}
				lines = append(lines, l)
			}
			line = ""
		case line == "":
			line = e
		case draw.Width(line)+3+draw.Width(e) <= width:
			line += "   " + e
		default:
			lines = append(lines, line)
			line = e
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

func (p *checkInPanel) helpKeys() []key.Binding {
	c := p.room
	if p.form.typing() {
		return []key.Binding{relabel(c.sh.Keys.Writing.Send, "send your word")}
	}
	return nil
}

// action accepts the agreements, for whoever has not yet.
func (p *checkInPanel) action() (phaseAction, bool) {
	c := p.room
	if me, ok := c.v.Person(c.me); !ok || me.Agreed {
		return phaseAction{}, false
	}
	return phaseAction{help: "accept the agreements", do: func(c *roomCtx) tea.Cmd {
		c.do(session.AcceptAgreements{})
		return nil
	}}, true
}

func (p *checkInPanel) writable() bool {
	c := p.room
	_, ok := c.v.Person(c.me)
	return ok
}

func init() {
	registerKind(content.KindCheckIn, kindPiece{panel: newCheckInPanel, person: checkInSummary})
}

// checkInSummary is the word a person arrived with, beside their name in
// the summary's people.
func checkInSummary(p session.PersonDoc) string {
	if p.CheckIn == "" {
		return ""
	}
	return "checked in with “" + p.CheckIn + "”"
}
