package tui

import (
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// offeredName is a name put in a field for the person, from the user name
// they connected with. Like selected text, it goes as soon as they type or
// paste their own; any other key (a move, a deletion) makes it theirs to
// edit. Without this, "Maya" typed over the offer "maya" read "mayaMaya".
type offeredName struct {
	field func() *textinput.Model // found again each time: rows may move
	live  bool
}

// offer puts name in the field as an offer, if there is one.
func offer(field func() *textinput.Model, name string) offeredName {
	field().SetValue(name)
	return offeredName{field: field, live: name != ""}
}

// before is called with each key or paste the field is about to take.
func (o *offeredName) before(field *textinput.Model, msg tea.Msg) {
	if !o.live || field != o.field() {
		return
	}
	o.live = false
	switch m := msg.(type) {
	case tea.KeyPressMsg:
		if m.Text != "" {
			field.SetValue("")
		}
	case tea.PasteMsg:
		field.SetValue("")
	}
}
