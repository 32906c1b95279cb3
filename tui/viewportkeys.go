package tui

import (
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
)

// scrollViewport moves a document read in a viewport (the summary, the
// plenary) by the summary's scroll keys; any other key does nothing.
func scrollViewport(vp *viewport.Model, k SummaryKeys, msg tea.KeyPressMsg) {
	switch {
	case matches(msg, k.PageUp):
		vp.PageUp()
	case matches(msg, k.PageDown):
		vp.PageDown()
	case matches(msg, k.Up):
		vp.ScrollUp(1)
	case matches(msg, k.Down):
		vp.ScrollDown(1)
	case matches(msg, k.Top):
		vp.GotoTop()
	case matches(msg, k.Bottom):
		vp.GotoBottom()
	}
}
