package tui

import (
	"strings"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"trio/session"
)

// field is one text field of a composer.
type field struct {
	label     string
	hint      string
	multiline bool // alt+enter adds a line; otherwise one line
	yes       bool // the yes of a "yes, and": a "but" inside gets a nudge
	value     string
	limit     int // the most characters; 0: a line's or a paragraph's
}

// short reports whether the field holds a word or two, never more than a
// line: it is edited as a single line.
func (f field) short() bool {
	return !f.multiline && f.limit > 0 && f.limit <= session.MaxWordRunes
}

// composer is a small form of text fields with a draft per person: on one
// keyboard, what Maya half-typed stays Maya's when the coach switches to
// Sam, and comes back when she speaks again. Nothing typed is thrown away
// until the room accepts it.
type composer struct {
	fields []field
	// inputs are the fields' text areas, made when a field is written in
	// or holds text: an empty text area keeps 240 KB, and most fields on
	// most screens are empty. An empty field is drawn from blanks.
	inputs  []editor
	blanks  []blank
	focus   int
	active  bool
	drafts  map[session.ParticipantID][]string
	styles  Styles
	width   int
	speaker session.ParticipantID
}

// blank is an empty field as its text area draws it, for the width and
// colours it was drawn with.
type blank struct {
	view  string
	width int
	dark  bool
}

func newComposer(st Styles, fields ...field) *composer {
	c := &composer{fields: fields, drafts: map[session.ParticipantID][]string{}, styles: st}
	c.inputs = make([]editor, len(fields))
	c.blanks = make([]blank, len(fields))
	for i, f := range fields {
		if f.limit == 0 {
			c.fields[i].limit = session.MaxLineRunes
			if f.multiline {
				c.fields[i].limit = session.MaxTextRunes
			}
		}
		if f.value != "" {
			c.input(i).SetValue(f.value)
		}
	}
	return c
}

// input is field i's editor, made if it is not there yet.
func (c *composer) input(i int) editor {
	if c.inputs[i] == nil {
		c.inputs[i] = newEditor(c.fields[i], c.styles, c.width)
	}
	return c.inputs[i]
}

// drop lets go of the text areas of fields that are empty and not being
// written in.
func (c *composer) drop() {
	for i, in := range c.inputs {
		if in != nil && in.Value() == "" && !(c.active && i == c.focus) {
			c.inputs[i] = nil
		}
	}
}

// fieldView draws field i: its text area, or the blank it would draw.
func (c *composer) fieldView(i int) string {
	if in := c.inputs[i]; in != nil {
		return in.View()
	}
	b := &c.blanks[i]
	if b.view == "" || b.width != c.width || b.dark != c.styles.IsDark {
		*b = blank{view: newEditor(c.fields[i], c.styles, c.width).View(), width: c.width, dark: c.styles.IsDark}
	}
	return b.view
}

// fieldHeight is how many lines field i takes.
func (c *composer) fieldHeight(i int) int {
	if in := c.inputs[i]; in != nil {
		return in.Height()
	}
	return 1
}

func (c *composer) restyle(st Styles) {
	c.styles = st
	for _, in := range c.inputs {
		if in != nil {
			in.restyle(st)
		}
	}
}

func (c *composer) setWidth(w int) {
	c.width = w
	for _, in := range c.inputs {
		if in != nil {
			in.SetWidth(max(10, w))
		}
	}
}

// typing reports whether one of the fields has the keyboard.
func (c *composer) typing() bool { return c.active }

// start gives the keyboard to the first field (or the one last used).
func (c *composer) start() tea.Cmd {
	c.active = true
	return c.input(c.focus).Focus()
}

func (c *composer) stop() {
	c.active = false
	for _, in := range c.inputs {
		if in != nil {
			in.Blur()
		}
	}
	c.drop()
}

// focusField moves the keyboard to field i.
func (c *composer) focusField(i int) tea.Cmd {
	if in := c.inputs[c.focus]; in != nil {
		in.Blur()
	}
	c.focus = (i + len(c.fields)) % len(c.fields)
	c.drop()
	if c.active {
		return c.input(c.focus).Focus()
	}
	return nil
}

// setLabel renames field i, as when a question is for a given person.
func (c *composer) setLabel(i int, label string) { c.fields[i].label = label }

// value is the text of field i.
func (c *composer) value(i int) string {
	if in := c.inputs[i]; in != nil {
		return in.Value()
	}
	return ""
}

