package tui

import (
	tea "charm.land/bubbletea/v2"

	"trio/session"
)

// textFields is one or more text fields a panel holds, kept per person:
// a composer, a statement form, a yes-and builder.
type textFields interface {
	typing() bool
	stop()
	drafted() bool
	editing() bool
	switchSpeaker(to session.ParticipantID)
	restyle(st *Styles)
}

// panelBase is the lifecycle every panel shares over the text fields it
// holds: the keyboard is in one of them, each keeps its own drafts and
// colours. By default a panel has no act of its own, a letter starts
// writing, and writing starts in its first field. A panel embeds it and
// writes only the methods that are its own.
type panelBase struct {
	area
	fields []textFields
	// room is the room as the speaker may see it, as the room last handed
	// it (see): fresh before every call, so a panel never keeps it.
	room *roomCtx
}

// holding is a panelBase over the given fields, the first one where
// writing starts unless the panel says otherwise.
func holding(fields ...textFields) panelBase { return panelBase{fields: fields} }

func (b *panelBase) see(c *roomCtx) { b.room = c }

func (b *panelBase) typing() bool {
	for _, f := range b.fields {
		if f.typing() {
			return true
		}
	}
	return false
}

func (b *panelBase) drafted() bool {
	for _, f := range b.fields {
		if f.drafted() {
			return true
		}
	}
	return false
}

func (b *panelBase) editing() bool {
	for _, f := range b.fields {
		if f.editing() {
			return true
		}
	}
	return false
}

func (b *panelBase) stop() {
	for _, f := range b.fields {
		f.stop()
	}
}

func (b *panelBase) speakerChanged() {
	for _, f := range b.fields {
		f.switchSpeaker(b.room.me)
	}
}

func (b *panelBase) restyle(st *Styles) {
	for _, f := range b.fields {
		f.restyle(st)
	}
}

// write starts the first field, when it is one that starts by itself.
func (b *panelBase) write() tea.Cmd {
	if len(b.fields) == 0 {
		return nil
	}
	if f, ok := b.fields[0].(interface{ start() tea.Cmd }); ok {
		return f.start()
	}
	return nil
}

func (b *panelBase) action() (phaseAction, bool) { return phaseAction{}, false }
func (b *panelBase) writable() bool              { return true }
