package tui

import "charm.land/bubbles/v2/key"

func (s *summaryScreen) help() bindingsHelp {
	k := s.sh.Keys.Summary
	edges := relabel(k.Top, "top/bottom")
	edges.SetHelp("home/end", "top/bottom")
	scroll := []key.Binding{k.Down, k.Up, k.PageDown, k.PageUp, edges}
	if !s.sh.Local {
		short := fittedHelp(s.sh.Width, []key.Binding{k.CopyView, k.Back, k.Scroll}, s.sh.Keys.List.Help)
		return bindingsHelp{short: short, full: [][]key.Binding{{k.CopyView}, scroll, {k.Back, s.sh.Keys.Quit}}}
	}
	short := fittedHelp(s.sh.Width, []key.Binding{k.SaveMarkdown, k.SaveJSON, k.CopyView, k.Back, k.Scroll}, s.sh.Keys.List.Help)
	full := [][]key.Binding{
		{k.SaveMarkdown, k.SaveJSON, k.CopyView},
		scroll,
		{k.Back, s.sh.Keys.Quit},
	}
	return bindingsHelp{short: short, full: full}
}
