package tui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/content"
	"trio/content/prose"
	"trio/session"
	"trio/tui/draw"
)

// silentWritingPanel is silent writing: each person of the trio fills in a
// perspective card alone. On one shared keyboard each writes in turn behind
// a curtain, so nobody reads over anyone's shoulder; on a terminal of one's
// own the card is there straight away.
type silentWritingPanel struct {
	panelBase
	sh    *Shared
	phase content.Phase
	form  *composer
	// open is whose form is out from behind the curtain; "" while the
	// curtain is down.
	open session.ParticipantID
	// saved is whose card was just saved, thanked on the curtain.
	saved session.ParticipantID
	// base is the saved card the open form started from, so a form left
	// as it was is not kept as a draft.
	base []string
}

// silentWritingStage is what the person at the keyboard sees.
type silentWritingStage int

const (
	silentWritingCurtain  silentWritingStage = iota // pass the keyboard on
	silentWritingForm                               // their own card
	silentWritingObserver                           // a coach: no card of their own
	silentWritingShown                              // their card is open to all since the reveal
	silentWritingSaved                              // on their own terminal: their card is in
)

func newSilentWritingPanel(sh *Shared, at writingPlace, phase content.Phase) panel {
	var fields []field
	for _, f := range phase.Fields {
		fields = append(fields, field{key: f.ID, label: f.Label, hint: f.Hint, multiline: true})
	}
	p := &silentWritingPanel{sh: sh, phase: phase, form: newComposer(sh, at, fields...)}
	p.panelBase = holding(p.form)
	return p
}

func (p *silentWritingPanel) stage(c *roomCtx) silentWritingStage {
	if me, ok := c.v.Person(c.me); !ok || me.Observer {
		return silentWritingObserver
	}
	if card, ok := c.v.MyCard(); ok && card.Revealed {
		return silentWritingShown
	}
	if c.sh.Local && p.open != c.me {
		return silentWritingCurtain
	}
	if _, ok := c.v.MyCard(); ok && !c.sh.Local && !p.form.typing() && p.form.empty() {
		return silentWritingSaved
	}
	return silentWritingForm
}

func (p *silentWritingPanel) update(msg tea.Msg) tea.Cmd {
	c := p.room
	if !p.form.typing() {
		// Of the keys, only enter reaches here: it lifts the curtain, or
		// opens the card.
		if _, ok := msg.(tea.KeyPressMsg); ok {
			return p.write()
		}
		return nil
	}
	action, cmd := p.form.update(msg)
	if action == composerStopped {
		// On one keyboard the card goes back behind its curtain: nobody
		// else at the screen reads a half-written card.
		p.stop()
		return cmd
	}
	if action != composerSubmitted {
		return cmd
	}
	if last := len(p.form.inputs) - 1; p.form.focus < last {
		return p.form.focusField(p.form.focus + 1)
	}
	return p.save(c)
}

// save sends the card. A refusal keeps every word; once the card is in,
// the curtain comes down and the keyboard goes to the next person of the
// trio who has no card yet.
func (p *silentWritingPanel) save(c *roomCtx) tea.Cmd {
	answers := map[string]string{}
	for i, f := range p.phase.Fields {
		answers[f.ID] = p.form.value(i)
	}
	if !c.do(session.WriteCard{Answers: answers}) {
		if strings.TrimSpace(p.form.value(0)) == "" {
			return p.form.focusField(0)
		}
		return nil
	}
	p.form.clear()
	p.form.stop()
	p.form.focusField(0)
	p.saved, p.open, p.base = c.me, "", nil
	if next, ok := p.nextWithoutCard(c); ok && c.sh.Local {
		c.speakAs(next)
	}
	return nil
}

// nextWithoutCard is the next person of the trio, after the one speaking,
// who has not written a card yet.
func (p *silentWritingPanel) nextWithoutCard(c *roomCtx) (session.ParticipantID, bool) {
	trio := c.v.Trio()
	at := slices.IndexFunc(trio, func(x session.Participant) bool { return x.ID == c.me })
	for i := 1; i <= len(trio); i++ {
		person := trio[(at+i)%len(trio)]
		if _, has := c.v.CardOf(person.ID); !has && person.ID != c.me {
			return person.ID, true
		}
	}
	return "", false
}

