package session

import (
	"slices"

	"trio/content/prose"
)

// What a round of the vote means once it is closed. Consent is everyone who
// was asked: a round the facilitator closes before every voter has voted is
// closed early, says nothing about consent, and uses up none of the
// script's rounds.

// Missing are the voters of a round who have not voted (or did not, once it
// is closed), in the order they were asked.
func (c ConsentRound) Missing() []ParticipantID {
	var missing []ParticipantID
	for _, id := range c.Voters {
		if !slices.ContainsFunc(c.Votes, func(v Vote) bool { return v.Voter == id }) {
			missing = append(missing, id)
		}
	}
	return missing
}

// ClosedEarly reports whether the facilitator closed the round before every
// voter had voted.
func (c ConsentRound) ClosedEarly() bool {
	return c.Closed && len(c.Missing()) > 0
}

// Consented reports whether a closed round reached consent: every voter of
// the round voted, and every vote is at the threshold or above.
func (c ConsentRound) Consented() bool {
	if !c.Closed || len(c.Votes) == 0 || c.ClosedEarly() {
		return false
	}
	for _, v := range c.Votes {
		if v.Score < c.Threshold {
			return false
		}
	}
	return true
}

// Counts reports whether a round uses up one of its phase's rounds: every
// round does but one closed early.
func (c ConsentRound) Counts() bool { return !c.ClosedEarly() }

// didNotVote says who did not vote, for a sentence: "Lee did not vote",
// "Maya and Lee did not vote".
func didNotVote(names []string) string {
	return prose.And(names) + " did not vote"
}
