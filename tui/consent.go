package tui

import (
	"fmt"
	"slices"
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

// consentPanel is fist-to-five on the draft: each person votes in secret
// (in turn on one keyboard, at once on terminals of their own), the votes
// show all at once, and a round without consent leads to an amendment and a
// new round.
type consentPanel struct {
	panelBase
	sh      *Shared
	phase   content.Phase
	concern *composer
	amend   *statementForm
	// chosen is the score each person picked with a digit and has not cast
	// yet: enter casts it, or first asks what would make it work.
	chosen map[session.ParticipantID]int
	// lifted is who, on one keyboard, said only they can see the screen:
	// a vote is chosen and a concern written only behind that curtain.
	lifted session.ParticipantID
	// votedEnd is the last line of the text voted on, as last drawn under
	// the anchor votedAt: a score is taken once that line has been on
	// screen, under the same anchor.
	votedEnd int
	votedAt  string
}

func newConsentPanel(sh *Shared, at writingPlace, phase content.Phase) panel {
	p := &consentPanel{
		sh:    sh,
		phase: phase,
		concern: newComposer(sh, at,
			field{key: session.FieldConcern, label: "What would make it work for you?", hint: "One line the team can amend the draft with."}),
		amend:  newStatementForm(sh, at),
		chosen: map[session.ParticipantID]int{},
	}
	p.panelBase = holding(p.concern, p.amend)
	return p
}

// syncConcern puts what would make it work on the draft of the person
// speaking for the round open now.
func (p *consentPanel) syncConcern(c *roomCtx) {
	round, _ := c.v.OpenRound()
	p.concern.switchSeat(draftSeat{person: c.me, about: round.Number})
}

func (p *consentPanel) update(msg tea.Msg) tea.Cmd {
	c := p.room
	p.syncConcern(c)
	switch {
	case p.concern.typing():
		action, cmd := p.concern.update(msg)
		if action == composerStopped {
			return cmd
		}
		if action == composerSubmitted {
			score, ok := p.chosen[c.me]
			if ok && c.do(session.CastVote{Score: score, Concern: p.concern.value(0)}) {
				p.concern.clear()
				p.concern.stop()
				p.cast(c)
			}
		}
		return cmd
	case p.amend.typing():
		cmd := p.amend.update(msg, c)
		return cmd
	}
	key, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	k := c.sh.Keys
	_, open := c.v.OpenRound()
	switch {
	case !open && matches(key, k.Room.Write):
		return p.amend.start(c)
	case !consentVotes(c):
	case !p.behindCurtain(c):
		if matches(key, k.Room.Write) {
			p.lifted = c.me
		}
	case matches(key, k.Vote.Score):
		p.chosen[c.me] = int(key.Code - '0')
	case matches(key, k.Vote.Cast):
		return p.castChosen(c)
	case matches(key, k.Vote.Drop):
		delete(p.chosen, c.me)
	}
	return nil
}

// castChosen casts the score the person chose; under the threshold it
// first asks what would make it work.
func (p *consentPanel) castChosen(c *roomCtx) tea.Cmd {
	score, ok := p.chosen[c.me]
	if !ok {
		return nil
	}
	if round, open := c.v.OpenRound(); open && score < round.Threshold {
		return p.concern.start()
	}
	if c.do(session.CastVote{Score: score}) {
		p.cast(c)
	}
	return nil
}

// cast forgets a vote once the room has it; on one keyboard the curtain
// comes down and the keyboard goes to the next person who has not voted.
func (p *consentPanel) cast(c *roomCtx) {
	delete(p.chosen, c.me)
	if !c.sh.Local {
		return
	}
	p.lifted = ""
	if next, ok := consentNextVoter(c); ok {
		c.speakAs(next)
	}
}

// consentNextVoter is the first voter of the open round who has not voted
// yet: each hand-over starts from the top of the list.
func consentNextVoter(c *roomCtx) (session.ParticipantID, bool) {
	round, open := c.v.OpenRound()
	if !open {
		return "", false
	}
	voted := map[session.ParticipantID]bool{}
	for _, v := range round.Votes {
		voted[v.Voter] = true
	}
	for _, id := range round.Voters {
		if !voted[id] {
			return id, true
		}
	}
	return "", false
}

// behindCurtain reports whether the person at the keyboard may choose a
// vote now: on terminals of their own always; on one keyboard once they
// said only they can see the screen.
func (p *consentPanel) behindCurtain(c *roomCtx) bool {
	return !c.sh.Local || p.lifted == c.me
}

// votes reports whether the person at the keyboard votes in the open round.
func consentVotes(c *roomCtx) bool {
	round, open := c.v.OpenRound()
	return open && slices.Contains(round.Voters, c.me)
}

// action is the facilitator's: open the vote on the latest draft, or
// close it before everyone voted, which asks first.
func (p *consentPanel) action() (phaseAction, bool) {
	c := p.room
	if !c.facilitates {
		return phaseAction{}, false
	}
	if _, open := c.v.OpenRound(); open {
		return phaseAction{help: "close the vote now", ask: askCloseVote, do: func(c *roomCtx) tea.Cmd {
			c.facilitate(session.CloseVote{})
			return nil
		}}, true
	}
	latest, ok := c.v.LatestDraft()
	if !ok || !consentMayOpen(c, latest) {
		return phaseAction{}, false
	}
	a := phaseAction{help: fmt.Sprintf("open the vote on version %d", latest.Version), do: func(c *roomCtx) tea.Cmd {
		c.facilitate(session.OpenVote{})
		return nil
	}}
	// Someone still writing (an amendment, most likely) is asked about
	// first, as moving on is.
	var writing []string
	for _, person := range c.v.People {
		if person.ID != c.me && c.typing(person.ID) {
			writing = append(writing, person.Name)
		}
	}
	if len(writing) > 0 {
		verb := "are"
		if len(writing) == 1 {
			verb = "is"
		}
		a.ask = askOpenVote
		a.question = fmt.Sprintf("%s %s still writing. Open the vote on version %d anyway? What they are writing is kept.",
			prose.And(fewNames(writing)), verb, latest.Version)
	}
	return a, true
}

// consentMayOpen reports whether a new round may vote on the draft: the
// script has a round left, and the last finished round did not vote on
// this draft already (one closed early did not finish).
func consentMayOpen(c *roomCtx, latest session.PointOfViewDraft) bool {
	if c.v.RoundsLeft(c.phase) == 0 {
		return false
	}
	rounds := consentRounds(c)
	if len(rounds) == 0 {
		return true
	}
	last := rounds[len(rounds)-1]
	return last.Version != latest.Version || !last.Counts()
}

// writable: never. This is a voting screen, and a digit pressed to vote
// before the vote is open must not start an amendment: enter does.
func (p *consentPanel) writable() bool { return false }

// readWhole reports whether the whole text voted on has been on the
// voter's screen: a score counts only for what was read.
func (p *consentPanel) readWhole(c *roomCtx) bool {
	return p.votedAt != "" && p.votedAt == p.anchor(c) && c.seenAt == p.votedAt && c.seen >= p.votedEnd
}

// anchor is what the consent screen's body is about: a round, open or
// not, as the person at the keyboard sees it.
func (p *consentPanel) anchor(c *roomCtx) string {
	rounds := consentRounds(c)
	var last session.ConsentRound
	if len(rounds) > 0 {
		last = rounds[len(rounds)-1]
	}
	// Lifting the curtain keeps the place: what was read before still was.
	return fmt.Sprint("round ", last.Number, len(rounds) > 0 && !last.Closed, c.me)
}

// letterHint says where a letter typed here went: nowhere, and why.
func (p *consentPanel) letterHint() string {
	c := p.room
	if _, open := c.v.OpenRound(); open {
		if !consentVotes(c) {
			return "You do not vote in this round, so letters do nothing here."
		}
		if !p.readWhole(c) {
			return "Read the whole version first: pgdn shows the rest of it. Then vote with a number from 0 to 5."
		}
		return "Vote with a number from 0 to 5, then enter."
	}
	return "No vote is open yet: the facilitator opens it (ctrl+o). To amend the point of view, press enter."
}

// write opens what the moment asks for: what would make it work after a
// low score, or an amendment when no vote is open.
func (p *consentPanel) write() tea.Cmd {
	c := p.room
	if _, open := c.v.OpenRound(); open {
		return nil
	}
	return p.amend.start(c)
}

// consentRounds are this phase's rounds, oldest first.
func consentRounds(c *roomCtx) []session.ConsentRound {
	var rounds []session.ConsentRound
	for _, r := range c.v.Votes {
		if r.Phase == c.phase.ID {
			rounds = append(rounds, r)
		}
	}
	return rounds
}

func consentDraft(c *roomCtx, version int) (session.PointOfViewDraft, bool) {
	for _, d := range c.v.Drafts {
		if d.Version == version {
			return d, true
		}
	}
	return session.PointOfViewDraft{}, false
}

func (p *consentPanel) view() panelView {
	c := p.room
	st := c.sh.Styles
	latest, ok := c.v.LatestDraft()
	if !ok {
		return panelView{body: ansi.Wrap(st.Muted.Render("There is no draft to vote on yet. The facilitator can go back a phase (ctrl+p) to write the team point of view together."), p.width, "")}
	}
	rounds := consentRounds(c)
	var last session.ConsentRound
	if len(rounds) > 0 {
		last = rounds[len(rounds)-1]
	}
	open := len(rounds) > 0 && !last.Closed
	if p.concern.typing() && !open {
		p.concern.stop() // the round closed while a concern was being written; the text is kept
	}
	if p.amend.typing() && open {
		p.amend.stop() // a vote opened while an amendment was being written; it is kept
	}
	if p.amend.typing() {
		top := statementBlock(c, latest, "Latest:", p.width)
		if len(rounds) > 0 {
			top = consentConcerns(c, last, p.width)
		}
		// The field being written is kept in sight as it grows.
		at := lipgloss.Height(top) + 1 + p.amend.focusLine()
		return panelView{body: rows(top, "", p.amend.view(c, p.width)), anchor: anchor{key: fmt.Sprint("amend ", c.me, p.amend.form.focus), line: at, keep: p.amend.fieldLines()}}
	}

	// The draft takes whatever room the round leaves it.
	var below []string
	pinned := ""
	draft, lead := latest, ""
	switch {
	case len(rounds) == 0:
		how := "The facilitator opens the vote (ctrl+o). Then each of you votes in turn, in secret."
		if !c.sh.Local {
			how = "The facilitator opens the vote (ctrl+o). Then each of you votes on your own screen, in secret."
		}
		below = []string{consentLegend(c, p.width), "", p.wrap(st.Muted.Render(how))}
	case open:
		draft, _ = consentDraft(c, last.Version)
		lead = "Voting on"
		below = []string{consentLegend(c, p.width), "", p.ballot(c, last)}
		pinned = "\n" + p.yourTurn(c, last)
	default:
		if latest.Version != last.Version {
			lead = "New:"
		}
		next := p.wrap(p.nextStep(c, last, latest))
		below = []string{p.results(c, last), "", next}
	}
	if !open && !p.amend.form.empty() {
		// An amendment kept unsent is said, not shown in place of the vote.
		below = append(below, p.wrap(st.Notice.Render("Your amendment is kept unsent, "+c.myName()+": press enter to go on with it.")))
	}
	// The text voted on comes first and whole; a voter reads to its end
	// before a score counts (see voteReady).
	block := statementBlock(c, draft, lead, p.width)
	p.votedEnd, p.votedAt = lipgloss.Height(block)-1, p.anchor(c)
	at := anchor{key: p.votedAt}
	if len(rounds) > 0 && !open {
		// When every vote is in, the results are what everyone looks for.
		at.line = p.votedEnd + 2
	}
	return panelView{body: block + "\n\n" + strings.Join(below, "\n"), pinned: pinned, anchor: at}
}

// readables are the text voted on, every version, and the concerns of
// every round, the last first, whole.
func (p *consentPanel) readables() ([]readable, int) {
	c := p.room
	out := statementReadables(c)
	rounds := consentRounds(c)
	for i := len(rounds) - 1; i >= 0; i-- {
		for _, v := range rounds[i].Votes {
			if v.Concern != "" {
				out = append(out, readable{title: fmt.Sprintf("What would make it work for %s · round %d", c.v.Name(v.Voter), rounds[i].Number), text: v.Concern})
			}
		}
	}
	return out, 0
}

func (p *consentPanel) wrap(s string) string { return ansi.Wrap(s, p.width, "") }

// consentLegend is what the fingers mean, wrapped between its items.
func consentLegend(c *roomCtx, width int) string {
	st := c.sh.Styles
	items := [][2]string{{"0", "blocks"}, {"1–2", "not yet"}, {"3", "can live with it"}, {"4–5", "support"}}
	sep := st.Muted.Render(" · ")
	var lines []string
	line := ""
	for _, it := range items {
		item := st.Strong.Render(it[0]) + st.Muted.Render(" "+it[1])
		switch {
		case line == "":
			line = item
		case lipgloss.Width(line+sep+item) <= width:
			line += sep + item
		default:
			lines = append(lines, line)
			line = item
		}
	}
	return strings.Join(append(lines, line), "\n")
}

// ballot is an open round: who has voted, never how, and whose turn it is.
func (p *consentPanel) ballot(c *roomCtx, round session.ConsentRound) string {
	st := c.sh.Styles
	voted := map[session.ParticipantID]bool{}
	for _, v := range round.Votes {
		voted[v.Voter] = true
	}
	head := st.Label.Render(fmt.Sprintf("Round %d of %d", round.Number, max(round.Number, consentRoundsAllowed(c)))) +
		st.Muted.Render(" · votes show when all are in")
	lines := []string{ansi.Truncate(head, p.width, "…")}
	// A tall panel gives each voter a line; a short one puts them on one.
	tall := p.height >= 25
	var marks []string
	for _, id := range round.Voters {
		switch {
		case voted[id] && tall:
			lines = append(lines, st.Success.Render("✓ ")+c.name(id)+" has voted")
		case tall:
			lines = append(lines, st.Muted.Render("○ ")+c.name(id)+st.Muted.Render(" has not voted yet"))
		case voted[id]:
			marks = append(marks, st.Success.Render("✓ ")+c.name(id))
		default:
			marks = append(marks, st.Muted.Render("○ ")+c.name(id))
		}
	}
	if !tall {
		lines = append(lines, p.wrap(strings.Join(marks, "  ")+st.Muted.Render("   ✓ voted  ○ not yet")))
	}
	return strings.Join(lines, "\n")
}

// yourTurn is what stays under the text voted on, always in sight: what
// the person at the keyboard does now, or what would make it work for
// them, being written.
func (p *consentPanel) yourTurn(c *roomCtx, round session.ConsentRound) string {
	if p.concern.typing() {
		p.concern.setWidth(p.width - 2)
		if score, chosen := p.chosen[c.me]; chosen {
			p.concern.setLabel(0, fmt.Sprintf("Your vote: %d, %s. What would make it work for you?", score, consentWord(score, round.Threshold)))
		}
		return p.concern.view(c.nudging())
	}
	voted := map[session.ParticipantID]bool{}
	for _, v := range round.Votes {
		voted[v.Voter] = true
	}
	return p.wrap(p.turn(c, round, voted))
}

// turn tells the person at the keyboard what to do about the vote.
func (p *consentPanel) turn(c *roomCtx, round session.ConsentRound, voted map[session.ParticipantID]bool) string {
	st := c.sh.Styles
	name := c.name(c.me)
	score, chosen := p.chosen[c.me]
	switch {
	case !slices.Contains(round.Voters, c.me):
		turn := name + st.Muted.Render(" does not vote in this round.")
		if next, ok := consentNextVoter(c); ok && c.sh.Local {
			turn += st.Muted.Render(" Pass the keyboard to ") + c.name(next) + st.Muted.Render(" (ctrl+s).")
		}
		return turn
	case !p.behindCurtain(c):
		return st.Strong.Render("Pass the keyboard to ") + name + st.Strong.Render(". ") +
			name + ", press " + st.Key.Render("enter") + " when only you can see the screen: your vote is secret until everyone has voted."
	case chosen && score < round.Threshold:
		return st.Strong.Render(fmt.Sprintf("Your vote: %d, %s. ", score, consentWord(score, round.Threshold))) +
			"Press " + st.Key.Render("enter") + " to say what would make it work, or another number."
	case chosen:
		return st.Strong.Render(fmt.Sprintf("Your vote: %d, %s. ", score, consentWord(score, round.Threshold))) +
			"Press " + st.Key.Render("enter") + " to cast it, or another number."
	case voted[c.me]:
		return name + " has voted. A number and enter change the vote until the round closes."
	}
	return st.Strong.Render("Your vote, ") + name + st.Strong.Render(": a number from 0 to 5, then enter.")
}

// results are a closed round: every score at once, with the concerns.
func (p *consentPanel) results(c *roomCtx, round session.ConsentRound) string {
	st := c.sh.Styles
	if round.Number == 0 {
		return ""
	}
	// The names of those who did not vote are in the list below.
	head := st.Label.Render(fmt.Sprintf("Round %d: ", round.Number)) + consentOutcome(c, round, false)
	lines := []string{ansi.Truncate(head, p.width, "…")}
	scores := map[session.ParticipantID]session.Vote{}
	for _, v := range round.Votes {
		scores[v.Voter] = v
	}
	nameWidth := 0
	for _, id := range round.Voters {
		nameWidth = max(nameWidth, lipgloss.Width(c.name(id)))
	}
	for _, id := range round.Voters {
		name := c.name(id) + strings.Repeat(" ", nameWidth-lipgloss.Width(c.name(id)))
		v, ok := scores[id]
		if !ok {
			lines = append(lines, name+st.Muted.Render("  –  did not vote"))
			continue
		}
		lines = append(lines, name+"  "+st.Strong.Render(fmt.Sprint(v.Score))+"  "+consentWord(v.Score, round.Threshold))
		if v.Concern != "" {
			wrapped := ansi.Wrap("“"+v.Concern+"”", max(10, p.width-4), "")
			for _, l := range strings.Split(wrapped, "\n") {
				lines = append(lines, "    "+st.Muted.Render(l))
			}
		}
	}
	return strings.Join(lines, "\n")
}

// consentConcerns are what would make it work for each person, to amend
// the draft with.
func consentConcerns(c *roomCtx, round session.ConsentRound, width int) string {
	st := c.sh.Styles
	var lines []string
	for _, v := range round.Votes {
		if v.Concern == "" {
			continue
		}
		text := c.name(v.Voter) + ": " + v.Concern
		lines = append(lines, strings.Split(ansi.Wrap(text, width, ""), "\n")...)
	}
	if len(lines) == 0 {
		return st.Muted.Render(fmt.Sprintf("Nobody named a concern in round %d: make the draft sharper, or leave it as it is.", round.Number))
	}
	lines = append([]string{st.Label.Render("What would make it work")}, lines...)
	return strings.Join(lines, "\n")
}

// consentWord says what a score means, so no number stands alone.
func consentWord(score, threshold int) string {
	switch {
	case score == 0:
		return "blocks"
	case score < threshold:
		return "not yet"
	case score == threshold:
		return "can live with it"
	}
	return "supports"
}

// nextStep says what comes after a closed round. A round closed early used
// up none of the script's rounds, and its draft may be voted on again.
func (p *consentPanel) nextStep(c *roomCtx, round session.ConsentRound, latest session.PointOfViewDraft) string {
	st := c.sh.Styles
	switch {
	case round.Consented():
		return st.Success.Render(fmt.Sprintf("Everyone can live with version %d. ", round.Version)) +
			st.Muted.Render("The facilitator moves on"+c.movesOn()+".")
	case c.v.RoundsLeft(c.phase) == 0:
		return st.Muted.Render("That was the last round of voting this script allows. Talk the concerns through; the facilitator moves on" + c.movesOn() + ".")
	case latest.Version > round.Version:
		return st.Muted.Render(fmt.Sprintf("Version %d answers the concerns. The facilitator opens a new round (ctrl+o).", latest.Version))
	case round.ClosedEarly():
		return st.Muted.Render(fmt.Sprintf("Closed early, so this is not consent and uses up no round. The facilitator opens a new round on version %d (ctrl+o), or amend it first (enter, or type).", round.Version))
	}
	return st.Muted.Render("Amend the point of view with the concerns in mind (enter, or type), then the facilitator opens a new round (ctrl+o).")
}

func (p *consentPanel) helpKeys() []key.Binding {
	c := p.room
	k := c.sh.Keys
	_, open := c.v.OpenRound()
	_, drafted := c.v.LatestDraft()
	switch {
	case p.concern.typing():
		return []key.Binding{relabel(k.Writing.Send, "cast your vote")}
	case p.amend.typing():
		return p.amend.keys(c)
	case !open && drafted:
		return []key.Binding{relabel(k.Room.Write, "amend the point of view")}
	case !consentVotes(c):
		return nil
	case !p.behindCurtain(c):
		return []key.Binding{relabel(k.Room.Write, "only I can see the screen")}
	}
	_, chosen := p.chosen[c.me]
	return []key.Binding{enable(k.Vote.Score, p.readWhole(c)), enable(k.Vote.Cast, chosen), enable(k.Vote.Drop, chosen)}
}

// speakerChanged keeps each person's words apart; the next person starts
// their own vote, so the question about a low score closes.
func (p *consentPanel) speakerChanged() {
	c := p.room
	p.concern.stop()
	p.syncConcern(c)
	if p.lifted != c.me {
		p.lifted = ""
	}
	p.amend.switchSpeaker(c.me)
}

// consentRoundsAllowed is how many rounds this phase may have: the
// script's, and one more for each round closed early.
func consentRoundsAllowed(c *roomCtx) int {
	n := c.phase.Rounds
	for _, r := range consentRounds(c) {
		if !r.Counts() {
			n++
		}
	}
	return n
}

// consentOutcome says in a few words how a closed round went: consent,
// closed early (naming who did not vote, or counting them), or no consent
// yet.
func consentOutcome(c *roomCtx, round session.ConsentRound, names bool) string {
	st := c.sh.Styles
	switch {
	case round.Consented():
		return st.Success.Render("✓ consent")
	case round.ClosedEarly():
		return st.Warning.Render("✗ closed early, " + consentDidNotVote(c, round.Missing(), names))
	}
	return st.Warning.Render("✗ no consent yet")
}

// consentDidNotVote words who did not vote: "Maya and Lee did not vote",
// or "2 did not vote".
func consentDidNotVote(c *roomCtx, missing []session.ParticipantID, names bool) string {
	if !names {
		return fmt.Sprintf("%d did not vote", len(missing))
	}
	var list []string
	for _, id := range missing {
		list = append(list, c.v.Name(id))
	}
	return prose.And(list) + " did not vote"
}

// consentCloseQuestion asks the facilitator before closing the open round
// early, and says what that means. It names who has not voted when the
// question fits on two lines of width, and counts them otherwise. It is
// empty when no round is open.
func consentCloseQuestion(v session.View, width int) string {
	round, open := v.OpenRound()
	if !open {
		return ""
	}
	missing := round.Missing()
	if len(missing) == 0 {
		return fmt.Sprintf("Close round %d now?", round.Number)
	}
	ask := func(who string) string {
		verb := " have not voted"
		if len(missing) == 1 {
			verb = " has not voted"
		}
		return fmt.Sprintf("Close round %d now? %s%s, so it will count as closed early, not as consent.", round.Number, who, verb)
	}
	var names []string
	for _, id := range missing {
		names = append(names, v.Name(id))
	}
	if q := ask(prose.And(names)); lipgloss.Height(ansi.Wordwrap(q, max(1, width), "")) <= 2 {
		return q
	}
	if len(missing) == 1 {
		return ask("One person")
	}
	return ask(fmt.Sprintf("%d people", len(missing)))
}

func init() {
	registerKind(content.KindConsent, kindPiece{panel: newConsentPanel, summary: []summarySection{{placeRounds, consentSummary}}})
}

// consentSummary is every round of consent.
func consentSummary(w *summaryWriter, doc session.Document) {
	if len(doc.Consent) == 0 {
		return
	}
	w.heading("Consent")
	for i, round := range doc.Consent {
		if i > 0 {
			w.blank()
		}
		consentSummaryRound(w, round)
	}
}

// consentSummaryRound draws one round: every vote once it is closed, and the outcome.
func consentSummaryRound(w *summaryWriter, r session.RoundDoc) {
	st := w.st
	w.lines = append(w.lines, st.Strong.Render(fmt.Sprintf("Round %d on version %d", r.Round, r.Version))+
		st.Muted.Render(fmt.Sprintf(" · consent at %d or more out of 5", r.Threshold)))
	if r.Open {
		w.wrapped(st.Muted, "  ", fmt.Sprintf("Open: %d of %d have voted. The votes are shown when everyone has voted.", r.Voted, r.Voters))
		return
	}
	for _, v := range r.Votes {
		prefix := "  " + w.name(v.By) + " " + st.Strong.Render(fmt.Sprintf("%d/5", v.Score))
		if v.Concern == "" {
			w.lines = append(w.lines, prefix)
			continue
		}
		w.item(prefix+st.Muted.Render(" · would make it work: "), draw.Ink{}, v.Concern)
	}
	switch {
	case r.Consented:
		w.lines = append(w.lines, "  "+st.Success.Render("✓ Consent reached."))
	case r.ClosedEarly:
		w.wrapped(st.Notice, "  ", "✗ Closed early: "+r.DidNotVote()+", so this round is not consent.")
	default:
		w.lines = append(w.lines, "  "+st.Notice.Render("✗ No consent yet."))
	}
}
