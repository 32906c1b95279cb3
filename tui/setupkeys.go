package tui

import tea "charm.land/bubbletea/v2"

func (s *setupScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	k := s.sh.Keys.Form
	s.notice = ""
	switch {
	case matches(msg, k.Back):
		return s.sh.move(backHomeMsg{})
	case matches(msg, k.Next):
		return s.step(1)
	case matches(msg, k.Prev):
		return s.step(-1)
	case matches(msg, k.Down):
		return s.vertical(1)
	case matches(msg, k.Up):
		return s.vertical(-1)
	case matches(msg, k.RemovePerson):
		if s.sh.Local && (s.at.spot == spotName || s.at.spot == spotRole) {
			return s.remove(s.at.person)
		}
		return nil
	case matches(msg, k.Enter):
		switch s.at.spot {
		case spotAdd:
			return s.add()
		case spotStart:
			return s.start()
		}
		return s.step(1)
	}
	if s.at.spot == spotScript && len(s.sh.Scripts()) > 0 {
		if matches(msg, k.Choose) {
			step := 1
			if matches(msg, k.ChooseBack) {
				step = -1
			}
			s.script = (s.script + step + len(s.sh.Scripts())) % len(s.sh.Scripts())
		}
		return nil
	}
	if !s.sh.Local && s.at.spot == spotRole && matches(msg, k.Choose) && pickTrioRole(&s.people[s.at.person].role, msg, k.ChooseBack, nil) {
		s.refusal = ""
		return nil
	}
	return s.edit(msg)
}

// edit hands a key or a paste to the field that has the keyboard. A change
// makes an old refusal stale, so it goes.
func (s *setupScreen) edit(msg tea.Msg) tea.Cmd {
	if a := s.areaAt(s.at); a != nil {
		before := a.Value()
		cmd := a.update(msg)
		if a.Value() != before {
			s.refusal = ""
		}
		return cmd
	}
	in := s.input(s.at)
	if in == nil {
		return nil
	}
	s.offered.before(in, msg)
	before := in.Value()
	var cmd tea.Cmd
	*in, cmd = in.Update(msg)
	if in.Value() != before {
		s.refusal = ""
	}
	return cmd
}
