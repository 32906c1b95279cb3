package main

import (
	"fmt"
	"time"

	"trio/session"
)

// roomLimits are the serve flags that bound the rooms: how many are live
// and for how long, how fast one person or address may open them, how
// big one may grow, how fast one person may change one, and how long a
// facilitator may be away before someone else may take the role.
type roomLimits struct {
	rooms, participants, contributions *int
	liveFor                            *time.Duration
	opensPerPerson, opensPerAddress    *float64
	perSecond                          *float64
	facilitatorAway                    *time.Duration
}

// mostRoomsPerMinute is one a second: past it, pacing means nothing.
const mostRoomsPerMinute = 60

func roomLimitFlags(f flags) roomLimits {
	return roomLimits{
		rooms: numberFlag(f, "max-rooms", 10000, between(1, 1_000_000).orZero("no limit"),
			"the most live rooms (changed within --live-for, not archived); past it nobody can open a room (0: no limit)"),
		liveFor: numberFlag(f, "live-for", session.DefaultLiveFor, between(time.Hour, 3650*24*time.Hour),
			"a room that has not changed for this `DURATION` (like 1d or 12h) no longer counts against --max-rooms; its next change counts it again"),
		opensPerPerson: numberFlag(f, "rooms-per-minute", session.DefaultRoomsPerMinute, between(0.01, mostRoomsPerMinute).orZero("no limit"),
			fmt.Sprintf("rooms one person may open a minute, after a first %d; without a key, each connection is someone new (0: no limit)", session.DefaultRoomBurst)),
		opensPerAddress: numberFlag(f, "rooms-per-minute-per-address", session.DefaultRoomsPerMinutePerAddress, between(0.01, mostRoomsPerMinute).orZero("no limit"),
			fmt.Sprintf("rooms opened from one address a minute, after a first %d (0: no limit)", session.DefaultRoomBurstPerAddress)),
		participants: numberFlag(f, "max-participants", session.MaxParticipants, between(1, session.MaxParticipants),
			fmt.Sprintf("the most people in one room, at most %d; past it nobody else can join", session.MaxParticipants)),
		contributions: numberFlag(f, "max-contributions", session.MaxContributions, between(1, session.MaxContributions),
			fmt.Sprintf("the most contributions in one room, at most %d; past it the room takes no more", session.MaxContributions)),
		perSecond: numberFlag(f, "commands-per-second", 10, between(1.0, 1000).orZero("no limit"),
			"commands one person may send a room a second (bursts of twice as many); faster ones are refused with a note to slow down (0: no limit)"),
		facilitatorAway: numberFlag(f, "facilitator-away", session.DefaultFacilitatorAway, between(time.Second, 24*time.Hour).orZero("never"),
			"once the facilitator has been away this long, anyone in the room may take the role (0: never)"),
	}
}

// limits gives the hub's limits; parsing held each flag to its range.
func (l roomLimits) limits() session.Limits {
	return session.Limits{
		Rooms:                    *l.rooms,
		LiveFor:                  *l.liveFor,
		RoomsPerMinute:           *l.opensPerPerson,
		RoomsPerMinutePerAddress: *l.opensPerAddress,
		Participants:             *l.participants,
		Contributions:            *l.contributions,
		CommandsPerSecond:        *l.perSecond,
		FacilitatorAway:          *l.facilitatorAway,
	}
}
