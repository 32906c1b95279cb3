package session

import "time"

// Limits of a room. They keep one room from growing without bound and one
// person's text from breaking everyone's layout.
const (
	// MaxParticipants is the most people one room holds, coach included:
	// the default and the ceiling of Limits.Participants.
	MaxParticipants = 12
	// MaxContributions is the most contributions of every kind in one room:
	// the default and the ceiling of Limits.Contributions.
	MaxContributions = 2000
	// MaxPointOfViewVersions is the most drafts of the team point of view.
	MaxPointOfViewVersions = 200
	// MaxConsentRounds is the most rounds of voting in one room: rounds
	// closed early use up none of the script's, so this bounds them.
	MaxConsentRounds = 100

	// Names: one line, short enough for a sidebar.
	MaxNameRunes = 32
	MaxNameCells = 32
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

	// DefaultFacilitatorAway is how long a facilitator may be away over SSH
	// before anyone in the room may take the role: long enough to come back
	// from a dropped connection, short enough that nobody waits stuck.
	DefaultFacilitatorAway = 2 * time.Minute

	// DefaultLiveFor is how long a room counts as live after its last
	// change: a workshop's room changes within the hour, and one that
	// comes back after a quiet day is live again with its first change.
	DefaultLiveFor = 24 * time.Hour

	// How many rooms one person, and one address, may open a minute over
	// SSH, after a first few at once: a facilitator opens a room or two
	// for a workshop, an office behind one address a handful at the hour.
	// At these, one address alone keeps at most 10 + 2 × 1,440 = 2,890
	// rooms live a day.
	DefaultRoomsPerMinute           = 1
	DefaultRoomBurst                = 3
	DefaultRoomsPerMinutePerAddress = 2
	DefaultRoomBurstPerAddress      = 10
)

// Limits are what one hub allows: how many rooms it holds, how big a room
// may grow, and how fast one person may change a room. They bound new
// commands only: replaying the store never refuses what it once accepted,
// and a room already past a limit keeps what it has; only growth is
// refused. A zero field keeps the default, unless it says otherwise.
type Limits struct {
	// Rooms is the most live rooms the hub holds (Room.Live); past it,
	// opening a room is refused. Rooms that are not live stay, and count
	// again once they change. 0: no limit.
	Rooms int
	// LiveFor is how long a room stays live after its last change; 0 is
	// DefaultLiveFor.
	LiveFor time.Duration
	// RoomsPerMinute is how many rooms one person may open a minute,
	// after a first RoomBurst (0: DefaultRoomBurst); the same per address
	// with RoomsPerMinutePerAddress and RoomBurstPerAddress. Only rooms
	// opened with an Opener are paced. 0: no limit.
	RoomsPerMinute           float64
	RoomBurst                int
	RoomsPerMinutePerAddress float64
	RoomBurstPerAddress      int
	// Participants is the most people one room holds; 0, or more than
	// MaxParticipants, is MaxParticipants.
	Participants int
	// Contributions is the most contributions one room holds; 0, or more
	// than MaxContributions, is MaxContributions.
	Contributions int
	// CommandsPerSecond is how many commands one person may send one room
	// a second, after a first CommandBurst; changes to whether they are
	// typing are told to the room at the same pace. 0: no limit.
	CommandsPerSecond float64
	// CommandBurst is how many commands may come at once; 0 is twice
	// CommandsPerSecond.
	CommandBurst int
	// FacilitatorAway is how long the facilitator must have been away
	// before anyone present may take the role (TakeFacilitation). 0:
	// never, the role is only handed over; trio serve sets
	// DefaultFacilitatorAway unless told otherwise.
	FacilitatorAway time.Duration
}

// WithLimits sets the hub's limits.
func WithLimits(l Limits) HubOption {
	return func(h *Hub) { h.limits = l }
}

// atMost is a configured limit, held to its ceiling; 0 is the ceiling.
func atMost(limit, ceiling int) int {
	if limit <= 0 || limit > ceiling {
		return ceiling
	}
	return limit
}

// burst is how many commands may come at once.
func (l Limits) burst() int {
	if l.CommandBurst > 0 {
		return l.CommandBurst
	}
	return max(1, int(2*l.CommandsPerSecond))
}

// liveFor is how long a room stays live after its last change.
func (l Limits) liveFor() time.Duration {
	if l.LiveFor > 0 {
		return l.LiveFor
	}
	return DefaultLiveFor
}