// setValue fills field i, as when a prompt card or the current draft is
// taken as a starting point.
func (c *composer) setValue(i int, s string) {
	if s == "" && c.inputs[i] == nil {
		return
	}
	c.input(i).SetValue(s)
	c.drop()
}

// clear empties the fields after the room accepted them.
func (c *composer) clear(fields ...int) {
	if len(fields) == 0 {
		for i := range c.fields {
			fields = append(fields, i)
		}
	}
	for _, i := range fields {
		if in := c.inputs[i]; in != nil {
			in.Reset()
		}
	}
	c.drop()
}

// empty reports whether every field is blank.
func (c *composer) empty() bool {
	for i := range c.fields {
		if strings.TrimSpace(c.value(i)) != "" {
			return false
		}
	}
	return true
}

// switchSpeaker keeps the fields' text as the draft of the person who was
// speaking and brings back the drafts of the one who speaks now.
func (c *composer) switchSpeaker(to session.ParticipantID) {
	if to == c.speaker {
		return
	}
	var kept []string
	for i := range c.fields {
		kept = append(kept, c.value(i))
	}
	c.drafts[c.speaker] = kept
	c.speaker = to
	for i := range c.fields {
		if in := c.inputs[i]; in != nil {
			in.Reset()
		}
		if d := c.drafts[to]; i < len(d) && d[i] != "" {
			c.input(i).SetValue(d[i])
		}
	}
	c.drop()
}

// drafted reports whether anyone has unsent text here.
func (c *composer) drafted() bool {
	if !c.empty() {
		return true
	}
	for _, d := range c.drafts {
		for _, s := range d {
			if strings.TrimSpace(s) != "" {
				return true
			}
		}
	}
	return false
}

// composerAction is what a key did in a composer.
type composerAction int

const (
	composerTyped     composerAction = iota // the key went to a field
	composerSubmitted                       // enter: the panel sends the fields
	composerStopped                         // esc: the keyboard left the fields
)

// update hands a message to the focused field. Enter submits, tab moves to
// the next field, esc stops writing.
func (c *composer) update(msg tea.Msg) (composerAction, tea.Cmd) {
	if key, ok := msg.(tea.KeyPressMsg); ok {
		switch key.String() {
		case "enter":
			return composerSubmitted, nil
		case "tab":
			return composerTyped, c.focusField(c.focus + 1)
		case "shift+tab":
			return composerTyped, c.focusField(c.focus - 1)
		case "esc":
			c.stop()
			return composerStopped, nil
		}
	}
	in := c.input(c.focus)
	before := utf8.RuneCountInString(in.Value())
	cmd := in.update(msg)
	if arriving := typedRunes(msg); arriving > 0 && before+arriving > in.limit() {
		cmd = tea.Batch(cmd, clipped(in.limit()))
	}
	return composerTyped, cmd
}

// typedRunes is how many characters a key or a paste brings.
func typedRunes(msg tea.Msg) int {
	switch msg := msg.(type) {
	case tea.PasteMsg:
		return utf8.RuneCountInString(msg.Content)
	case tea.KeyPressMsg:
		return utf8.RuneCountInString(msg.Text)
	}
	return 0
}

// clippedMsg says a field kept only its first limit characters.
type clippedMsg struct{ limit int }

func clipped(limit int) tea.Cmd {
	return func() tea.Msg { return clippedMsg{limit} }
}

// view draws the fields with their labels, and under the focused one the
// nudge for any advocacy cue in what is being typed, where the phase
// nudges.
func (c *composer) view(nudging session.Nudging) string {
	st := c.styles
	var b strings.Builder
	for i, f := range c.fields {
		label := st.Label.Render(f.label)
		if i == c.focus && c.active {
			label = st.Accent.Render("▸ " + f.label)
		}
		b.WriteString(label + "\n")
		b.WriteString(c.fieldView(i) + "\n")
		if i == c.focus && c.active {
			if n, ok := nudgeFor(nudging, c.value(i), f.yes); ok {
				b.WriteString(st.Nudge.Width(max(10, c.width)).Render("✎ "+n) + "\n")
			}
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// nudgeFor words the first nudge for a text being typed, as the hub would
// nudge it when it is sent.
func nudgeFor(nudging session.Nudging, text string, yes bool) (string, bool) {
	found := nudging.For(text, yes)
	if len(found) == 0 {
		return "", false
	}
	if found[0].Cue == session.ButInYesCue {
		return found[0].Suggestion, true
	}
	return "“" + found[0].Phrase + "”: " + found[0].Suggestion, true
}
