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
	Hub    *session.Hub
	Styles *Styles
	Keys   KeyMap
	Width  int
	Height int
	Now    func() time.Time
	// scripts are what setup offers, the coach's own first, then the
	// default (see Scripts); own is the coach's own, if any.
	scripts []content.Script
	own     *content.Script
	// ExportDir is where the summary writes its files.
	ExportDir string
	// Local means one keyboard for the whole room, a coach's terminal: the
	// coach switches who is speaking, silent writing happens behind a
	// "pass the keyboard" curtain, and facilitation acts as the
	// facilitator whoever is speaking.
	Local bool
	// Remote means this terminal is not the machine trio runs on: nothing
	// is saved to its disk.
	Remote bool
	// Me is the person at this terminal in remote mode: the one who speaks,
	// votes and facilitates here. UserName is the name they are offered.
	Me       session.ParticipantID
	UserName string
	// Address is where this terminal connects from, over SSH: the hub
	// paces the rooms opened from one address.
	Address string
	// CodeGuard, when set, is asked before a typed room code is looked up,
	// and CodeMissed told of a code that led nowhere: the server limits
	// how fast codes can be guessed.
	CodeGuard  func() error
	CodeMissed func()
	// ExportHint is how this person reaches the server from their own
	// machine ("ssh -p 2222 host"), for the export command the summary shows.
	ExportHint string
	// Coach, when set, is the coach at this terminal: the app opens on a
	// workshop's setup, then its dashboard (trio workshop).
	Coach session.ParticipantID
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

	// Remote is one person per terminal, as over SSH; otherwise one
	// keyboard serves a whole room.
	Remote bool
	// Me is the person at this terminal in remote mode: their SSH key's
	// fingerprint, or a fresh id for someone without a key.
	Me session.ParticipantID
	// Coach, when set, runs a workshop of several trios from this
	// terminal: its setup, then its dashboard.
	Coach session.ParticipantID
	// UserName is the name offered when they create or join a room.
	UserName string
	// Address is where they connect from, as the server counts
	// addresses: the hub paces the rooms opened from each.
	Address string
	// JoinCode, when given in remote mode, takes the person straight to
	// that room.
	JoinCode string
	// WatchCode, when given, shows that room, or every room of that
	// workshop, on a shared screen, read only (ssh host watch CODE):
	// whoever runs it must have been let see it.
	WatchCode string
	// ExportHint is the command that reaches this server from the
	// person's own machine, such as "ssh -p 2222 host".
	ExportHint string
	// CodeGuard, when set, is asked before each room code this person
	// types is looked up; its error, in words, turns the attempt away.
	// CodeMissed is told of each code that led nowhere.
	CodeGuard  func() error
	CodeMissed func()
	// IdleAfter, when set, closes the program this long after the
	// person's last keypress, with a warning first.
	IdleAfter time.Duration
}

// Scripts are the scripts setup offers: the coach's own, if any, then the
// default and the others trio ships. They are made when setup first asks,
// not for every terminal: most people join a room and never set one up.
func (sh *Shared) Scripts() []content.Script {
	if sh.scripts == nil {
		if sh.own != nil {
			sh.scripts = append(sh.scripts, *sh.own)
		}
		sh.scripts = append(sh.scripts, content.Default())
		if short, ok := content.Builtin("short"); ok {
			sh.scripts = append(sh.scripts, short)
		}
	}
	return sh.scripts
}
