package tui

import (
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// stops are the places the keyboard visits, top to bottom.
func (s *setupScreen) stops() []setupStop {
	stops := []setupStop{{spot: spotQuestion}, {spot: spotGoal}, {spot: spotScript}}
	for i := range s.people {
		stops = append(stops, setupStop{spot: spotName, person: i}, setupStop{spot: spotRole, person: i})
	}
	if !s.sh.Local {
		return append(stops, setupStop{spot: spotStart})
	}
	return append(stops, setupStop{spot: spotAdd}, setupStop{spot: spotCoach}, setupStop{spot: spotStart})
}

// areaAt is the text area at a stop: the question's or the goal's.
func (s *setupScreen) areaAt(at setupStop) *areaEditor {
	switch at.spot {
	case spotQuestion:
		return s.question
	case spotGoal:
		return s.goal
	}
	return nil
}

// input is the line at a stop, or nil for the areas, the script and the
// buttons.
func (s *setupScreen) input(at setupStop) *textinput.Model {
	switch at.spot {
	case spotCoach:
		return &s.coach
	case spotName:
		return &s.people[at.person].name
	case spotRole:
		return &s.people[at.person].role
	}
	return nil
}

// goTo moves the keyboard to a stop.
func (s *setupScreen) goTo(at setupStop) tea.Cmd {
	if a := s.areaAt(s.at); a != nil {
		a.Blur()
	}
	if in := s.input(s.at); in != nil {
		leaveLine(in)
	}
	s.at = at
	if a := s.areaAt(at); a != nil {
		a.MoveToEnd()
		return a.Focus()
	}
	if in := s.input(at); in != nil {
		return enterLine(in)
	}
	return nil
}

// step moves to the stop before or after, round the form as tab does.
func (s *setupScreen) step(delta int) tea.Cmd {
	stops := s.stops()
	for i, at := range stops {
		if at == s.at {
			return s.goTo(stops[(i+delta+len(stops))%len(stops)])
		}
	}
	return s.goTo(stops[0])
}

// vertical moves up or down: in the people, to the same column of the
// next row; elsewhere, to the field above or below.
func (s *setupScreen) vertical(delta int) tea.Cmd {
	switch at := s.at; {
	case at.spot == spotName || at.spot == spotRole:
		next := at.person + delta
		switch {
		case next < 0:
			return s.goTo(setupStop{spot: spotScript})
		case next >= len(s.people) && !s.sh.Local:
			return s.goTo(setupStop{spot: spotStart})
		case next >= len(s.people):
			return s.goTo(setupStop{spot: spotAdd})
		}
		return s.goTo(setupStop{spot: at.spot, person: next})
	case at.spot == spotAdd && delta < 0:
		return s.goTo(setupStop{spot: spotName, person: len(s.people) - 1})
	case at.spot == spotQuestion && delta < 0, at.spot == spotStart && delta > 0:
		return nil
	}
	return s.step(delta)
}
