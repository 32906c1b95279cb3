package tui

import "charm.land/bubbles/v2/key"

// ProjectorKeys are the projector's only keys: they step through what it
// shows one at a time, and leave. None of them reaches the room.
type ProjectorKeys struct {
	Next, Prev key.Binding // the next or the last card
	Leave      key.Binding
}
