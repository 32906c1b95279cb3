package tui

import (
	"context"
	"errors"

	tea "charm.land/bubbletea/v2"

	"trio/session"
)

// start opens the room, or shows what to fix first.
func (s *setupScreen) start() tea.Cmd {
	s.tried, s.refusal = true, ""
	if p := s.check(); p.any() {
		for _, at := range s.stops() {
			if _, bad := p.at[at]; bad {
				return s.goTo(at)
			}
		}
		return nil
	}
	open := session.OpenRoom{Question: s.question.Value(), Goal: s.goal.Value()}
	if len(s.sh.Scripts()) > 0 {
		open.Script = s.sh.Scripts()[s.script]
	}
	for _, p := range s.people {
		open.People = append(open.People, session.Person{Name: p.name.Value(), Role: p.role.Value()})
	}
	if !s.sh.Local {
		// The person setting up is the room's only person, and facilitates;
		// the hub paces how often they, and their address, open rooms.
		open.People[0].ID, open.Facilitator = s.sh.Me, 0
		open.By = session.Opener{Person: s.sh.Me, Address: s.sh.Address}
	}
	if s.hasCoach() {
		open.People = append(open.People, session.Person{Name: s.coach.Value(), Role: "Coach", Observer: true})
		open.Facilitator = len(open.People) - 1
	}
	res, err := s.sh.Hub.Open(context.Background(), open)
	if err != nil {
		var refusal *session.Refusal
		if errors.As(err, &refusal) {
			s.refusal = refusal.Reason
		} else {
			s.refusal = err.Error()
		}
		return nil
	}
	return s.sh.move(openRoomMsg{code: res.Room.Code})
}
