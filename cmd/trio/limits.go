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

// The ranges of the room flags that are not obvious.
const (
	mostRoomsPerMinute = 60 // one a second: past it, pacing means nothing
	leastLiveFor       = time.Hour
	mostLiveFor        = 3650 * 24 * time.Hour
)

func roomLimitFlags(f flags) roomLimits {
	return roomLimits{
		rooms: f.Int("max-rooms", 10000,
			"the most live rooms (changed within --live-for, not archived); past it nobody can open a room (0: no limit)"),
		liveFor: ageFlag(f, "live-for", session.DefaultLiveFor,
			"a room that has not changed for this `DURATION` (like 1d or 12h) no longer counts against --max-rooms; its next change counts it again"),
		opensPerPerson: f.Float64("rooms-per-minute", session.DefaultRoomsPerMinute,
			fmt.Sprintf("rooms one person may open a minute, after a first %d; without a key, each connection is someone new (0: no limit)", session.DefaultRoomBurst)),
		opensPerAddress: f.Float64("rooms-per-minute-per-address", session.DefaultRoomsPerMinutePerAddress,
			fmt.Sprintf("rooms opened from one address a minute, after a first %d (0: no limit)", session.DefaultRoomBurstPerAddress)),
		participants: f.Int("max-participants", session.MaxParticipants,
			fmt.Sprintf("the most people in one room, at most %d; past it nobody else can join", session.MaxParticipants)),
		contributions: f.Int("max-contributions", session.MaxContributions,
			fmt.Sprintf("the most contributions in one room, at most %d; past it the room takes no more", session.MaxContributions)),
		perSecond: f.Float64("commands-per-second", 10,
			"commands one person may send a room a second (bursts of twice as many); faster ones are refused with a note to slow down (0: no limit)"),
		facilitatorAway: f.Duration("facilitator-away", session.DefaultFacilitatorAway,
			"once the facilitator has been away this long, anyone in the room may take the role (0: never)"),
	}
}

// limits checks the flags and gives the hub's limits.
func (l roomLimits) limits() (session.Limits, error) {
	switch {
	case *l.rooms < 0:
		return session.Limits{}, fmt.Errorf("--max-rooms is a number of rooms, 0 or more, not %d", *l.rooms)
	case *l.liveFor < leastLiveFor || *l.liveFor > mostLiveFor:
		return session.Limits{}, fmt.Errorf("--live-for is a time from %s to %s, like 1d or 12h, not %s", formatAge(leastLiveFor), formatAge(mostLiveFor), formatAge(*l.liveFor))
	case !(*l.opensPerPerson >= 0 && *l.opensPerPerson <= mostRoomsPerMinute):
		return session.Limits{}, fmt.Errorf("--rooms-per-minute is from 0 to %d, not %g", mostRoomsPerMinute, *l.opensPerPerson)
	case !(*l.opensPerAddress >= 0 && *l.opensPerAddress <= mostRoomsPerMinute):
		return session.Limits{}, fmt.Errorf("--rooms-per-minute-per-address is from 0 to %d, not %g", mostRoomsPerMinute, *l.opensPerAddress)
	case *l.participants < 1 || *l.participants > session.MaxParticipants:
		return session.Limits{}, fmt.Errorf("--max-participants is from 1 to %d, not %d", session.MaxParticipants, *l.participants)
	case *l.contributions < 1 || *l.contributions > session.MaxContributions:
		return session.Limits{}, fmt.Errorf("--max-contributions is from 1 to %d, not %d", session.MaxContributions, *l.contributions)
	case *l.perSecond < 0:
		return session.Limits{}, fmt.Errorf("--commands-per-second is 0 or more, not %g", *l.perSecond)
	case *l.facilitatorAway < 0:
		return session.Limits{}, fmt.Errorf("--facilitator-away is a time like 2m, or 0 for never, not %s", *l.facilitatorAway)
	}
	return session.Limits{
		Rooms:                    *l.rooms,
		LiveFor:                  *l.liveFor,
		RoomsPerMinute:           *l.opensPerPerson,
		RoomsPerMinutePerAddress: *l.opensPerAddress,
		Participants:             *l.participants,
		Contributions:            *l.contributions,
		CommandsPerSecond:        *l.perSecond,
		FacilitatorAway:          *l.facilitatorAway,
	}, nil
}
