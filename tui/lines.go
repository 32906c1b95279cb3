package tui

import (
	"image/color"
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
// the text: "? Lee: What would…" / "        need to be true?". In a narrow
// column, where that would leave the text a sliver, the lines after the
// first are indented two cells instead.
func hang(prefix, text string, width int) []string {
	indent := lipgloss.Width(prefix)
	if indent > width/2 {
		lines := wrapLines(prefix+text, max(1, width-2))
		for i := 1; i < len(lines); i++ {
			lines[i] = "  " + lines[i]
		}
		return lines
	}
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

// fittedScreen makes whole screens: each line cut or padded to the width and
// drawn in the text colour. Measuring each line once, rather than once per
// layout step, was most of the cost of a frame; and a line that is as it
// was on the last screen is not measured again, since most of a screen
// stays as it was from one frame to the next.
type fittedScreen struct {
	width        int
	text         color.Color
	given, drawn []string // the last screen's lines, before and after
}

func (sc *fittedScreen) lines(s string, width int, text color.Color) string {
	if s == "" {
		return ""
	}
	if width != sc.width || !sameColor(text, sc.text) {
		sc.width, sc.text, sc.given, sc.drawn = width, text, nil, nil
	}
	style := ansi.Style{}.ForegroundColor(text)
	given := strings.Split(s, "\n")
	drawn := make([]string, len(given))
	for i, line := range given {
		if i < len(sc.given) && sc.given[i] == line {
			drawn[i] = sc.drawn[i]
			continue
		}
		drawn[i] = style.Styled(padTo(line, width))
	}
	sc.given, sc.drawn = given, drawn
	return strings.Join(drawn, "\n")
}

func sameColor(a, b color.Color) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	ar, ag, ab, aa := a.RGBA()
	br, bg, bb, ba := b.RGBA()
	return ar == br && ag == bg && ab == bb && aa == ba
}

// leftColumn lays out the left one of two columns: exactly height lines,
// each padded to width and followed by the separator. It is kept while
// the column stays the same; beside puts each screen's right column to it.
func leftColumn(left string, width int, sep string, height int) string {
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
		b.WriteString(padTo(line, width) + sep)
	}
	return b.String()
}

// beside sets a block to the right of a left column, line by line; what
// does not fit is cut, never wrapped, so neither column can push the
// layout down.
func beside(column, right string, rightWidth int) string {
	l, r := strings.Split(column, "\n"), strings.Split(right, "\n")
	var b strings.Builder
	for i, line := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
		if i < len(r) {
			b.WriteString(truncated(r[i], rightWidth, ""))
		}
	}
	return b.String()
}

// padTo makes a line exactly width cells: cut when longer, padded with
// spaces when shorter. It measures the line once.
func padTo(line string, width int) string {
	w := cellWidth(line)
	if w > width {
		return ansi.Truncate(line, width, "")
	}
	return line + strings.Repeat(" ", width-w)
}
