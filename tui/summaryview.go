package tui

import (
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
)

// The layout: a title line, the document scrolling below it, and a status
// line; on a wide terminal, the result at a glance beside the document.

// glanceWidth is the column of the result at a glance, on a wide terminal.
const glanceWidth = 36

// documentAt is what the drawn document depends on: the room as it is,
// the width and the colours.
type documentAt struct {
	code  string
	seq   int
	width int
	dark  bool
}

// widths are the document's and the glance's, 0 when there is no room.
func (s *summaryScreen) widths() (main, side int) {
	inner := s.width - 2
	if s.width >= 120 {
		return inner - glanceWidth - 3, glanceWidth
	}
	return inner, 0
}

// layout sizes the viewport and draws the document when the width or the
// room changed.
func (s *summaryScreen) layout() (side int, status []string) {
	main, side := s.widths()
	status = s.status(s.width - 2)
	height := max(1, s.height-1-1-len(status)) // help footer, title line
	s.vp.SetWidth(main)
	s.vp.SetHeight(height)
	at := documentAt{code: s.room.Code, seq: s.room.Seq, width: main, dark: s.sh.Styles.IsDark}
	document := s.document.Of(at, func() string { return summaryDocument(s.sh.Styles, s.doc, main) })
	if document != s.shown {
		s.vp.SetContent(document)
		s.shown = document
	}
	return side, status
}

func (s *summaryScreen) view() string {
	st := s.sh.Styles
	side, status := s.layout()
	width := s.width - 2
	title := st.Title.Render("Summary & export") + st.Muted.Render("  room "+s.doc.Code)
	where := st.Muted.Render(s.position())
	gap := max(1, width-lipgloss.Width(title)-lipgloss.Width(where))
	body := s.vp.View()
	if side > 0 {
		body = lipgloss.JoinHorizontal(lipgloss.Top, body, "   ",
			lipgloss.NewStyle().Width(side).MaxWidth(side).Render(summaryGlance(st, s.doc, side, s.takeAway())))
	}
	out := title + strings.Repeat(" ", gap) + where + "\n" + body + "\n" + strings.Join(status, "\n")
	return lipgloss.NewStyle().PaddingLeft(1).Render(out)
}

// position says where in the document the view is, in words.
func (s *summaryScreen) position() string {
	switch {
	case s.vp.TotalLineCount() <= s.vp.Height():
		return "all of it"
	case s.vp.AtTop():
		return "top · ↓ for more"
	case s.vp.AtBottom():
		return "the end"
	}
	return strconv.Itoa(int(s.vp.ScrollPercent()*100)) + "% down"
}

// takeAway says how to take the result along.
func (s *summaryScreen) takeAway() string {
	if s.sh.Remote {
		return "The command below brings the whole result to your own machine; c copies the point of view."
	}
	return "m writes a Markdown file, J a JSON file; c copies the point of view."
}
