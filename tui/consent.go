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
	"trio/session"
)

// consentPanel is fist-to-five on the draft: each person votes in secret
// (in turn on one keyboard, at once on terminals of their own), the votes
// show all at once, and a round without consent leads to an amendment and a
// new round.
type consentPanel struct {
	sh      *Shared
	phase   content.Phase
	concern *composer
	amend   *statementForm
	// pending is a score under the threshold waiting for what would make
	// it work, per person: on one keyboard each person votes in turn.
	pending map[session.ParticipantID]int
}

func newConsentPanel(sh *Shared, phase content.Phase) panel {
	return &consentPanel{
		sh:    sh,
		phase: phase,
		concern: newComposer(sh.Styles,
			field{label: "What would make it work for you?", hint: "One line the team can amend the draft with."}),
		amend:   newStatementForm(sh.Styles),
		pending: map[session.ParticipantID]int{},
	}
}

func (p *consentPanel) update(msg tea.Msg, c *roomCtx) tea.Cmd {
	switch {
	case p.concern.typing():
		action, cmd := p.concern.update(msg)
		if action == composerSubmitted {
			score, ok := p.pending[c.me]
			if ok && c.do(session.CastVote{Score: score, Concern: p.concern.value(0)}) {
				p.concern.clear()
				p.concern.stop()
				delete(p.pending, c.me)
			}
		}
		return cmd
	case p.amend.typing():
		_, cmd := p.amend.update(msg, c)
		return cmd
	}
	key, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	k := c.sh.Keys
	switch {
	case matches(key, k.OpenVote):
		c.facilitate(session.OpenVote{})
	case matches(key, k.CloseVote):
		c.facilitate(session.CloseVote{})
	case matches(key, k.Vote):
		return p.vote(c, int(key.String()[0]-'0'))
	}
	return nil
}

// vote casts the speaker's score; under the threshold it first asks what
// would make it work.
func (p *consentPanel) vote(c *roomCtx, score int) tea.Cmd {
	if round, open := c.v.OpenRound(); open && score < round.Threshold {
		p.pending[c.me] = score
		return p.concern.start()
	}
	if c.do(session.CastVote{Score: score}) {
		delete(p.pending, c.me)
	}
	return nil
}

// write opens what the moment asks for: what would make it work after a
// low score, or an amendment when no vote is open.
func (p *consentPanel) write(c *roomCtx) tea.Cmd {
	if _, open := c.v.OpenRound(); open {
		if _, ok := p.pending[c.me]; ok {
			return p.concern.start()
		}
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

func (p *consentPanel) view(c *roomCtx) string {
	st := c.sh.Styles
	latest, ok := c.v.LatestDraft()
	if !ok {
		return ansi.Wrap(st.Muted.Render("There is no draft to vote on yet. Go back a phase (b) and write the team point of view together."), c.width, "")
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
	if p.amend.typing() {
		form := p.amend.view(c, c.width)
		top := func(h int) string {
			if len(rounds) == 0 {
				return statementBlock(c, latest, "Latest:", c.width, h)
			}
			return consentConcerns(c, last, h)
		}
		return stack(c, top, form)
	}

	// The draft takes whatever room the round leaves it.
	var below []string
	draft, lead := latest, ""
	switch {
	case len(rounds) == 0:
		how := "The facilitator opens the vote with o. Then each of you votes in turn, in secret."
		if !c.sh.Local {
			how = "The facilitator opens the vote with o. Then each of you votes on your own screen, in secret."
		}
		below = []string{consentLegend(c), "", p.wrap(c, st.Muted.Render(how))}
	case open:
		draft, _ = consentDraft(c, last.Version)
		lead = "Voting on"
		below = []string{consentLegend(c), "", p.ballot(c, last)}
	default:
		if latest.Version != last.Version {
			lead = "New:"
		}
		next := p.wrap(c, p.nextStep(c, last, latest))
		below = []string{p.results(c, last, c.height-lipgloss.Height(next)-4), "", next}
	}
	bottom := strings.Join(below, "\n")
	rest := c.height - lipgloss.Height(bottom) - 1
	return statementBlock(c, draft, lead, c.width, max(2, rest)) + "\n\n" + bottom
}

func (p *consentPanel) wrap(c *roomCtx, s string) string { return ansi.Wrap(s, c.width, "") }

// consentLegend is what the fingers mean, wrapped between its items.
func consentLegend(c *roomCtx) string {
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
		case lipgloss.Width(line+sep+item) <= c.width:
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
	head := st.Label.Render(fmt.Sprintf("Round %d of %d", round.Number, max(round.Number, c.phase.Rounds))) +
		st.Muted.Render(" · votes show when all are in")
	lines := []string{ansi.Truncate(head, c.width, "…")}
	// A tall panel gives each voter a line; a short one puts them on one.
	tall := c.height >= 25
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
		lines = append(lines, p.wrap(c, strings.Join(marks, "  ")+st.Muted.Render("   ✓ voted  ○ not yet")))
	}
	if p.concern.typing() {
		p.concern.setWidth(c.width - 2)
		return strings.Join(append(lines, p.concern.view(c.nudging())), "\n")
	}
	var turn string
	switch {
	case !slices.Contains(round.Voters, c.me):
		turn = c.name(c.me) + st.Muted.Render(" does not vote in this round.")
	case voted[c.me]:
		turn = c.name(c.me) + " has voted."
	default:
		turn = st.Strong.Render("Your turn, ") + c.name(c.me) + st.Strong.Render(": press 0–5.")
		if !c.sh.Local {
			turn = st.Strong.Render("Your vote, ") + c.name(c.me) + st.Strong.Render(": press 0–5.")
		}
		if _, ok := p.pending[c.me]; ok {
			turn += st.Muted.Render(" Enter: say what would make it work.")
		}
	}
	if c.sh.Local {
		turn += "\n" + st.Muted.Render("ctrl+s passes to the next person.")
	}
	return strings.Join(append(lines, "", p.wrap(c, turn)), "\n")
}

// results are a closed round: every score at once, with the concerns.
func (p *consentPanel) results(c *roomCtx, round session.ConsentRound, height int) string {
	st := c.sh.Styles
	if round.Number == 0 {
		return ""
	}
	head := st.Label.Render(fmt.Sprintf("Round %d: ", round.Number))
	if round.Consented() {
		head += st.Success.Render("✓ consent")
	} else {
		head += st.Warning.Render("✗ no consent yet")
	}
	lines := []string{head}
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
			wrapped := ansi.Wrap("“"+v.Concern+"”", max(10, c.width-4), "")
			for _, l := range strings.Split(wrapped, "\n") {
				lines = append(lines, "    "+st.Muted.Render(l))
			}
		}
	}
	if height > 0 && len(lines) > height {
		lines = append(lines[:max(1, height-1)], st.Muted.Render("…"))
	}
	return strings.Join(lines, "\n")
}

