package tui

import tea "charm.land/bubbletea/v2"

// copyView puts the team point of view on the clipboard through the
// terminal (OSC 52), so it works over SSH too.
func (s *summaryScreen) copyView() tea.Cmd {
	pov := s.doc.PointOfView
	if pov == nil {
		s.notice, s.alarm = "There is no point of view to copy yet: the trio drafts it in Team point of view.", false
		return nil
	}
	s.notice, s.alarm = "Copied the team point of view to your clipboard, if your terminal allows it.", false
	return tea.SetClipboard(pov.Sentence())
}
