package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// component is what every screen and every phase panel is, to whatever
// holds it: something that turns messages into commands, draws itself,
// names the keys that work now, and says whether one of its text fields
// has the keyboard. While it does, a letter is text and not a command.
//
// The two kinds of component differ only in what they are handed to do
// that. A screen is the whole terminal: its size and colours are in the
// Shared it was made with, so it is handed nothing (page). A panel is the
// phase's area of the room: at every call it is handed the room as the
// speaker may see it, sized to the area (roomCtx), so the room decides
// its size and who it acts for (panel).
type component interface {
	typing() bool
}

// page is one screen of the app. Only App returns a tea.View.
type page interface {
	component
	update(msg tea.Msg) tea.Cmd
	view() string
	help() bindingsHelp
}

// panel is the phase's own area, one kind per file: it draws the phase
// from the viewer's projection and turns keys into commands. What every
// panel does alike over its text fields is panelBase's; a panel embeds it
// and writes only what is its own.
type panel interface {
	component
	// update handles a message while the panel is on screen: any key while
	// it is writing; otherwise only its own keys, and text once writable
	// said writing may start.
	update(msg tea.Msg, c *roomCtx) tea.Cmd
	// draw draws the panel c.width cells wide: a body that scrolls when it
	// is taller than the area, over what stays pinned under it.
	draw(c *roomCtx) panelView
	// keys are the panel's own keys as they work now, for the help footer
	// and, while not writing, for which keys reach update.
	keys(c *roomCtx) []key.Binding
	// action is the phase's own act besides writing, when it has one now.
	action(c *roomCtx) (phaseAction, bool)
	// writable reports whether a letter typed now starts writing: the
	// screen is for writing and a field is there to take it.
	writable(c *roomCtx) bool
	// write gives it the keyboard; stop takes it back.
	write(c *roomCtx) tea.Cmd
	stop()
	// speakerChanged keeps the drafts of the person who was speaking and
	// brings back those of the one who speaks now.
	speakerChanged(c *roomCtx)
	// drafted reports unsent text, so a phase change can say it is kept.
	drafted() bool
	// editing reports whether the person is writing now: a field has the
	// keyboard and holds unsent text.
	editing() bool
	restyle(st Styles)
}
