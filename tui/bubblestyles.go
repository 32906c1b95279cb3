package tui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
)

// The bubbles' own default colours are ANSI greys picked for neither
// background in particular: typed text paler than the hint beside it, a
// white cursor and white field bars on a light terminal. Here they take
// the palette's colours, whose contrast a test measures.

// placeholder is a field's hint: muted and in italics, so that it does not
// look like typed text even without colour.
func (s *Styles) placeholder() lipgloss.Style {
	return s.Muted.Style.Bold(false).Italic(true)
}

// areaStyles are a text area's colours.
func (s *Styles) areaStyles() textarea.Styles {
	text := lipgloss.NewStyle().Foreground(s.Text)
	st := textarea.DefaultStyles(s.IsDark)
	st.Focused = textarea.StyleState{
		Base: lipgloss.NewStyle(), Text: text, CursorLine: text,
		Placeholder: s.placeholder(), Prompt: s.Accent.Style.Bold(false),
		EndOfBuffer: s.Rule.Style, LineNumber: s.Muted.Style, CursorLineNumber: s.Muted.Style,
		Selection: st.Focused.Selection,
	}
	st.Blurred = st.Focused
	st.Blurred.Prompt = s.Muted.Style
	st.Cursor.Color = s.cursor()
	st.Cursor.Blink = false // a blinking cursor redraws the screen twice a second for nothing
	return st
}

// lineStyles are a line's colours.
func (s *Styles) lineStyles() textinput.Styles {
	text := lipgloss.NewStyle().Foreground(s.Text)
	st := textinput.DefaultStyles(s.IsDark)
	st.Focused = textinput.StyleState{Text: text, Placeholder: s.placeholder(), Suggestion: s.placeholder(), Prompt: s.Accent.Style.Bold(false)}
	st.Blurred = st.Focused
	st.Blurred.Prompt = s.Muted.Style
	st.Cursor.Color = s.cursor()
	st.Cursor.Blink = false
	return st
}

// cursor is the colour of the text cursor: the accent, seen on either
// background.
func (s *Styles) cursor() color.Color {
	return s.Accent.GetForeground()
}

// helpStyles are the footer's colours: keys in the text colour, what they
// do muted.
func (s *Styles) helpStyles() help.Styles {
	key := lipgloss.NewStyle().Foreground(s.Text)
	desc := s.Muted.Style
	return help.Styles{
		Ellipsis: desc, ShortKey: key, ShortDesc: desc, ShortSeparator: desc,
		FullKey: key, FullDesc: desc, FullSeparator: desc,
	}
}

// pageDots are the menu's page marks: the page shown, and the others.
func (s *Styles) pageDots() (shown, other lipgloss.Style) {
	return s.Accent.Style.SetString("•"), s.Rule.Style.SetString("•")
}
