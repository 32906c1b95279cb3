package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/tui/draw"
)

// editor edits the text of one field of a composer.
type editor interface {
	Value() string
	SetValue(string)
	Reset()
	Focus() tea.Cmd
	Blur()
	View() string
	Height() int
	SetWidth(int)
	limit() int
	update(tea.Msg) tea.Cmd
	restyle(*Styles)
}

// newEditor makes the editor for a field: a text area that wraps and
// grows for text that may take more than a line, a single line for a
// short field. A text area redraws itself twice a key, a line is about
// nine times cheaper, and a word never needs to wrap.
func newEditor(f field, st *Styles, width int) editor {
	var e editor
	if f.short() {
		e = newLineEditor(f)
	} else {
		e = newAreaEditor(f)
	}
	e.restyle(st)
	e.SetWidth(max(10, width))
	return e
}

// areaEditor is bubbles' text area, growing with its text up to four lines.
type areaEditor struct{ textarea.Model }

func newAreaEditor(f field) *areaEditor {
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.Prompt = "│ "
	ta.Placeholder = f.hint
	ta.CharLimit = f.limit
	ta.KeyMap.InsertNewline = key.NewBinding(key.WithKeys("alt+enter", "ctrl+j"))
	// ctrl+v would read the clipboard of the machine trio runs on, which
	// over SSH is not the person's; their terminal's own paste works.
	ta.KeyMap.Paste.SetEnabled(false)
	if !f.multiline {
		ta.KeyMap.InsertNewline.SetEnabled(false)
	}
	ta.DynamicHeight = true
	ta.MinHeight = 1
	ta.MaxHeight = 4
	ta.SetVirtualCursor(false)
	return &areaEditor{ta}
}

// View draws the area with its cursor marked, for the terminal's own.
func (a *areaEditor) View() string { return markCursor(a.Model.View(), a.Model.Cursor()) }

func (a *areaEditor) limit() int { return a.CharLimit }

// SetWidth also makes the area tall enough for its whole hint: an empty
// area is one line high, and bubbles would show only the hint's first.
func (a *areaEditor) SetWidth(w int) {
	a.MinHeight = min(a.MaxHeight, max(1, len(draw.Wrap(a.Placeholder, max(1, w-lipgloss.Width(a.Prompt)-1)))))
	a.Model.SetWidth(w)
}

func (a *areaEditor) update(msg tea.Msg) tea.Cmd {
	if paste, ok := msg.(tea.PasteMsg); ok && !a.KeyMap.InsertNewline.Enabled() {
		// A text of one line takes a pasted text's lines as spaces, as a
		// line does.
		msg = tea.PasteMsg{Content: strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(paste.Content)}
	}
	var cmd tea.Cmd
	a.Model, cmd = a.Model.Update(msg)
	return cmd
}

func (a *areaEditor) restyle(st *Styles) {
	a.SetStyles(st.areaStyles())
}

// lineEditor is bubbles' text input: one line, as the setup's fields are.
type lineEditor struct{ textinput.Model }

func newLineEditor(f field) *lineEditor {
	in := lineInput(f.hint, f.limit)
	in.SetVirtualCursor(false)
	return &lineEditor{in}
}

// View draws the line with its cursor marked, for the terminal's own.
func (l *lineEditor) View() string { return markCursor(l.Model.View(), l.Model.Cursor()) }

// lineInput is one line of text, dressed like a text area: the setup's,
// the join screen's and the lobby's fields, and short fields.
func lineInput(placeholder string, limit int) textinput.Model {
	in := textinput.New()
	in.Prompt = "│ "
	in.Placeholder = placeholder
	in.CharLimit = limit
	// ctrl+v would read the clipboard of the machine trio runs on, which
	// over SSH is not the person's; a terminal's own paste still works.
	in.KeyMap.Paste.SetEnabled(false)
	in.KeyMap.AcceptSuggestion.SetEnabled(false)
	in.KeyMap.NextSuggestion.SetEnabled(false)
	in.KeyMap.PrevSuggestion.SetEnabled(false)
	return in
}

// leaveLine takes the keyboard from a line and shows its beginning: a
// line left scrolled to its end shows a tail nobody can place.
func leaveLine(in *textinput.Model) {
	in.Blur()
	in.CursorStart()
}

// leftView draws a line nobody is writing in: whole, wrapped under its
// bar when wrap is set, else ending in "…" when it is longer than the
// line. A text input shows only the window around its cursor, and a cut
// with no mark reads as the whole text.
func leftView(in *textinput.Model, st *Styles, wrap bool) string {
	value, width := in.Value(), in.Width()
	if in.Focused() || value == "" || width <= 0 || draw.Width(value) <= width {
		return in.View()
	}
	styles := st.lineStyles().Blurred
	bar, text := styles.Prompt.Render(in.Prompt), styles.Text
	if !wrap {
		// As wide as the input draws itself, so columns stay in line.
		line := bar + text.Render(ansi.Truncate(value, width, "…"))
		return line + strings.Repeat(" ", max(0, draw.Width(in.View())-draw.Width(line)))
	}
	var lines []string
	for _, l := range draw.Wrap(value, width) {
		lines = append(lines, bar+text.Render(l))
	}
	return strings.Join(lines, "\n")
}

// enterLine gives the keyboard to a line, its cursor after the text.
func enterLine(in *textinput.Model) tea.Cmd {
	in.CursorEnd()
	return in.Focus()
}

func (l *lineEditor) Height() int { return 1 }
func (l *lineEditor) limit() int  { return l.CharLimit }

func (l *lineEditor) update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	l.Model, cmd = l.Model.Update(msg)
	return cmd
}

func (l *lineEditor) restyle(st *Styles) { l.SetStyles(st.lineStyles()) }
