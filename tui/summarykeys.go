package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

func (s *summaryScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	k := s.sh.Keys.Summary
	s.layout()
	scrolling := []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}
	if !key.Matches(msg, scrolling...) {
		s.notice, s.alarm, s.wrote = "", false, ""
	}
	switch {
	case matches(msg, k.Back):
		return s.sh.move(roomMsg{code: s.code})
	case s.sh.Remote && (matches(msg, k.SaveMarkdown) || matches(msg, k.SaveJSON)):
		// The server's disk is not the person's: say how to take it home.
		s.notice, s.alarm = "Nothing is saved on the server: it is not your machine.", false
	case matches(msg, k.SaveMarkdown):
		s.write("md")
	case matches(msg, k.SaveJSON):
		s.write("json")
	case matches(msg, k.CopyView):
		return s.copyView()
	default:
		scrollViewport(&s.vp, k, msg)
	}
	return nil
}
