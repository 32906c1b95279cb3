package tui

import "charm.land/bubbles/v2/key"

func (s *setupScreen) help() bindingsHelp {
	k := s.sh.Keys.Form
	move := relabel(k.Up, "move")
	move.SetHelp("↑/↓", "move")
	start := relabel(k.Enter, "start the workshop")
	if !s.sh.Local {
		start = relabel(k.Enter, "open the room")
	}
	var short []key.Binding
	switch s.at.spot {
	case spotScript:
		short = []key.Binding{relabel(k.Choose, "choose the script"), k.Next, move, k.Back}
	case spotAdd:
		short = []key.Binding{relabel(k.Enter, "add a person"), k.Next, move, k.Back}
	case spotStart:
		short = []key.Binding{start, move, k.Prev, k.Back}
	case spotName, spotRole:
		short = []key.Binding{k.Enter, move}
		if s.at.spot == spotRole && !s.sh.Local {
			short = append(short, relabel(k.Choose, "choose a role"))
		}
		if len(s.people) > 1 {
			short = append(short, k.RemovePerson)
		}
		short = append(short, k.Back)
	default:
		short = []key.Binding{k.Enter, move, k.Back}
	}
	// Letters are text in every field here, so there is no ? for more
	// keys: the footer shows them all.
	return bindingsHelp{short: fittedHelp(s.sh.Width, short, s.sh.Keys.Quit), full: [][]key.Binding{short}}
}
