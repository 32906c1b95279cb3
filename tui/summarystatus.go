package tui

import (
	"path/filepath"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// status is the line about the last thing done, or where files go. A
// path written is shown whole, on a line of its own when it is long.
func (s *summaryScreen) status(width int) []string {
	st := s.sh.Styles
	style, text := st.Muted, "Files go to "+filepath.Dir(s.exportPath("md"))
	switch {
	case s.sh.Remote && !s.alarm:
		// The command on a line of its own, so it can be copied whole,
		// under the last thing done, if any.
		var lines []string
		if s.notice != "" {
			for _, l := range strings.Split(ansi.Wrap(s.notice, width, ""), "\n") {
				lines = append(lines, st.Notice.Render(l))
			}
		}
		lines = append(lines, st.Muted.Render("To keep it, run this on your own machine, with the SSH key you joined with:"))
		for _, l := range strings.Split(ansi.Hardwrap(s.exportCommand(), width, true), "\n") {
			lines = append(lines, st.Strong.Render(l))
		}
		return lines
	case s.wrote != "":
		again := ""
		if s.again {
			again = " again"
		}
		if line := "✓ Wrote " + s.wrote + again; lipgloss.Width(line) <= width {
			return []string{st.Success.Render(line)}
		}
		lines := []string{st.Success.Render("✓ Wrote")}
		path := strings.Split(ansi.Hardwrap(s.wrote, width, true), "\n")
		if last := len(path) - 1; lipgloss.Width(path[last]+again) <= width {
			path[last] += again
		} else {
			path = append(path, strings.TrimSpace(again))
		}
		for _, l := range path {
			lines = append(lines, st.Success.Render(l))
		}
		return lines
	case s.notice != "" && s.alarm:
		style, text = st.Alarm, "✗ "+s.notice
	case s.notice != "":
		style, text = st.Notice, s.notice
	}
	lines := strings.Split(ansi.Wrap(text, width, ""), "\n")
	for i := range lines {
		lines[i] = style.Render(lines[i])
	}
	return lines
}
