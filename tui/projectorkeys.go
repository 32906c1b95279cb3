package tui

import "charm.land/bubbles/v2/key"

// ProjectorKeys are the projector's only keys: they step through what it
// shows one at a time, choose a workshop's table, and leave. None of them
// reaches a room.
type ProjectorKeys struct {
	Next, Prev key.Binding // the next or the last card
	// On a workshop's projector: the next or the last table (the whole
	// workshop between the last and the first), a table by its number,
	// and the whole workshop again.
	NextTable, PrevTable key.Binding
	Table                key.Binding
	Overview             key.Binding
	Leave                key.Binding
}
