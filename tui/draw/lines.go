package draw

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Lines of text fitted to a panel: wrapped, hung under a prefix, cut or
// padded to a width, set side by side.

// Wrap wraps a text to width cells, words whole where they fit.
func Wrap(s string, width int) []string {
	return strings.Split(ansi.Wrap(s, max(1, width), ""), "\n")
}

// Hang wraps text after a prefix, the lines after the first indented under
// the text: "? Lee: What would…" / "        need to be true?". In a narrow
// column, where that would leave the text a sliver, the lines after the
// first are indented two cells instead.
func Hang(prefix, text string, width int) []string {
	indent := lipgloss.Width(prefix)
	if indent > width/2 {
		lines := Wrap(prefix+text, max(1, width-2))
		for i := 1; i < len(lines); i++ {
			lines[i] = "  " + lines[i]
		}
		return lines
	}
	lines := Wrap(text, max(1, width-indent))
	for i := range lines {
		if i == 0 {
			lines[i] = prefix + lines[i]
		} else {
			lines[i] = strings.Repeat(" ", indent) + lines[i]
		}
	}
	return lines
}

// LeftColumn lays out the left one of two columns: exactly height lines,
// each padded to width and followed by the separator. It is kept while
// the column stays the same; Beside puts each screen's right column to it.
func LeftColumn(left string, width int, sep string, height int) string {
	l := strings.Split(left, "\n")
	var b strings.Builder
	for i := range height {
		if i > 0 {
			b.WriteByte('\n')
		}
		var line string
		if i < len(l) {
			line = l[i]
		}
		b.WriteString(Pad(line, width) + sep)
	}
	return b.String()
}

// Pad makes a line exactly width cells: cut when longer, padded with
// spaces when shorter. It measures the line once.
func Pad(line string, width int) string {
	w := Width(line)
	if w > width {
		return ansi.Truncate(line, width, "")
	}
	return line + strings.Repeat(" ", width-w)
}
