package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/session"
)

// seats is how many people a room still has room for, the coach counted.
func (s *setupScreen) seats() int {
	taken := len(s.people)
	if s.hasCoach() {
		taken++
	}
	return session.MaxParticipants - taken
}

func (s *setupScreen) hasCoach() bool { return strings.TrimSpace(s.coach.Value()) != "" }

func (s *setupScreen) add() tea.Cmd {
	if s.seats() <= 0 {
		s.notice = fmt.Sprintf("A room holds at most %d people, the coach included.", session.MaxParticipants)
		return nil
	}
	p := newSetupPerson("")
	p.name.SetStyles(s.sh.Styles.lineStyles())
	p.role.SetStyles(s.sh.Styles.lineStyles())
	s.people = append(s.people, p)
	return s.goTo(setupStop{spot: spotName, person: len(s.people) - 1})
}

func (s *setupScreen) remove(i int) tea.Cmd {
	if len(s.people) <= 1 {
		s.notice = "A workshop needs at least one person."
		return nil
	}
	s.people[i].name.Blur()
	s.people[i].role.Blur()
	s.people = append(s.people[:i:i], s.people[i+1:]...)
	s.at = setupStop{spot: s.at.spot, person: min(i, len(s.people)-1)}
	return s.goTo(s.at)
}

// peopleAside says how many are in and who facilitates.
func (s *setupScreen) peopleAside() string {
	if !s.sh.Local {
		return "you facilitate; the others join from their own terminal"
	}
	count := peopleCount(len(s.people))
	who := "the first person facilitates"
	if s.hasCoach() {
		who = "the coach facilitates"
	}
	return fmt.Sprintf("%s · at most %d · %s", count, session.MaxParticipants, who)
}

// peopleCount counts people as a person would: "1 person", "3 people".
func peopleCount(n int) string {
	if n == 1 {
		return "1 person"
	}
	return fmt.Sprintf("%d people", n)
}

// peopleRows draws a row per person, with what to fix under it. When they
// do not all fit, the rows scroll to keep the one being typed in on screen.
func (s *setupScreen) peopleRows(form int, problems setupProblems, budget int) []string {
	st := s.sh.Styles
	rows := make([][]string, len(s.people))
	for i, p := range s.people {
		mark := "  "
		if (s.at.spot == spotName || s.at.spot == spotRole) && s.at.person == i {
			mark = st.Accent.Render("▸ ")
		}
		row := mark + leftView(&p.name, st, false) + "  " + leftView(&p.role, st, false)
		if i == 0 && !s.hasCoach() {
			row += st.Muted.Render("  ★ facilitates")
		}
		rows[i] = []string{ansi.Truncate(row, form, "")}
		for _, at := range []setupStop{{spot: spotName, person: i}, {spot: spotRole, person: i}} {
			if text, ok := problems.at[at]; ok {
				rows[i] = append(rows[i], markedLines(st.Alarm, "  ✗ ", text, form)...)
			}
		}
	}

	// fits counts the rows that fit from a first one, leaving a line for
	// "more above" and "more below" when they are needed.
	fits := func(first int) int {
		room := budget
		if first > 0 {
			room--
		}
		used, n := 0, 0
		for i := first; i < len(rows); i++ {
			more := 0
			if i < len(rows)-1 {
				more = 1
			}
			if used+len(rows[i])+more > room {
				break
			}
			used += len(rows[i])
			n++
		}
		return max(1, n)
	}
	focus := -1
	switch s.at.spot {
	case spotName, spotRole:
		focus = s.at.person
	case spotAdd:
		focus = len(rows) - 1
	}
	s.first = max(0, min(s.first, len(rows)-1))
	if focus >= 0 {
		s.first = min(s.first, focus)
		for s.first < focus && focus >= s.first+fits(s.first) {
			s.first++
		}
	}
	// No empty space below the last row while rows above are hidden.
	for s.first > 0 && fits(s.first-1) > fits(s.first) {
		s.first--
	}
	n := fits(s.first)
	var out []string
	if s.first > 0 {
		out = append(out, st.Muted.Render(fmt.Sprintf("  ↑ %d more above", s.first)))
	}
	for _, row := range rows[s.first : s.first+n] {
		out = append(out, row...)
	}
	if rest := len(rows) - s.first - n; rest > 0 {
		out = append(out, st.Muted.Render(fmt.Sprintf("  ↓ %d more below", rest)))
	}
	return out
}
