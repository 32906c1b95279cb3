package session

import (
	"fmt"
	"slices"

	"trio/content"
	"trio/content/prose"
)

// Consent is fist-to-five: 0 blocks, 5 is full support. Votes stay secret
// until everyone who was present when the vote opened has voted, then all
// are shown at once. A score under the threshold says what would make it
// work; the team amends the draft and votes again, up to the script's
// number of rounds. A round the facilitator closes before everyone voted is
// closed early: not consent, and not one of those rounds.

// OpenVote opens a round of voting on the latest draft.
type OpenVote struct{}

func (OpenVote) decide(r Room, d *decision) (EventBody, error) {
	if err := d.facilitator(r, "open the vote"); err != nil {
		return nil, err
	}
	if err := d.inPhase(r, "voting", content.KindConsent); err != nil {
		return nil, err
	}
	draft, ok := r.LatestDraft()
	if !ok {
		return nil, refuse("There is no draft to vote on yet: write the team point of view first.")
	}
	if _, open := r.OpenRound(); open {
		return nil, refuse("A vote is open already: wait for the votes, or close it.")
	}
	if len(r.Votes) >= MaxConsentRounds {
		return nil, refuse(fmt.Sprintf("This room has held %d rounds of voting, the most it keeps: talk the concerns through and move on when you are ready.", MaxConsentRounds))
	}
	phase := r.CurrentPhase()
	if r.RoundsLeft(phase) == 0 {
		return nil, refuse(fmt.Sprintf("This script allows %s of voting, and they are done: talk the concerns through and move on when you are ready.", prose.PluralOne(phase.Rounds, "round")))
	}
	// After a round closed early the same draft may be voted on again:
	// those who did not vote have not been heard on it yet.
	if n := len(r.Votes); n > 0 && r.Votes[n-1].Version == draft.Version && r.Votes[n-1].Counts() {
		return nil, refuse("Amend the point of view first: a new round votes on a new draft.")
	}
	var voters []ParticipantID
	for _, p := range r.Trio() {
		if d.present(p.ID) {
			voters = append(voters, p.ID)
		}
	}
	if len(voters) == 0 {
		return nil, refuse("Nobody of the trio is here to vote.")
	}
	return &VoteOpened{Number: len(r.Votes) + 1, Version: draft.Version, Threshold: phase.Threshold, Voters: voters}, nil
}

// RoundsLeft is how many rounds of voting a consent phase still allows:
// rounds closed early use up none.
func (r Room) RoundsLeft(phase content.Phase) int {
	used := 0
	for _, round := range r.Votes {
		if round.Phase == phase.ID && round.Counts() {
			used++
		}
	}
	return max(0, phase.Rounds-used)
}

// VoteOpened: the facilitator opened a round of voting.
type VoteOpened struct {
	Number    int             `json:"number"`
	Version   int             `json:"version"`
	Threshold int             `json:"threshold"`
	Voters    []ParticipantID `json:"voters"`
}

func (*VoteOpened) EventType() string { return "vote-opened" }

func (b *VoteOpened) apply(r *Room, e Event) error {
	r.Votes = appended(r.Votes, ConsentRound{
		Number: b.Number, Version: b.Version, Threshold: b.Threshold,
		Voters: b.Voters, At: e.At, Phase: r.CurrentPhase().ID,
	})
	r.moment(e, fmt.Sprintf("Opened round %d of the vote on version %d", b.Number, b.Version))
	return nil
}

// CastVote gives a score from 0 to 5. Under the threshold, say what would
// make it work. A vote can be changed until the round closes.
type CastVote struct {
	Score   int
	Concern string
}

func (c CastVote) decide(r Room, d *decision) (EventBody, error) {
	if _, err := d.contributor(r, "voting"); err != nil {
		return nil, err
	}
	if err := d.inPhase(r, "voting", content.KindConsent); err != nil {
		return nil, err
	}
	round, open := r.OpenRound()
	if !open {
		return nil, refuse("No vote is open: the facilitator opens one.")
	}
	if !slices.Contains(round.Voters, d.actor) {
		return nil, refuse("You joined after this vote opened: you can vote in the next round.")
	}
	if c.Score < 0 || c.Score > 5 {
		return nil, refuse("Vote with a number from 0 (this blocks me) to 5 (full support).")
	}
	var concern string
	if !isBlank(c.Concern) {
		var err error
		if concern, err = d.clean(concernRule, c.Concern); err != nil {
			return nil, err
		}
		d.notice(r, concern)
	}
	if c.Score < round.Threshold && concern == "" {
		return nil, refuse(fmt.Sprintf("A %d means it does not work for you yet: say what would make it work, so the team can amend it.", c.Score))
	}
	return &VoteCast{Round: round.Number, Score: c.Score, Concern: concern}, nil
}

// VoteCast: a person voted (or changed their vote) in the open round.
type VoteCast struct {
	Round   int    `json:"round"`
	Score   int    `json:"score"`
	Concern string `json:"concern,omitempty"`
}

func (*VoteCast) EventType() string { return "vote-cast" }

func (b *VoteCast) apply(r *Room, e Event) error {
	i := len(r.Votes) - 1
	if i < 0 || r.Votes[i].Number != b.Round || r.Votes[i].Closed {
		return fmt.Errorf("round %d is not open", b.Round)
	}
	round := r.Votes[i]
	votes := slices.DeleteFunc(slices.Clone(round.Votes), func(v Vote) bool { return v.Voter == e.Actor })
	round.Votes = append(votes, Vote{Voter: e.Actor, Score: b.Score, Concern: b.Concern, At: e.At})
	if len(round.Votes) == len(round.Voters) {
		round.Closed = true
		r.moment(e, fmt.Sprintf("All votes are in for round %d: %s", round.Number, r.consentWord(round)))
	}
	r.Votes = changed(r.Votes, i, func(c *ConsentRound) { *c = round })
	return nil
}

