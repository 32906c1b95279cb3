package tui

import (
	"strings"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"trio/session"
	"trio/tui/draw"
)

// field is one text field of a composer.
type field struct {
	key       string // the field's name in the hub's unsent text: session.FieldWord…
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

// composer is a small form of text fields. What is typed in it and not
// sent yet belongs to a seat: a person, and the card or question the text
// is about. The hub keeps it for that seat as it is typed, so on one
// keyboard what Maya half-typed stays Maya's when the coach switches to
// Sam, a pro half-written on Sam's view never moves to Lee's when another
// card is picked, and over SSH it is there again after a closed terminal
// or a restart. Which field a seat chose is kept too. Nothing typed is
// thrown away until the room accepts it.
type composer struct {
	fields []field
	// inputs are the fields' text areas, made when a field is written in
	// or holds text: an empty text area keeps 240 KB, and most fields on
	// most screens are empty. An empty field is drawn from blanks.
	inputs []editor
	blanks []draw.Kept[blankAt, string]
	focus  int
	active bool
	place  writingPlace
	seat   draftSeat
	seated bool // a seat's text was brought in at least once
	// chosen is the field each seat chose; people are the people whose
	// seats this composer held, whose unsent text drafted counts.
	chosen map[draftSeat]int
	people map[session.ParticipantID]bool
	styles *Styles
	keys   WritingKeys
	width  int
}

// draftSeat is whose a draft is and what it is about: a card's or a
// question's id, or 0 for the phase as a whole.
type draftSeat struct {
	person session.ParticipantID
	about  int
}

// writingPlace is where a composer's unsent text is kept: with the hub,
// for a room and a phase.
type writingPlace struct {
	hub   *session.Hub
	code  string
	phase string
}

func (w writingPlace) key(s draftSeat, field string) session.UnsentKey {
	return session.UnsentKey{Phase: w.phase, Field: field, About: s.about}
}

// keep tells the hub what a seat has in a field now; "" forgets it.
func (w writingPlace) keep(s draftSeat, field, text string) {
	if w.hub != nil && s.person != "" {
		w.hub.KeepUnsent(w.code, s.person, w.key(s, field), text)
	}
}

// text is what a seat left unsent in a field.
func (w writingPlace) text(s draftSeat, field string) string {
	if w.hub == nil || s.person == "" {
		return ""
	}
	return w.hub.UnsentText(w.code, s.person, w.key(s, field))
}

// blankAt is what an empty field's drawing depends on: the width and the
// colours.
type blankAt struct {
	width int
	dark  bool
}

func newComposer(sh *Shared, at writingPlace, fields ...field) *composer {
	c := &composer{fields: fields, place: at, styles: sh.Styles, keys: sh.Keys.Writing,
		chosen: map[draftSeat]int{}, people: map[session.ParticipantID]bool{}}
	c.inputs = make([]editor, len(fields))
	c.blanks = make([]draw.Kept[blankAt, string], len(fields))
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
		if in != nil && in.Value() == "" && !c.writes(i) {
			c.inputs[i] = nil
		}
	}
}

// writes reports whether field i has the keyboard.
func (c *composer) writes(i int) bool { return c.active && i == c.focus }

// fieldView draws field i: its text area, or the blank it would draw.
func (c *composer) fieldView(i int) string {
	if in := c.inputs[i]; in != nil {
		if value := in.Value(); !c.writes(i) && value != "" {
			// A field not being written shows its text whole, from the
			// beginning: an editor shows only a window around its cursor.
			var lines []string
			for _, l := range draw.Wrap(value, max(1, c.width-2)) {
				lines = append(lines, c.styles.Muted.Render("│ ")+l)
			}
			return strings.Join(lines, "\n")
		}
		return in.View()
	}
	return c.blanks[i].Of(blankAt{width: c.width, dark: c.styles.IsDark}, func() string {
		return newEditor(c.fields[i], c.styles, c.width).View()
	})
}

// fieldHeight is how many lines field i takes under its label.
func (c *composer) fieldHeight(i int) int {
	if i != c.focus && c.value(i) == "" && len(c.fields) > 1 {
		return 0
	}
	if c.inputs[i] == nil {
		return 1
	}
	return strings.Count(c.fieldView(i), "\n") + 1
}

