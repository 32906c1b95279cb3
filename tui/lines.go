package tui

import (
	"image/color"
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

// screenLines makes a whole screen in one pass: each line cut or padded to
// width cells and drawn in the text colour. Measuring each line once,
// rather than once per layout step, is most of the cost of a frame.
func screenLines(s string, width int, text color.Color) string {
	if s == "" {
		return ""
	}
	style := ansi.Style{}.ForegroundColor(text)
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = style.Styled(padTo(line, width))
	}
	return strings.Join(lines, "\n")
}

// sideBySide sets two blocks in columns of exactly height lines, the left
// one padded to its width, a separator between them; what does not fit is
// cut, never wrapped, so neither column can push the layout down.
func sideBySide(left string, leftWidth int, sep, right string, rightWidth, height int) string {
	l, r := strings.Split(left, "\n"), strings.Split(right, "\n")
	var b strings.Builder
	for i := range height {
		if i > 0 {
			b.WriteByte('\n')
		}
		var line string
		if i < len(l) {
			line = l[i]
		}
		b.WriteString(padTo(line, leftWidth) + sep)
		if i < len(r) {
			b.WriteString(ansi.Truncate(r[i], rightWidth, ""))
		}
	}
	return b.String()
}

// padTo makes a line exactly width cells: cut when longer, padded with
// spaces when shorter. It measures the line once.
func padTo(line string, width int) string {
	w := ansi.StringWidth(line)
	if w > width {
		return ansi.Truncate(line, width, "")
	}
	return line + strings.Repeat(" ", width-w)
}
