package tui

import (
	"strings"

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

// saidReadables are contributions to read whole, each titled with whose
// it is and what: "Maya’s position · Discussion round".
func saidReadables(c *roomCtx, cs []session.Contribution, what string) []readable {
	var out []readable
	for _, x := range cs {
		out = append(out, readable{title: c.v.Name(x.Author) + "’s " + what + " · " + c.phase.Title, text: x.Text})
	}
	return out
}

// rows sets blocks one under another. Unlike lipgloss.JoinVertical it pads
// no line: the room fits every line to its width once, at the end.
func rows(blocks ...string) string {
	return strings.Join(blocks, "\n")
}