func (p *silentWritingPanel) view() panelView {
	c := p.room
	p.form.setWidth(p.width - 2)
	switch p.stage(c) {
	case silentWritingObserver:
		return panelView{body: p.observerView(c)}
	case silentWritingShown:
		return panelView{body: p.shownView(c)}
	case silentWritingCurtain:
		return panelView{body: p.curtainView(c), anchor: anchor{key: "curtain " + string(c.me)}}
	case silentWritingSaved:
		return panelView{body: p.savedView(c)}
	}
	return p.formView(c)
}

// formView is the person's own card: every field, the one being written
// brought into view, and who has written so far.
func (p *silentWritingPanel) formView(c *roomCtx) panelView {
	st := c.sh.Styles
	head := strings.Join(draw.Wrap(st.Label.Render("Your card, "+c.myName())+st.Muted.Render(" · nobody sees it until the reveal"), p.width), "\n")
	form := p.form.view(c.nudging())
	// The field being written starts this many lines into the body.
	at := lipgloss.Height(head)
	for i := 0; i < p.form.focus; i++ {
		at += p.form.lines(i)
	}
	keep := 0
	if p.form.typing() {
		keep = p.form.lines(p.form.focus)
	}
	return panelView{body: rows(head, form, "", p.progress(c)), anchor: anchor{key: fmt.Sprint("field ", c.me, p.form.focus, p.form.typing()), line: at, keep: keep}}
}

// curtainView hides the screen between two people: nothing of anyone's
// card is drawn until the next person says only they can see it.
func (p *silentWritingPanel) curtainView(c *roomCtx) string {
	st := c.sh.Styles
	var msg []string
	if p.saved != "" {
		msg = append(msg, st.Success.Render("✓ ")+c.name(p.saved)+"’s card is saved.", "")
	}
	if p.someoneWithoutCard(c) {
		msg = append(msg, st.Strong.Render("Pass the keyboard to ")+c.name(c.me))
	} else {
		msg = append(msg, st.Strong.Render("Every card is written ✓"),
			st.Muted.Render("Nobody sees them until the reveal. The facilitator moves on when you are ready"+c.movesOn()+"."), "")
	}
	msg = append(msg, c.name(c.me)+", press "+st.Key.Render("enter")+" when only you can see the screen.")

	progress := p.progress(c)
	hint := ""
	if p.someoneWithoutCard(c) {
		hint = st.Muted.Render("Press ctrl+s to pass to the next person.")
	}
	box := st.Curtain
	inner := p.width - box.GetHorizontalFrameSize()
	text := lipgloss.NewStyle().Width(max(10, inner)).Render(strings.Join(msg, "\n"))
	curtain := box.Render(text)
	if lipgloss.Height(curtain)+lipgloss.Height(progress)+3 > p.height {
		box = box.Padding(0, 1)
		text = lipgloss.NewStyle().Width(max(10, p.width-box.GetHorizontalFrameSize())).Render(strings.Join(msg, "\n"))
		curtain = box.Render(text)
	}
	return rows(curtain, "", progress, ansi.Truncate(hint, p.width, "…"))
}

// someoneWithoutCard reports whether a person of the trio has no card yet.
func (p *silentWritingPanel) someoneWithoutCard(c *roomCtx) bool {
	for _, person := range c.v.Trio() {
		if _, has := c.v.CardOf(person.ID); !has {
			return true
		}
	}
	return false
}

func (p *silentWritingPanel) observerView(c *roomCtx) string {
	text := c.name(c.me) + ", you are here to guide and to listen: the cards come from the trio, so there is none for you to write. Thank you for holding the space."
	text = lipgloss.NewStyle().Width(p.width).Render(text)
	return rows(text, "", p.progress(c), p.passHint(c))
}

