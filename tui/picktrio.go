package tui

import (
	"context"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"trio/content/prose"
	"trio/session"
	"trio/tui/draw"
)

// pickTrioMsg opens the list of a workshop's tables, on one of them
// (from 1; 0 is the first).
type pickTrioMsg struct {
	code  string
	table int
}

// tablesChangedMsg says a room of the workshop on the list changed.
type tablesChangedMsg struct{ code string }

// pickTrioScreen lists a workshop's tables for someone who came with its
// code: they choose the trio they sit with and join its room, as with
// its own code. It shows what the hub's TrioChoices holds: each table's
// question and who is in its room, never a word a trio wrote.
type pickTrioScreen struct {
	area
	sh      *Shared
	code    string
	choices session.TrioChoices
	chosen  int
	reading bool // the chosen table, whole
	refusal string
	sub     *session.Subscription
	life    context.Context
	end     context.CancelFunc
}

// newPickTrioScreen lists a workshop's tables, live: who comes in and
// goes shows as it happens.
func newPickTrioScreen(sh *Shared, code string, table int) (*pickTrioScreen, tea.Cmd) {
	p := &pickTrioScreen{sh: sh, code: code}
	p.life, p.end = context.WithCancel(context.Background())
	p.reload()
	// The cursor starts on the table asked for, else on the one the person
	// already sits at: enter takes them back to their own trio.
	for i, t := range p.choices.Trios {
		if t.Table == table || table == 0 && t.Yours {
			p.chosen = i
		}
	}
	sub, err := sh.Hub.SubscribeWorkshop(code)
	if err != nil {
		return p, nil
	}
	p.sub = sub
	return p, p.listen()
}

func (p *pickTrioScreen) listen() tea.Cmd {
	sub, life, code := p.sub, p.life, p.code
	return waits(func() tea.Msg {
		select {
		case <-sub.C:
			return tablesChangedMsg{code: code}
		case <-life.Done():
			return nil
		}
	})
}

// close stops listening to the workshop.
func (p *pickTrioScreen) close() {
	p.end()
	if p.sub != nil {
		p.sub.Close()
	}
}

func (p *pickTrioScreen) reload() {
	choices, err := p.sh.Hub.TrioChoices(p.code, p.sh.Me)
	if err != nil {
		p.refusal = reasonFor(err)
		return
	}
	p.choices = choices
	p.chosen = min(p.chosen, max(0, len(choices.Trios)-1))
}

// Nothing is typed here: letters do nothing but q.
func (p *pickTrioScreen) typing() bool { return false }

func (p *pickTrioScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tablesChangedMsg:
		if msg.code != p.code || p.sub == nil {
			return nil
		}
		p.reload()
		return p.listen()
	case tea.KeyPressMsg:
		return p.key(msg)
	}
	return nil
}

func (p *pickTrioScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	k := p.sh.Keys.Pick
	trios := p.choices.Trios
	switch {
	case matches(msg, k.Leave) && p.reading, matches(msg, k.Read):
		p.reading = !p.reading && len(trios) > 0
	case matches(msg, k.Leave):
		return p.sh.move(backHomeMsg{})
	case matches(msg, k.Choose) && !p.reading:
		if msg.String() == "up" {
			p.chosen = max(0, p.chosen-1)
		} else {
			p.chosen = max(0, min(len(trios)-1, p.chosen+1))
		}
	case matches(msg, k.Join) && len(trios) > 0:
		t := trios[p.chosen]
		return p.sh.move(enterTrioMsg{room: t.Room, back: pickTrioMsg{code: p.code, table: t.Table}})
	}
	return nil
}

