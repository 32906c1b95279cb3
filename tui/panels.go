package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"trio/content"
	"trio/session"
	"trio/tui/draw"
)

// kindPiece is a phase kind's part of the interface: its panel, its parts
// of the summary, and what else the room asks of that kind alone. Each
// kind's file registers its own (see doc.go).
type kindPiece struct {
	// panel makes the kind's panel; at is where its unsent text is kept.
	panel func(sh *Shared, at writingPlace, phase content.Phase) panel
	// summary are the kind's sections of the summary's document.
	summary []summarySection
	// person is what the kind says about a person in the summary's list of
	// people; "" says nothing.
	person func(p session.PersonDoc) string
	// card is what the kind adds under a revealed card in the summary.
	card func(w *summaryWriter, p session.PerspectiveDoc)
	// bySecond: the phase's clock is read by the second, not the minute.
	bySecond bool
	// turns are the people who still have to act when the phase begins,
	// in order, on one keyboard handed round (its round is named, so it is
	// handed round once).
	turns func(room session.Room) (round string, waiting []session.ParticipantID)
	// unfinished says what is not done yet, asked about before the room
	// moves on; "" when all is done.
	unfinished func(room session.Room) string
}

// summaryDone reports whether the kind shows in the summary at all.
func (k kindPiece) summaryDone() bool {
	return len(k.summary) > 0 || k.person != nil || k.card != nil
}

// kinds are the registered kinds; registerKind fills it as the program
// starts.
var kinds = map[content.Kind]kindPiece{}

// registerKind adds a kind's piece; each kind's file calls it once, from
// init.
func registerKind(k content.Kind, piece kindPiece) { kinds[k] = piece }

// kindOf is the piece of a phase's kind; an unknown kind has only a panel
// that says so.
func kindOf(k content.Kind) kindPiece {
	if piece, ok := kinds[k]; ok {
		return piece
	}
	return kindPiece{panel: newUnknownKindPanel}
}

// newPanel makes the panel for a phase's kind; at is where its unsent
// text is kept.
func newPanel(sh *Shared, at writingPlace, phase content.Phase) panel {
	return kindOf(phase.Kind).panel(sh, at, phase)
}

// unknownKindPanel stands for a kind this version of trio does not know,
// as a room made by a newer one may hold: it says so, and the facilitator
// can move the room on as from any phase.
type unknownKindPanel struct {
	panelBase
	kind content.Kind
}

func newUnknownKindPanel(sh *Shared, at writingPlace, phase content.Phase) panel {
	return &unknownKindPanel{kind: phase.Kind}
}

func (p *unknownKindPanel) update(msg tea.Msg, c *roomCtx) tea.Cmd { return nil }
func (p *unknownKindPanel) keys(c *roomCtx) []key.Binding          { return nil }
func (p *unknownKindPanel) writable(c *roomCtx) bool               { return false }

func (p *unknownKindPanel) draw(c *roomCtx) panelView {
	text := "This phase is of a kind this version of trio does not know (“" + string(p.kind) + "”), so there is nothing to do in it here. The facilitator can move the room on."
	return panelView{body: strings.Join(draw.Wrap(c.sh.Styles.Notice.Render(text), c.width), "\n")}
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