func (c *composer) restyle(st *Styles) {
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

// clear empties the fields after the room accepted them: their text is
// no longer unsent.
func (c *composer) clear(fields ...int) {
	if len(fields) == 0 {
		for i := range c.fields {
			fields = append(fields, i)
		}
	}
	for _, i := range fields {
		if in := c.inputs[i]; in != nil {
			in.Reset()
			c.place.keep(c.seat, c.fields[i].key, "")
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
// speaking and brings back the drafts of the one who speaks now, about
// the same thing.
func (c *composer) switchSpeaker(to session.ParticipantID) {
	c.switchSeat(draftSeat{person: to, about: c.seat.about})
}

// switchSeat brings in what the seat that writes now left unsent, and the
// field it chose; the seat that was writing keeps its text with the hub.
// The keyboard stays where it was: in a field or not.
func (c *composer) switchSeat(to draftSeat) {
	if to == c.seat && c.seated {
		return
	}
	c.chosen[c.seat] = c.focus
	c.seat, c.seated = to, true
	c.people[to.person] = true
	for i, f := range c.fields {
		if in := c.inputs[i]; in != nil {
			in.Reset()
		}
		if text := c.place.text(to, f.key); text != "" {
			c.input(i).SetValue(text)
		}
	}
	focus, chosen := c.chosen[to]
	if !chosen {
		// Text brought back: the keyboard goes where the writing stopped.
		for i := range c.fields {
			if c.value(i) != "" {
				focus = i
			}
		}
	}
	c.focusField(focus)
}

// draftOf is the text a seat has in the first field: on screen when it is
// the seat writing now, or kept for it.
func (c *composer) draftOf(seat draftSeat) string {
	if seat == c.seat {
		return c.value(0)
	}
	return c.place.text(seat, c.fields[0].key)
}

// drafted reports whether anyone who wrote here has unsent text in these
// fields, about anything.
func (c *composer) drafted() bool {
	if !c.empty() {
		return true
	}
	if c.place.hub == nil {
		return false
	}
	for person := range c.people {
		for key, text := range c.place.hub.Unsent(c.place.code, person) {
			if key.Phase == c.place.phase && strings.TrimSpace(text) != "" && c.has(key.Field) {
				return true
			}
		}
	}
	return false
}

// has reports whether one of the fields is named key.
func (c *composer) has(key string) bool {
	for _, f := range c.fields {
		if f.key == key {
			return true
		}
	}
	return false
}

// editing reports whether a field has the keyboard and holds unsent text:
// the person is writing now.
func (c *composer) editing() bool {
	return c.active && strings.TrimSpace(c.value(c.focus)) != ""
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
		switch {
		case matches(key, c.keys.Send):
			return composerSubmitted, nil
		case matches(key, c.keys.NextField):
			return composerTyped, c.focusField(c.focus + 1)
		case matches(key, c.keys.PrevField):
			return composerTyped, c.focusField(c.focus - 1)
		case matches(key, c.keys.Stop):
			c.stop()
			return composerStopped, nil
		}
	}
	in := c.input(c.focus)
	was := in.Value()
	cmd := in.update(msg)
	if now := in.Value(); now != was {
		c.place.keep(c.seat, c.fields[c.focus].key, now)
	}
	if arriving := typedRunes(msg); arriving > 0 && utf8.RuneCountInString(was)+arriving > in.limit() {
		field := c.focus
		cmd = tea.Batch(cmd, clipped(in.limit(), func() bool { return c.value(field) != "" }))
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

// clippedMsg says a field kept only its first limit characters. It
// arrives after the key that cut, maybe after the enter that sent the
// text too: it is news only while the field still holds the text.
type clippedMsg struct {
	limit int
	still func() bool
}

func clipped(limit int, still func() bool) tea.Cmd {
	return func() tea.Msg { return clippedMsg{limit, still} }
}

// label is field i's label, wrapped: marked ▸ while written in, ▹ when
// chosen before the keyboard is in it.
func (c *composer) label(i int) []string {
	st, f := c.styles, c.fields[i]
	label := st.Label.Render(f.label)
	switch {
	case i == c.focus && c.active:
		label = st.Accent.Render("▸ " + f.label)
	case i == c.focus && len(c.fields) > 1:
		label = st.Accent.Render("▹ ") + st.Label.Render(f.label) + st.Muted.Render(" · type to write here")
	}
	return draw.Wrap(label, max(1, c.width))
}

// lines is how many lines field i takes with its label.
func (c *composer) lines(i int) int { return len(c.label(i)) + c.fieldHeight(i) }

// view draws the fields with their labels, and under the focused one the
// nudge for any advocacy cue in what is being typed, where the phase
// nudges. The chosen field is marked even before the keyboard is in it, so
// a person knows where their first letter will go.
func (c *composer) view(nudging session.Nudging) string {
	st := c.styles
	var b strings.Builder
	for i, f := range c.fields {
		b.WriteString(strings.Join(c.label(i), "\n") + "\n")
		if i != c.focus && c.value(i) == "" && len(c.fields) > 1 {
			continue // an empty field not chosen is its label: tab chooses it
		}
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