func (p *pickTrioScreen) view() string {
	st := p.sh.Styles
	width := max(20, p.width-4)
	height := max(1, p.height-3) // the padding and the help footer
	wrap := func(style draw.Ink, mark, text string) []string {
		return markedLines(style, mark, text, width)
	}
	lines := []string{st.Title.Render("Pick your trio") + st.Muted.Render("  "+p.choices.Code), ""}
	if p.refusal != "" {
		lines = append(lines, wrap(st.Alarm, "✗ ", p.refusal)...)
		return lipgloss.NewStyle().Padding(1, 2).Render(strings.Join(lines, "\n"))
	}
	about := fmt.Sprintf("%s, coached by %s. Choose the table you sit at, and join its room.", p.choices.Title, p.choices.Coach)
	lines = append(lines, wrap(st.Muted, "", about)...)
	lines = append(lines, "")
	trios := p.choices.Trios
	if p.reading && p.chosen < len(trios) {
		t := trios[p.chosen]
		lines = append(lines, st.Strong.Render(fmt.Sprintf("Table %d", t.Table)), "")
		lines = append(lines, wrap(st.Strong, "", t.Question)...)
		lines = append(lines, "")
		lines = append(lines, wrap(st.Muted, "", seatsText(t))...)
		return lipgloss.NewStyle().Padding(1, 2).Render(strings.Join(lines, "\n"))
	}
	row := func(i int, text string) string {
		if i == p.chosen {
			return st.Selected.Render("▸ " + text)
		}
		return "  " + text
	}
	// As many tables as fit, two lines each, keeping the chosen one on
	// screen; under them, how to read a question that was cut.
	var tail []string
	if len(trios) > 0 {
		t := trios[p.chosen]
		if draw.Width(p.rowHead(t)) > width-2 {
			tail = append(tail, "", st.Muted.Render(draw.Truncate(fmt.Sprintf("ctrl+t reads table %d's question whole", t.Table), width, "…")))
		}
	}
	fits := max(1, (height-len(lines)-len(tail)-1)/2)
	first := max(0, min(p.chosen-fits+1, len(trios)-fits))
	for i := first; i < len(trios) && i < first+fits; i++ {
		lines = append(lines, row(i, draw.Truncate(p.rowHead(trios[i]), width-2, "…")),
			"    "+st.Muted.Render(draw.Truncate(seatsText(trios[i]), width-4, "…")))
	}
	if shown := min(len(trios), first+fits) - first; shown < len(trios) {
		lines = append(lines, st.Muted.Render(fmt.Sprintf("  %d of the %d tables · ↑/↓ for the others", shown, len(trios))))
	}
	lines = append(lines, tail...)
	return lipgloss.NewStyle().Padding(1, 2).Render(strings.Join(lines, "\n"))
}

// rowHead is a table's first line: its number and its question.
func (p *pickTrioScreen) rowHead(t session.TrioChoice) string {
	return fmt.Sprintf("Table %d  %s", t.Table, t.Question)
}

// seatsText says who is in a table's room, and whether it takes someone
// new.
func seatsText(t session.TrioChoice) string {
	var names []string
	for _, s := range t.People {
		name := s.Name
		if !s.Here {
			name += " (away)"
		}
		names = append(names, name)
	}
	var parts []string
	switch {
	case t.Locked && !t.Yours:
		parts = append(parts, "🔒 locked: its facilitator has closed it to new people")
	case len(names) == 0:
		parts = append(parts, "empty")
	default:
		parts = append(parts, prose.And(names))
	}
	switch {
	case t.Yours:
		parts = append(parts, "you are in this trio")
	case t.Full && !t.Locked:
		parts = append(parts, "full")
	}
	return strings.Join(parts, " · ")
}

func (p *pickTrioScreen) helpKeys() []key.Binding {
	k := p.sh.Keys.Pick
	if p.reading {
		return []key.Binding{k.Join, relabel(k.Leave, "back to the list"), p.sh.Keys.Quit}
	}
	// On a narrow terminal what matters least gives way, never quitting.
	return fittedHelp(p.width, []key.Binding{k.Join, k.Choose, k.Leave, k.Read}, p.sh.Keys.Quit)
}
