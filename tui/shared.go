package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"trio/content"
	"trio/session"
)

// Shared is what every screen and component of one terminal needs: the hub,
// this terminal's styles and size, the keys, the clock. It is handed to
// them instead of living in globals, because over SSH each terminal has its
// own.
type Shared struct {
	Hub     *session.Hub
	Styles  Styles
	Keys    KeyMap
	Width   int
	Height  int
	Now     func() time.Time
	Scripts []content.Script // what setup offers, the default first
	// ExportDir is where the summary writes its files.
	ExportDir string
	// Local means one keyboard for the whole room, a coach's terminal: the
	// coach switches who is speaking, silent writing happens behind a
	// "pass the keyboard" curtain, and facilitation acts as the
	// facilitator whoever is speaking.
	Local bool
	// moves are screen changes asked for during an update; the app makes
	// them before the next key is read, so no keystroke lands on a screen
	// that is about to go.
	moves []tea.Msg
}

// move asks the app to change screens as soon as this update is done.
func (sh *Shared) move(msg tea.Msg) tea.Cmd {
	sh.moves = append(sh.moves, msg)
	return nil
}

// Options configure the app.
type Options struct {
	Hub *session.Hub
	// Script is a coach's own script (trio --script FILE), offered first.
	Script    *content.Script
	ExportDir string
	Now       func() time.Time
}
