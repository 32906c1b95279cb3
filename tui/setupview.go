package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/session"
	"trio/tui/draw"
)

// The layout: the form on the left; on a wide terminal, the chosen script
// beside it.

// scriptColumnWidth is the chosen script's column on a wide terminal.
const scriptColumnWidth = 44

// widths are the form's and the script column's, 0 when there is no room.
func (s *setupScreen) widths() (form, side int) {
	inner := s.width - 4
	if s.width >= 118 {
		return inner - scriptColumnWidth - 4, scriptColumnWidth
	}
	return min(inner, 100), 0
}

// size fits the fields to the form's width.
func (s *setupScreen) size(form int) {
	line := max(10, form-3)   // the prompt takes two cells and the cursor one
	s.question.SetWidth(form) // an area's width holds its bar
	s.goal.SetWidth(form)
	s.coach.SetWidth(min(line, session.MaxNameCells+1))
	name, role := s.columns(form)
	for i := range s.people {
		s.people[i].name.SetWidth(name)
		s.people[i].role.SetWidth(role)
	}
}

// columns are the widths of the name and role fields of a row.
func (s *setupScreen) columns(form int) (name, role int) {
	// The mark, two prompts, two cursors, the gap, and "  ★ facilitates".
	room := form - 25
	role = max(8, min(session.MaxRoleCells+1, room*4/9))
	name = max(8, min(session.MaxNameCells+1, room-role))
	return name, role
}

func (s *setupScreen) view() string {
	st := s.sh.Styles
	form, side := s.widths()
	s.size(form)
	problems := s.check()
	height := max(1, s.height-1) // the help footer takes a line
	roomy := s.height >= 32
	gap := func(lines []string) []string {
		if roomy {
			return append(lines, "")
		}
		return lines
	}
	wrap := func(style draw.Ink, mark, text string) []string {
		return markedLines(style, mark, text, form)
	}
	problem := func(at setupStop) []string {
		if text, ok := problems.at[at]; ok {
			return wrap(st.Alarm, "✗ ", text)
		}
		return nil
	}
	label := func(at setupStop, text, aside string) string {
		l := st.Label.Render(text)
		if s.at == at {
			l = st.Accent.Render("▸ " + text)
		}
		if aside != "" {
			l += "  " + st.Muted.Render(ansi.Truncate(aside, max(0, form-lipgloss.Width(l)-2), "…"))
		}
		return l
	}

	top := []string{st.Title.Render("Set up a new workshop"), ""}
	at := setupStop{spot: spotQuestion}
	top = append(top, label(at, "The question", "required"), s.question.View())
	top = gap(append(top, problem(at)...))
	at = setupStop{spot: spotGoal}
	top = append(top, label(at, "A shared goal", "optional: a first draft the trio can reword"), s.goal.View())
	top = gap(append(top, problem(at)...))
	top = append(top, s.scriptLine(form))
	if side == 0 && len(s.sh.Scripts()) > 0 {
		top = append(top, wrap(st.Muted, "  ", s.sh.Scripts()[s.script].Description)...)
	}
	top = gap(top)

	var bottom []string
	start := "[ Start the workshop ]"
	if s.sh.Local {
		if s.at.spot == spotAdd {
			bottom = append(bottom, st.Selected.Render("▸ + Add a person"))
		} else {
			bottom = append(bottom, st.Muted.Render("  + Add a person"))
		}
		if s.notice != "" {
			bottom = append(bottom, wrap(st.Notice, "  ", s.notice)...)
		}
		bottom = gap(bottom)
		at = setupStop{spot: spotCoach}
		bottom = append(bottom, label(at, "Coach", "optional: joins as an observer and facilitates"), leftView(&s.coach, st, false))
		bottom = append(bottom, problem(at)...)
	} else {
		start = "[ Open the room ]"
	}
	bottom = append(bottom, "")
	if s.at.spot == spotStart {
		bottom = append(bottom, st.Selected.Render("▸ "+start))
	} else {
		bottom = append(bottom, st.Strong.Render("  "+start))
	}
	switch {
	case s.refusal != "":
		bottom = append(bottom, wrap(st.Alarm, "✗ ", s.refusal)...)
	case s.tried && problems.any():
		bottom = append(bottom, wrap(st.Alarm, "✗ ", "Fix what is marked ✗ above; everything you typed is kept.")...)
	case s.at.spot == spotStart && s.sh.Local:
		bottom = append(bottom, st.Muted.Render("  enter opens the room"))
	case s.at.spot == spotStart:
		bottom = append(bottom, wrap(st.Muted, "  ", "enter opens the room; then share its code so the others can join")...)
	}

	aside := s.peopleAside()
	heading := "People"
	if !s.sh.Local {
		heading = "You"
	}
	people := []string{st.Label.Render(heading) + "  " + st.Muted.Render(ansi.Truncate(aside, max(0, form-lipgloss.Width(heading)-2), "…"))}
	if problems.people != "" {
		people = append(people, wrap(st.Alarm, "✗ ", problems.people)...)
	}
	budget := height - len(top) - len(bottom) - len(people)
	people = append(people, s.peopleRows(form, problems, budget)...)

	lines := append(append(top, people...), bottom...)
	body := strings.Join(lines, "\n")
	if side > 0 {
		body = lipgloss.JoinHorizontal(lipgloss.Top,
			lipgloss.NewStyle().Width(form).MaxWidth(form).Render(body),
			"    ", s.sideView(side))
	}
	return lipgloss.NewStyle().Padding(0, 2).Render(body)
}

// markedLines wraps a text to a width behind a mark, the lines after the
// first indented under it.
func markedLines(style draw.Ink, mark, text string, width int) []string {
	lines := draw.Hang(mark, text, max(10, width))
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return lines
}