// CloseVote shows the votes cast so far, when someone cannot vote. The
// round is closed early: it is not consent, and the same draft may be voted
// on again.
type CloseVote struct{}

func (CloseVote) decide(r Room, d *decision) (EventBody, error) {
	if err := d.facilitator(r, "close the vote"); err != nil {
		return nil, err
	}
	round, open := r.OpenRound()
	if !open {
		return nil, refuse("No vote is open.")
	}
	if len(round.Votes) == 0 {
		return nil, refuse("Nobody has voted yet: wait for at least one vote.")
	}
	return &VoteClosed{Round: round.Number}, nil
}

// VoteClosed: the facilitator closed a round before everyone voted.
type VoteClosed struct {
	Round int `json:"round"`
}

func (*VoteClosed) EventType() string { return "vote-closed" }

func (b *VoteClosed) apply(r *Room, e Event) error {
	i := len(r.Votes) - 1
	if i < 0 || r.Votes[i].Number != b.Round || r.Votes[i].Closed {
		return fmt.Errorf("round %d is not open", b.Round)
	}
	r.Votes = changed(r.Votes, i, func(c *ConsentRound) { c.Closed = true })
	if round := r.Votes[i]; round.ClosedEarly() {
		r.moment(e, fmt.Sprintf("Closed round %d of the vote early: %s, so it is not consent", b.Round, r.didNotVote(round)))
		return nil
	}
	r.moment(e, fmt.Sprintf("Closed round %d of the vote: %s", b.Round, r.consentWord(r.Votes[i])))
	return nil
}

// consentWord says how a closed round went, for the timeline.
func (r Room) consentWord(c ConsentRound) string {
	switch {
	case c.Consented():
		return "consent"
	case c.ClosedEarly():
		return "closed early: " + r.didNotVote(c)
	}
	return "no consent yet"
}

// didNotVote names the voters of a round who did not vote.
func (r Room) didNotVote(c ConsentRound) string {
	var names []string
	for _, id := range c.Missing() {
		names = append(names, r.Name(id))
	}
	return didNotVote(names)
}

func init() {
	registerEvent(func() EventBody { return new(VoteOpened) })
	registerEvent(func() EventBody { return new(VoteCast) })
	registerEvent(func() EventBody { return new(VoteClosed) })
}

// FieldConcern is where a concern is typed before the vote is cast.
const FieldConcern = "concern"

func init() {
	registerKind(content.KindConsent, phaseKind{
		demo:     demoConsent,
		export:   exportConsent,
		markdown: writeConsent,
		side:     onNeither,
		unsent:   map[string]*TextRule{FieldConcern: &concernRule},
	})
}

func demoConsent(d *demo, p content.Phase) {
	d.do("maya", OpenVote{})
	d.do("maya", CastVote{Score: 4})
	d.do("sam", CastVote{Score: 2, Concern: "Name who runs the sessions between releases, or we will stop testing with people."})
	d.do("lee", CastVote{Score: 4})
	if p.Rounds > 1 {
		d.do("sam", ProposeDraft{
			Believe: "the path to the first shared board needs a redesign in small releases, starting with the invite step, with Sam testing each release with five new teams",
			Because: "that is where most teams stall, and each release shows us whether we are right",
			WrongIf: "week-one boards have not risen by a quarter after the second release",
		})
		d.do("maya", OpenVote{})
		d.do("maya", CastVote{Score: 5})
		d.do("sam", CastVote{Score: 4})
		d.do("lee", CastVote{Score: 4})
	}
}

// exportConsent lists every round; while one is open, only who voted.
func exportConsent(r Room, _ View, doc *Document) {
	for _, round := range r.Votes {
		rd := RoundDoc{
			Round: round.Number, Version: round.Version, Threshold: round.Threshold,
			Open: !round.Closed, Voted: len(round.Votes), Voters: len(round.Voters),
			Consented: round.Consented(), ClosedEarly: round.ClosedEarly(),
			MissingVoters: []string{},
		}
		for _, id := range round.Missing() {
			rd.MissingVoters = append(rd.MissingVoters, r.Name(id))
		}
		if round.Closed {
			for _, vote := range round.Votes {
				rd.Votes = append(rd.Votes, VoteDoc{By: r.Name(vote.Voter), Score: vote.Score, Concern: vote.Concern})
			}
		}
		doc.Consent = append(doc.Consent, rd)
	}
}

func writeConsent(w *mdWriter, doc Document) {
	if len(doc.Consent) == 0 {
		return
	}
	w.section("Consent")
	for _, round := range doc.Consent {
		w.line("")
		w.line("**Round %d** on version %d (consent at %d or more out of 5)", round.Round, round.Version, round.Threshold)
		w.line("")
		if round.Open {
			w.line("Open: %d of %d have voted. The votes are shown when everyone has voted.", round.Voted, round.Voters)
			continue
		}
		for _, v := range round.Votes {
			if v.Concern != "" {
				w.item("%s: %d. Would make it work: %s", md(v.By), v.Score, md(v.Concern))
			} else {
				w.item("%s: %d", md(v.By), v.Score)
			}
		}
		w.line("")
		switch {
		case round.Consented:
			w.line("Consent reached.")
		case round.ClosedEarly:
			w.line("Closed early: %s, so this round is not consent.", md(round.DidNotVote()))
		default:
			w.line("No consent yet.")
		}
	}
}
