package tui

import (
	"fmt"
	"slices"
	"strings"

	"trio/content"
	"trio/session"
)

// slide is one of the things the projector shows one at a time under the
// clock: a revealed card, or the team's point of view.
type slide struct {
	// id stays the same while the room changes, so the projector stays on
	// the card it shows when another is revealed or a new version drafted.
	id    string
	where string // "card 2 of 3", or "" where there is one of its kind
	draw  func(c *roomCtx, width int) []string
}

// projectorSlides are what a room shows one at a time, from what nobody in
// particular may see: from the point-of-view phase on, the point of view;
// then the cards revealed so far. A card not revealed is hidden in that
// view, so before the reveal there is none.
func projectorSlides(v session.View) []slide {
	var out []slide
	if pointOfViewReached(v) {
		out = append(out, slide{id: "point of view", draw: projectorPointOfView})
	}
	cards := inRevealOrder(v, cardsOnTable(v))
	for i, card := range cards {
		out = append(out, slide{
			id:    fmt.Sprintf("card %d", card.ID),
			where: fmt.Sprintf("card %d of %d", i+1, len(cards)),
			draw: func(c *roomCtx, width int) []string {
				return cardDraw(c, card, width)
			},
		})
	}
	return out
}

// inRevealOrder puts the cards in the order they were shown in the reveal
// round, so "card 1" on the shared screen is the first the room heard.
func inRevealOrder(v session.View, cards []session.Perspective) []session.Perspective {
	turn := func(p session.Perspective) int {
		if i := slices.Index(v.Reveal.Order, p.Author); i >= 0 {
			return i
		}
		return len(v.Reveal.Order)
	}
	sorted := slices.Clone(cards)
	slices.SortStableFunc(sorted, func(a, b session.Perspective) int { return turn(a) - turn(b) })
	return sorted
}

// pointOfViewReached reports whether the room is in its point-of-view
// phase or past it.
func pointOfViewReached(v session.View) bool {
	first := slices.IndexFunc(v.Script.Phases, func(p content.Phase) bool { return p.Kind == content.KindPointOfView })
	return first >= 0 && v.Phase >= first
}

// projectorPointOfView is the newest version of the point of view whole,
// or a word that there is none yet.
func projectorPointOfView(c *roomCtx, width int) []string {
	st := c.sh.Styles
	lines := []string{st.Label.Render("The team’s point of view")}
	d, ok := c.v.LatestDraft()
	if !ok {
		return append(lines, st.Muted.Render("It shows here once someone drafts it."))
	}
	// Whether the trio stands behind it is what a room looks for next.
	lines[0] += st.Muted.Render(" · ") + st.Strong.Render(session.Export(c.v).ConsentOn(d.Version))
	return append(lines, strings.Split(statementBlock(c, d, "", width), "\n")...)
}

// firstSlide is where a projector opens: in the reveal round on the card
// of whoever holds the talking stick, otherwise on the first.
func firstSlide(v session.View, slides []slide) string {
	if speaker, ok := v.Speaker(); ok {
		if card, ok := v.CardOf(speaker); ok && card.Revealed {
			return fmt.Sprintf("card %d", card.ID)
		}
	}
	if len(slides) > 0 {
		return slides[0].id
	}
	return ""
}
