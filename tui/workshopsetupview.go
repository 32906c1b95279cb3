package tui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/session"
)

// view draws the workshop's setup as the room's setup is drawn: a label
// a line, the field under it behind its bar, the chosen stop marked ▸.
func (s *workshopSetupScreen) view() string {
	st := s.sh.Styles
	form := min(100, s.width-4)
	label := func(stop int, text, aside string) string {
		l := st.Label.Render(text)
		if s.stop() == stop {
			l = st.Accent.Render("▸ " + text)
		}
		if aside != "" {
			l += "  " + st.Muted.Render(ansi.Truncate(aside, max(0, form-lipgloss.Width(l)-2), "…"))
		}
		return l
	}
	lines := []string{st.Title.Render("Set up a workshop of several trios")}
	lines = append(lines, markedLines(st.Muted, "", "Each trio gets a room and a code of its own; you follow every room on one screen.", form)...)
	lines = append(lines, "")
	if len(s.earlier) > 0 {
		lines = append(lines, st.Label.Render("Back to a workshop you opened"))
		for i, w := range s.earlier {
			text := fmt.Sprintf("%s · %s · %d trios · opened %s", w.Title, session.FormatCode(w.Code), len(w.Trios), w.OpenedAt.Local().Format("2 Jan 15:04"))
			if s.at == i {
				lines = append(lines, st.Selected.Render(ansi.Truncate("▸ "+text, form, "…")))
			} else {
				lines = append(lines, st.Muted.Render(ansi.Truncate("  "+text, form, "…")))
			}
		}
		lines = append(lines, "", st.Label.Render("Or a new one"))
	}
	lines = append(lines,
		label(stopTitle, "Title", "optional"), leftView(&s.title, st, true),
		label(stopQuestions, "The question", "required: one for every trio, or one a line for each"), s.questions.View(),
		scriptChoice(st, s.sh.Scripts(), s.script, s.stop() == stopScript, form),
		label(stopTrios, "How many trios", fmt.Sprintf("%d to %d, one a table; %d when empty", session.MinTrios, session.MaxTrios, defaultTrios)), leftView(&s.trios, st, false),
		label(stopName, "Your name", "optional (Coach when empty): the trios read it when you come in"), leftView(&s.name, st, false),
		"",
	)
	open := "[ Open the workshop ]"
	if s.stop() == stopOpen {
		lines = append(lines, st.Selected.Render("▸ "+open))
	} else {
		lines = append(lines, st.Strong.Render("  "+open))
	}
	switch {
	case s.notice != "":
		lines = append(lines, markedLines(st.Alarm, "✗ ", s.notice, form)...)
	case s.stop() == stopOpen:
		lines = append(lines, markedLines(st.Muted, "  ", "enter opens a room for each trio; then the dashboard shows how each joins", form)...)
	}
	return lipgloss.NewStyle().Padding(0, 2).Render(strings.Join(lines, "\n"))
}
