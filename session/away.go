package session

import "time"

// absence is since when each person has been away from a live room: live
// state, never stored, kept beside the room's presence and under its lock.
type absence struct {
	since time.Time                   // when the hub began to hold the room
	left  map[ParticipantID]time.Time // when each person's last terminal left
	// wake tells the room the moment its facilitator's role opens, so no
	// screen needs a clock of its own to offer it.
	wake *time.Timer
}

func newAbsence(since time.Time) absence {
	return absence{since: since, left: map[ParticipantID]time.Time{}}
}

// awayFor is how long a person has been away at now: 0 while present, and
// since the hub began to hold the room for someone not here since then.
func (lr *liveRoom) awayFor(id ParticipantID, now time.Time) time.Duration {
	lr.subsMu.Lock()
	defer lr.subsMu.Unlock()
	return lr.awayLocked(id, now)
}

func (lr *liveRoom) awayLocked(id ParticipantID, now time.Time) time.Duration {
	if _, elsewhere := lr.hereElsewhere(id); lr.present[id] > 0 || elsewhere {
		return 0
	}
	since, ok := lr.left[id]
	if !ok {
		since = lr.since
	}
	return max(0, now.Sub(since))
}

// facilitationOpen reports whether the facilitator has been away at least
// limit at now; a limit of 0 never opens the role. Call it with subsMu held.
func (lr *liveRoom) facilitationOpen(limit time.Duration, now time.Time) bool {
	fac := lr.snap.Load().Facilitator
	return limit > 0 && fac != "" && lr.present[fac] <= 0 && lr.awayLocked(fac, now) >= limit
}

// watchFacilitator sets the room's wake-up for the moment the
// facilitator's role opens, when someone is here to be told; it is called
// with subsMu held whenever who is here, or who facilitates, changes.
func (lr *liveRoom) watchFacilitator(limit time.Duration, now time.Time) {
	if lr.wake != nil {
		lr.wake.Stop()
		lr.wake = nil
	}
	fac := lr.snap.Load().Facilitator
	if limit <= 0 || fac == "" || len(lr.present) == 0 || lr.present[fac] > 0 {
		return
	}
	if wait := limit - lr.awayLocked(fac, now); wait > 0 {
		lr.wake = time.AfterFunc(wait, lr.notify)
	}
}
