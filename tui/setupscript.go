package tui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/content"
	"trio/content/prose"
)

// scriptLine is the script chooser: its title and about how long it takes.
func (s *setupScreen) scriptLine(form int) string {
	st := s.sh.Styles
	if len(s.sh.Scripts) == 0 {
		return st.Label.Render("Script") + "  " + st.Muted.Render("none")
	}
	sc := s.sh.Scripts[s.script]
	text := sc.Title + " · " + aboutMinutes(sc)
	if len(s.sh.Scripts) > 1 {
		text = "◂ " + text + " ▸"
	}
	label := st.Label.Render("Script")
	chosen := st.Strong.Render(text)
	if s.at.spot == spotScript {
		label = st.Accent.Render("▸ Script")
		chosen = st.Selected.Render(text)
	}
	count := ""
	if len(s.sh.Scripts) > 1 {
		count = st.Muted.Render(fmt.Sprintf("  %d of %d", s.script+1, len(s.sh.Scripts)))
	}
	return ansi.Truncate(label+"  "+chosen+count, form, "…")
}

// aboutMinutes says about how long a script takes.
func aboutMinutes(sc content.Script) string {
	return "about " + prose.Plural(int(sc.TotalTime().Minutes()+0.5), "minute")
}

// sideView shows the chosen script, phase by phase, on a wide terminal.
func (s *setupScreen) sideView(width int) string {
	st := s.sh.Styles
	if len(s.sh.Scripts) == 0 {
		return ""
	}
	sc := s.sh.Scripts[s.script]
	lines := []string{st.Label.Render("The script"), st.Strong.Render(ansi.Truncate(sc.Title, width, "…"))}
	lines = append(lines, markedLines(st.Muted, "", sc.Description, width)...)
	lines = append(lines, "")
	for i, p := range sc.Phases {
		n := fmt.Sprintf("%2d  ", i+1)
		mins := fmt.Sprintf("%d min", int(p.Timebox.Minutes()+0.5))
		title := ansi.Truncate(p.Title, width-len(n)-len(mins)-1, "…")
		pad := max(1, width-len(n)-lipgloss.Width(title)-len(mins))
		lines = append(lines, st.Muted.Render(n)+title+strings.Repeat(" ", pad)+st.Muted.Render(mins))
	}
	lines = append(lines, "", st.Muted.Render("In all, "+aboutMinutes(sc)+"."), "")
	about := "With a coach, the coach keeps time and facilitates; the trio writes, builds and votes. Without one, the first person facilitates as well."
	if !s.sh.Local {
		about = "You keep time and move the room on, and write, build and vote with the others. You can hand the role to someone else in the room later."
	}
	lines = append(lines, markedLines(st.Muted, "", about, width)...)
	return strings.Join(lines, "\n")
}
