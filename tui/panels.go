package tui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"trio/content"
	"trio/session"
)

// newPanel makes the panel for a phase's kind; at is where its unsent
// text is kept.
func newPanel(sh *Shared, at writingPlace, phase content.Phase) panel {
	switch phase.Kind {
	case content.KindCheckIn:
		return newCheckInPanel(sh, at, phase)
	case content.KindFrame:
		return newFramePanel(sh, at, phase)
	case content.KindDiscussion:
		return newDiscussionPanel(sh, at, phase)
	case content.KindSilentWriting:
		return newSilentWritingPanel(sh, at, phase)
	case content.KindRevealRound:
		return newRevealPanel(sh, at, phase)
	case content.KindInquiry:
		return newInquiryPanel(sh, at, phase)
	case content.KindYesAnd:
		return newYesAndPanel(sh, at, phase)
	case content.KindProsCons:
		return newProsConsPanel(sh, at, phase)
	case content.KindOneLevelHigher:
		return newOneLevelHigherPanel(sh, at, phase)
	case content.KindPointOfView:
		return newPointOfViewPanel(sh, at, phase)
	case content.KindConsent:
		return newConsentPanel(sh, at, phase)
	default:
		return newClosePanel(sh, at, phase)
	}
}

// said draws contributions as "Name: text" lines wrapped to width, newest
// last, keeping only the last ones that fit in height lines.
func said(c *roomCtx, cs []session.Contribution, width, height int) string {
	if height <= 0 {
		return ""
	}
	var lines []string
	for _, x := range cs {
		text := c.name(x.Author) + ": " + x.Text
		lines = append(lines, strings.Split(lipgloss.NewStyle().Width(width).Render(text), "\n")...)
	}
	return strings.Join(lastLines(c.sh.Styles, lines, height), "\n")
}

// rows sets blocks one under another. Unlike lipgloss.JoinVertical it pads
// no line: the room fits every line to its width once, at the end.
func rows(blocks ...string) string {
	return strings.Join(blocks, "\n")
}

// stack puts a list above a composer, giving the composer the room it
// needs and the list the rest.
func stack(c *roomCtx, list func(height int) string, form string) string {
	rest := c.height - lipgloss.Height(form) - 1
	return rows(list(rest), "", form)
}
