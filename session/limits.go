package session

import "time"

// Limits of a room. They keep one room from growing without bound and one
// person's text from breaking everyone's layout.
const (
	// MaxParticipants is the most people one room holds, coach included.
	MaxParticipants = 12
	// MaxContributions is the most contributions of every kind in one room.
	MaxContributions = 2000
	// MaxPointOfViewVersions is the most drafts of the team point of view.
	MaxPointOfViewVersions = 200

	// Names: one line, short enough for a sidebar.
	MaxNameRunes = 32
	MaxNameCells = 24
	// Roles: one line, shorter still.
	MaxRoleRunes = 24
	MaxRoleCells = 20
	// A check-in word: a word or two, one line.
	MaxWordRunes = 32
	MaxWordCells = 32
	// The question and the shared goal: one line each.
	MaxLineRunes = 300
	MaxLineCells = 300
	// Any other contribution: a short paragraph.
	MaxTextRunes = 1000
	MaxTextCells = 1200
	MaxTextLines = 20

	// MaxTimeAdded is the most time the facilitator can add to one phase.
	MaxTimeAdded = 60 * time.Minute
)
