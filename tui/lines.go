package tui

import (
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Lines of text fitted to a panel: wrapped, hung under a prefix, cut to a
// height with "…" where something is left out.

// wrapLines wraps a text to width cells, words whole where they fit.
func wrapLines(s string, width int) []string {
	return strings.Split(ansi.Wrap(s, max(1, width), ""), "\n")
}

// hang wraps text after a prefix, the lines after the first indented under
// the text: "? Lee: What would…" / "        need to be true?".
func hang(prefix, text string, width int) []string {
	indent := lipgloss.Width(prefix)
	lines := wrapLines(text, max(1, width-indent))
	for i := range lines {
		if i == 0 {
			lines[i] = prefix + lines[i]
		} else {
			lines[i] = strings.Repeat(" ", indent) + lines[i]
		}
	}
	return lines
}

// firstLines keeps the first height lines, the last ending in "…" when
// some are cut.
func firstLines(lines []string, height, width int) []string {
	if height <= 0 {
		return nil
	}
	if len(lines) <= height {
		return lines
	}
	lines = slices.Clone(lines[:height])
	lines[height-1] = ansi.Truncate(lines[height-1], max(1, width-1), "") + "…"
	return lines
}

// lastLines keeps the newest height lines, with "…" above them when some
// are cut.
func lastLines(st Styles, lines []string, height int) []string {
	if height <= 0 {
		return nil
	}
	if len(lines) <= height {
		return lines
	}
	lines = slices.Clone(lines[len(lines)-height:])
	if height > 1 {
		lines[0] = st.Muted.Render("…")
	}
	return lines
}
