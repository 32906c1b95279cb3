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
	return scriptChoice(s.sh.Styles, s.sh.Scripts(), s.script, s.at.spot == spotScript, form)
}

// scriptChoice is the line that chooses a script with ←/→: its title and
// length, and which of how many it is; chosen marks the line the keyboard
// is on.
func scriptChoice(st *Styles, scripts []content.Script, i int, chosen bool, form int) string {
	if len(scripts) == 0 {
		return st.Label.Render("Script") + "  " + st.Muted.Render("none")
	}
	sc := scripts[i]
	text := sc.Title + " · " + aboutMinutes(sc)
	if len(scripts) > 1 {
		text = "◂ " + text + " ▸"
	}
	label, shown := st.Label.Render("Script"), st.Strong.Render(text)
	if chosen {
		label, shown = st.Accent.Render("▸ Script"), st.Selected.Render(text)
	}
	count := ""
	if len(scripts) > 1 {
		count = st.Muted.Render(fmt.Sprintf("  %d of %d", i+1, len(scripts)))
	}
	return ansi.Truncate(label+"  "+shown+count, form, "…")
}

// aboutMinutes says about how long a script takes.
func aboutMinutes(sc content.Script) string {
	return "about " + prose.Plural(int(sc.TotalTime().Minutes()+0.5), "minute")
}

// sideView shows the chosen script, phase by phase, on a wide terminal.
func (s *setupScreen) sideView(width int) string {
	st := s.sh.Styles
	if len(s.sh.Scripts()) == 0 {
		return ""
	}
	sc := s.sh.Scripts()[s.script]
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
