package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"trio/tui/draw"
)

// A coach's ctrl+c stops the server every trio is on, so it asks first:
// one stray chord must not close everyone's terminal.

// answerStop answers the question: enter or ctrl+c again stops, esc
// stays; any other key closes the question and does what it does.
func (a *App) answerStop(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	a.stopAsked = false
	switch {
	case matches(msg, a.sh.Keys.Quit) || matches(msg, a.sh.Keys.Question.Yes):
		if a.room != nil {
			a.room.close()
		}
		if a.projector != nil {
			a.projector.close()
		}
		return tea.Quit, true
	case matches(msg, a.sh.Keys.Question.No):
		return nil, true
	}
	return nil, false
}

// stopQuestion is the footer while the question waits, wrapped whole.
func (a *App) stopQuestion() string {
	text := "Stop trio workshop? Every trio's terminal closes; everything is saved. enter or ctrl+c stops, esc stays."
	lines := draw.Wrap(text, a.sh.Width)
	for i, l := range lines {
		lines[i] = a.sh.Styles.Notice.Render(l)
	}
	return strings.Join(lines, "\n")
}