func (p *silentWritingPanel) shownView(c *roomCtx) string {
	text := c.name(c.me) + ", your card is open to everyone since the reveal, so it stays as it is here. Add to it in the rounds that follow."
	text = lipgloss.NewStyle().Width(p.width).Render(text)
	return rows(text, "", p.progress(c), p.passHint(c))
}

// savedView thanks a person at their own terminal for their card, and
// says who is still writing.
func (p *silentWritingPanel) savedView(c *roomCtx) string {
	st := c.sh.Styles
	text := st.Success.Render("✓ ") + "Your card is saved, " + c.name(c.me) + ". Nobody sees it until the reveal; press " + st.Key.Render("enter") + " to change it until then."
	text = lipgloss.NewStyle().Width(p.width).Render(text)
	next := "The others are still writing: take a breath while they do."
	if !p.someoneWithoutCard(c) {
		next = "Every card is written ✓ The facilitator moves on when you are ready" + c.movesOn() + "."
	}
	next = st.Muted.Render(lipgloss.NewStyle().Width(p.width).Render(next))
	return rows(text, "", p.progress(c), "", next)
}

// passHint is how the keyboard moves on, on a shared keyboard only.
func (p *silentWritingPanel) passHint(c *roomCtx) string {
	if !c.sh.Local || !p.someoneWithoutCard(c) {
		return ""
	}
	return c.sh.Styles.Muted.Render(ansi.Truncate("Press ctrl+s to pass to the next person.", p.width, "…"))
}

// progress shows who has written a card (✓) and who has not (○), never
// what is on it.
func (p *silentWritingPanel) progress(c *roomCtx) string {
	st := c.sh.Styles
	entries := []string{st.Label.Render("Cards")}
	for _, person := range c.v.Trio() {
		mark := st.Muted.Render("○ ")
		if _, has := c.v.CardOf(person.ID); has {
			mark = st.Success.Render("✓ ")
		}
		entries = append(entries, mark+c.name(person.ID))
	}
	return checkInFlow(entries, p.width)
}

func (p *silentWritingPanel) helpKeys() []key.Binding {
	c := p.room
	w := c.sh.Keys.Writing
	if p.form.typing() {
		enter := relabel(w.Send, "next field")
		if p.form.focus == len(p.form.inputs)-1 {
			enter = relabel(w.Send, "save your card")
		}
		return []key.Binding{enter, w.PrevField, w.Newline}
	}
	switch p.stage(c) {
	case silentWritingCurtain:
		return []key.Binding{relabel(c.sh.Keys.Room.Write, "only I can see the screen")}
	case silentWritingSaved:
		return []key.Binding{relabel(c.sh.Keys.Room.Write, "change your card")}
	}
	return nil
}

// writable: a letter types into the person's own card once it is in
// front of them. Behind the curtain it does nothing, so nobody starts a
// card on someone else's turn; nor once the card is saved, so a stray
// letter does not reopen it: enter does.
func (p *silentWritingPanel) writable() bool {
	c := p.room
	return p.stage(c) == silentWritingForm
}

// letterHint says why a letter went nowhere.
func (p *silentWritingPanel) letterHint() string {
	c := p.room
	switch p.stage(c) {
	case silentWritingCurtain:
		return "Press enter first, when only " + c.myName() + " can see the screen; letters do nothing until then."
	case silentWritingSaved:
		return "Your card is saved: press enter to change it."
	}
	return "There is no card for you to write here, so letters do nothing."
}

// write lifts the curtain for the person speaking and opens their form,
// from their saved card when they have no unsent words.
func (p *silentWritingPanel) write() tea.Cmd {
	c := p.room
	if len(p.form.inputs) == 0 {
		return nil
	}
	if stage := p.stage(c); stage == silentWritingObserver || stage == silentWritingShown {
		return nil
	}
	p.open, p.saved, p.base = c.me, "", nil
	if card, ok := c.v.MyCard(); ok && p.form.empty() {
		for i, f := range p.phase.Fields {
			p.form.setValue(i, card.Answer(f.ID))
			p.base = append(p.base, card.Answer(f.ID))
		}
	}
	return p.form.start()
}

