package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/tui/draw"
)

// header is the question and timer, the stepper, the purpose and prompt.
func (r *roomScreen) header(width int) string {
	st := r.sh.Styles
	phase := r.room.CurrentPhase()
	timer := r.timer()
	// A question too long for its line says where to read it whole.
	room := max(10, width-lipgloss.Width(timer)-2)
	question := r.room.Question
	question = cutWithReader(question, room)
	gap := max(1, width-lipgloss.Width(question)-lipgloss.Width(timer))
	top := st.Title.Render(question) + strings.Repeat(" ", gap) + timer
	// The prompt is what people do now: it gets two lines, always.
	prompt := strings.Split(ansi.Wordwrap(phase.Prompt, width, ""), "\n")
	if len(prompt) > 2 {
		prompt = []string{prompt[0], cutWithReader(strings.Join(prompt[1:], " "), width)}
	}
	for len(prompt) < 2 {
		prompt = append(prompt, "")
	}
	lines := []string{top, r.stepper(width),
		st.Muted.Render(cutWithReader("Why: "+phase.Purpose, width)),
		st.Prompt.Render(prompt[0]), st.Prompt.Render(prompt[1])}
	return strings.Join(lines, "\n")
}

// cutWithReader fits a line of text to width cells; one that does not fit
// ends in "… ctrl+t", the key that shows it whole.
func cutWithReader(s string, width int) string {
	if draw.Width(s) <= width {
		return s
	}
	const more = " … ctrl+t"
	return strings.TrimRight(ansi.Truncate(s, max(1, width-draw.Width(more)), ""), " ") + more
}
