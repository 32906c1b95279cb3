package tui

import (
	"trio/content/prose"
	"trio/session"
)

// facilitatorChanged tells the person at this terminal, in words, that
// someone else facilitates now: the ★ has moved in every sidebar. Whoever
// made the change was told by their own command.
func (r *roomScreen) facilitatorChanged(before session.ParticipantID) {
	if r.sh.Local {
		return
	}
	r.notice, r.nudges = news(facilitatorNews(r.room, before, r.sh.Me, r.remote.presence.Here)), nil
}

// facilitatorNews says who facilitates now, and that the one before was
// away when the role was taken in their absence: news of that moment,
// still true once they are back.
func facilitatorNews(room session.Room, before, me session.ParticipantID, here map[session.ParticipantID]bool) string {
	now := room.Facilitator
	switch {
	case now == me:
		return "You facilitate now."
	case before != me && !here[before]:
		return room.Name(now) + " facilitates now: " + room.Name(before) + " was away."
	default:
		return room.Name(now) + " facilitates now."
	}
}

// coachObserving reports whether the workshop's coach is in the room.
func (r *roomScreen) coachObserving() bool {
	return r.room.Workshop != nil && r.room.Workshop.Observing
}

// coachCameOrWent tells the trio, in words, that the workshop's coach came
// in to observe or left: a new name in the sidebar is easy to miss.
func (r *roomScreen) coachCameOrWent(came bool) {
	if r.sh.Local || r.room.IsCoach(r.sh.Me) {
		return
	}
	if came {
		r.notice = news(prose.Capitalize(r.theCoach()) + " came in to observe: they read along and write nothing here.")
		return
	}
	r.notice = news(prose.Capitalize(r.theCoach()) + " left the room.")
}

// lockstep reports whether the workshop's coach moves every trio on
// together.
func (r *roomScreen) lockstep() bool {
	return r.room.Workshop != nil && r.room.Workshop.Lockstep
}

// paceChanged tells the trio who moves their room on now.
func (r *roomScreen) paceChanged(lockstep bool) {
	if r.sh.Local || r.room.IsCoach(r.sh.Me) {
		return
	}
	coach := prose.Capitalize(r.theCoach())
	if lockstep {
		r.notice = news(coach + " moves every trio on together now.")
		return
	}
	r.notice = news(coach + " lets each trio move on at its own pace: " + r.room.Name(r.room.Facilitator) + " moves this room on (ctrl+n).")
}

// theCoach names the workshop's coach for a sentence: "the coach", or
// "Rosa, the coach" when they gave a name of their own.
func (r *roomScreen) theCoach() string {
	name := r.room.Workshop.CoachName
	if name == "" || name == "Coach" {
		return "the coach"
	}
	return name + ", the coach"
}
