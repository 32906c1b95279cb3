package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// component is what every screen and every phase panel is, to whatever
// holds it: it turns messages into commands, draws itself, names the keys
// that work now, is set to the size it has to fill, and says whether one
// of its text fields has the keyboard (while one does, a letter is text
// and not a command).
//
// What it draws is its only difference: a screen draws the whole
// terminal as text (page); a panel draws a body that scrolls over what
// stays pinned under it, which the room lays out (panel).
//
// Nothing else is handed in at each call, so a holder's call reads the
// same for a screen and a panel: p.update(msg), p.view(). A panel also
// needs the room as the speaker may see it and a way to act in it
// (roomCtx); the room hands it that with see, as it sets its size, before
// it asks anything of the panel (roomScreen.current).
type component[V any] interface {
	update(msg tea.Msg) tea.Cmd
	view() V
	// helpKeys are the keys that work now, as the help footer shows them.
	helpKeys() []key.Binding
	setSize(width, height int)
	typing() bool
}

// area is a component's size, as its holder set it. A component embeds
// it and reads width and height; nothing else sets them.
type area struct{ width, height int }

func (a *area) setSize(width, height int) { a.width, a.height = width, height }

// page is one screen of the app, the whole terminal. Only App returns a
// tea.View.
type page interface {
	component[string]
}

// linedPage is a page that draws itself as lines too: the room, drawn on
// every key and every change, whose lines are not joined to be split
// again.
type linedPage interface {
	viewLines() []string
}

// fullHelper is a screen whose full help (?) says more than its footer,
// in columns; on any other screen the full help is the footer's keys.
type fullHelper interface {
	fullHelp() [][]key.Binding
}

// panel is the phase's own area, one kind per file: it draws the phase
// from the room it was handed and turns keys into commands. What every
// panel does alike over its text fields is panelBase's; a panel embeds it
// and writes only what is its own.
type panel interface {
	// update handles a message while the panel is on screen: any key while
	// it is writing; otherwise only its help keys, and text once writable
	// said writing may start. view draws it width cells wide. Its help
	// keys are also which keys reach update while it is not writing.
	component[panelView]
	// see hands the panel the room as the speaker may see it now; every
	// other method reads that room.
	see(c *roomCtx)
	// action is the phase's own act besides writing, when it has one now.
	action() (phaseAction, bool)
	// writable reports whether a letter typed now starts writing: the
	// screen is for writing and a field is there to take it.
	writable() bool
	// write gives it the keyboard; stop takes it back.
	write() tea.Cmd
	stop()
	// speakerChanged keeps the drafts of the person who was speaking and
	// brings back those of the one who speaks now.
	speakerChanged()
	// drafted reports unsent text, so a phase change can say it is kept.
	drafted() bool
	// editing reports whether the person is writing now: a field has the
	// keyboard and holds unsent text.
	editing() bool
	restyle(st *Styles)
}
