package tui

import (
	"iter"
	"slices"
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
// last, keeping only the last ones that fit in height lines. It is given
// them newest first, and draws no more than fit: a room may hold
// thousands.
func said(c *roomCtx, newest iter.Seq[session.Contribution], width, height int) string {
	if height <= 0 {
		return ""
	}
	lines := newestLines(newest, height, func(x session.Contribution) []string {
		return strings.Split(lipgloss.NewStyle().Width(width).Render(c.name(x.Author)+": "+x.Text), "\n")
	})
	return strings.Join(lastLines(c.sh.Styles, lines, height), "\n")
}

// newestLines draws items given newest first, each in its lines, until
// more than height lines are drawn, and returns those lines oldest first:
// all that lastLines needs to keep the newest height of them.
func newestLines[T any](newest iter.Seq[T], height int, draw func(T) []string) []string {
	var blocks [][]string
	n := 0
	for x := range newest {
		if n > height {
			break
		}
		b := draw(x)
		blocks = append(blocks, b)
		n += len(b)
	}
	lines := make([]string, 0, n)
	for _, b := range slices.Backward(blocks) {
		lines = append(lines, b...)
	}
	return lines
}

// some reports whether seq yields anything.
func some[T any](seq iter.Seq[T]) bool {
	for range seq {
		return true
	}
	return false
}

// newestFirst yields a list's items from its last to its first.
func newestFirst[T any](items []T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range slices.Backward(items) {
			if !yield(x) {
				return
			}
		}
	}
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