// forgetUnchanged empties a form that still says what the saved card
// says: only real edits stay as someone's draft.
func (p *silentWritingPanel) forgetUnchanged() {
	if p.base == nil {
		return
	}
	for i, was := range p.base {
		if p.form.value(i) != was {
			return
		}
	}
	p.form.clear()
	p.base = nil
}

// stop takes the keyboard away; on one keyboard the curtain comes down
// too, whether the person pressed esc or the room moved to another phase,
// so coming back never shows a card openly.
func (p *silentWritingPanel) stop() {
	p.form.stop()
	p.forgetUnchanged()
	if p.sh.Local {
		p.open = ""
	}
}

// speakerChanged brings the curtain down for anyone whose form is not open.
func (p *silentWritingPanel) speakerChanged() {
	c := p.room
	if c.me != p.form.seat.person {
		p.forgetUnchanged()
	}
	p.form.switchSpeaker(c.me)
	if c.sh.Local && p.open != c.me && len(p.form.inputs) > 0 {
		p.open = ""
		p.form.stop()
	}
}

// silentWritingUnfinished names the people of the trio who have no card
// yet: moving on before they are written asks first.
func silentWritingUnfinished(room session.Room) string {
	var names []string
	for _, person := range room.Trio() {
		if _, has := room.CardOf(person.ID); !has {
			names = append(names, person.Name)
		}
	}
	if len(names) == 0 {
		return ""
	}
	return cardsUnwrittenText(len(room.Trio()), names)
}

// cardsUnwrittenText says how many cards of the trio are not written.
func cardsUnwrittenText(trio int, names []string) string {
	verb := "are"
	if len(names) == 1 {
		verb = "is"
	}
	return fmt.Sprintf("%d of %d cards %s not written yet (%s).", len(names), trio, verb, prose.And(fewNames(names)))
}

func init() {
	registerKind(content.KindSilentWriting, kindPiece{
		panel:      newSilentWritingPanel,
		summary:    []summarySection{{placeRounds, silentWritingSummary}},
		turns:      silentWritingTurns,
		unfinished: silentWritingUnfinished,
	})
}

// silentWritingTurns hands one keyboard to each of the trio without a
// card, in turn.
func silentWritingTurns(room session.Room) (string, []session.ParticipantID) {
	var waiting []session.ParticipantID
	for _, p := range room.Trio() {
		if _, has := room.CardOf(p.ID); !has {
			waiting = append(waiting, p.ID)
		}
	}
	return "cards in phase " + strconv.Itoa(room.Phase), waiting
}

// silentWritingSummary is every revealed card and what was done with it,
// and how many are not revealed yet.
func silentWritingSummary(w *summaryWriter, doc session.Document) {
	st := w.st
	w.heading("Perspectives")
	if len(doc.Perspectives) == 0 {
		w.wrapped(st.Muted, "", "No card has been revealed yet.")
	}
	switch doc.HiddenCards {
	case 0:
	case 1:
		w.wrapped(st.Muted, "", "1 card is not revealed yet, so it is not shown here.")
	default:
		w.wrapped(st.Muted, "", fmt.Sprintf("%d cards are not revealed yet, so they are not shown here.", doc.HiddenCards))
	}
	for _, p := range doc.Perspectives {
		silentWritingCard(w, p)
	}
}

// silentWritingCard draws one revealed card, then what the other kinds
// added under it.
func silentWritingCard(w *summaryWriter, p session.PerspectiveDoc) {
	st := w.st
	w.blank()
	head := w.name(p.By)
	if p.Role != "" {
		head += st.Muted.Render(" · " + p.Role)
	}
	w.lines = append(w.lines, head)
	for _, f := range p.Fields {
		label := f.Label
		if label == "" {
			label = f.ID
		}
		w.item("  "+st.Label.Render(label+":")+" ", draw.Ink{}, f.Text)
	}
	w.card(p)
}