// consentConcerns are what would make it work for each person, to amend
// the draft with.
func consentConcerns(c *roomCtx, round session.ConsentRound, height int) string {
	st := c.sh.Styles
	var lines []string
	for _, v := range round.Votes {
		if v.Concern == "" {
			continue
		}
		text := c.name(v.Voter) + ": " + v.Concern
		lines = append(lines, strings.Split(ansi.Wrap(text, c.width, ""), "\n")...)
	}
	if len(lines) == 0 {
		return st.Muted.Render("Nobody named a concern: make the draft sharper, or leave it as it is.")
	}
	lines = append([]string{st.Label.Render("What would make it work")}, lines...)
	if height > 0 && len(lines) > height {
		lines = append(lines[:max(1, height-1)], st.Muted.Render("…"))
	}
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

// nextStep says what comes after a closed round.
func (p *consentPanel) nextStep(c *roomCtx, round session.ConsentRound, latest session.PointOfViewDraft) string {
	st := c.sh.Styles
	switch {
	case round.Consented():
		return st.Success.Render(fmt.Sprintf("Everyone can live with version %d. ", round.Version)) +
			st.Muted.Render("The facilitator moves on with n.")
	case latest.Version > round.Version:
		return st.Muted.Render(fmt.Sprintf("Version %d answers the concerns. The facilitator opens a new round with o.", latest.Version))
	}
	return st.Muted.Render("Amend the point of view with the concerns in mind (enter), then the facilitator opens a new round (o).")
}

func (p *consentPanel) keys(c *roomCtx) []key.Binding {
	k := c.sh.Keys
	switch {
	case p.concern.typing():
		return []key.Binding{k.Send}
	case p.amend.typing():
		return p.amend.keys(c)
	}
	if round, open := c.v.OpenRound(); open {
		keys := []key.Binding{k.CloseVote}
		if slices.Contains(round.Voters, c.me) {
			keys = append([]key.Binding{k.Vote}, keys...)
		}
		return keys
	}
	// A new round votes on a new draft: o shows when there is one.
	latest, ok := c.v.LatestDraft()
	if !ok {
		return nil
	}
	if rounds := consentRounds(c); len(rounds) > 0 && rounds[len(rounds)-1].Version == latest.Version {
		return nil
	}
	return []key.Binding{k.OpenVote}
}

func (p *consentPanel) typing() bool { return p.concern.typing() || p.amend.typing() }

func (p *consentPanel) stop() {
	p.concern.stop()
	p.amend.stop()
}

// speakerChanged keeps each person's words apart; the next person starts
// their own vote, so the question about a low score closes.
func (p *consentPanel) speakerChanged(c *roomCtx) {
	p.concern.stop()
	p.concern.switchSpeaker(c.me)
	p.amend.speakerChanged(c.me)
}

func (p *consentPanel) drafted() bool { return p.concern.drafted() || p.amend.drafted() }

func (p *consentPanel) restyle(st Styles) {
	p.concern.restyle(st)
	p.amend.restyle(st)
}
