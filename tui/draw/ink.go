package draw

import (
	"image/color"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Ink is a style of text alone: a colour, a background, bold. It draws a
// line as lipgloss does, without lipgloss's general layout pass: most of
// what a screen styles is short one-line text, and running the whole
// pass for each was a good part of the cost of drawing a screen. Text of
// more than one line, or with tabs, goes through lipgloss.
type Ink struct {
	lipgloss.Style
	open string // the escape sequence that starts the style; "" for none
}

// NewInk is the ink of a foreground, a background (either nil for the
// terminal's own) and boldness.
func NewInk(fg, bg color.Color, bold bool) Ink {
	st, seq := lipgloss.NewStyle(), ansi.Style{}
	if bold {
		st, seq = st.Bold(true), seq.Bold()
	}
	if fg != nil {
		st, seq = st.Foreground(fg), seq.ForegroundColor(fg)
	}
	if bg != nil {
		st, seq = st.Background(bg), seq.BackgroundColor(bg)
	}
	ink := Ink{Style: st}
	if len(seq) > 0 {
		ink.open = seq.String()
	}
	return ink
}

// Render draws strs joined by spaces, as lipgloss.Style.Render does.
func (i Ink) Render(strs ...string) string {
	if len(strs) != 1 || strings.ContainsAny(strs[0], "\n\t") {
		return i.Style.Render(strs...)
	}
	if i.open == "" {
		return strs[0]
	}
	return i.open + strs[0] + ansi.ResetStyle
}
