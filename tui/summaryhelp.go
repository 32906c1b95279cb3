package tui

import "charm.land/bubbles/v2/key"

func (s *summaryScreen) helpKeys() []key.Binding {
	k := s.sh.Keys.Summary
	if s.sh.Remote {
		return fittedHelp(s.width, []key.Binding{k.CopyView, k.Back, k.Scroll}, s.sh.Keys.List.Help)
	}
	return fittedHelp(s.width, []key.Binding{k.SaveMarkdown, k.SaveJSON, k.CopyView, k.Back, k.Scroll}, s.sh.Keys.List.Help)
}

// fullHelp is every key of the summary, in columns: saving, scrolling,
// leaving.
func (s *summaryScreen) fullHelp() [][]key.Binding {
	k := s.sh.Keys.Summary
	edges := relabel(k.Top, "top/bottom")
	edges.SetHelp("home/end", "top/bottom")
	scroll := []key.Binding{k.Down, k.Up, k.PageDown, k.PageUp, edges}
	if s.sh.Remote {
		return [][]key.Binding{{k.CopyView}, scroll, {k.Back, s.sh.Keys.Quit}}
	}
	return [][]key.Binding{
		{k.SaveMarkdown, k.SaveJSON, k.CopyView},
		scroll,
		{k.Back, s.sh.Keys.Quit},
	}
}
