package session

import "slices"

// View is a room as one person may see it: what anyone but the store ever
// sees. Cards still being written are hidden from everyone but their
// author, and the scores of an open vote from everyone but the voter.
type View struct {
	Room
	Viewer ParticipantID
}

// Nobody is the viewer of a public projection: it shows only what is
// revealed to everyone.
const Nobody ParticipantID = ""

// ViewFor projects a room for one viewer.
func ViewFor(r Room, viewer ParticipantID) View {
	v := View{Room: r, Viewer: viewer}
	v.Perspectives = hideCards(r.Perspectives, viewer)
	if i := len(r.Votes) - 1; i >= 0 && !r.Votes[i].Closed {
		v.Votes = slices.Clone(r.Votes)
		v.Votes[i].Votes = hideVotes(r.Votes[i].Votes, viewer)
	}
	return v
}

func hideCards(cards []Perspective, viewer ParticipantID) []Perspective {
	hidden := slices.ContainsFunc(cards, func(p Perspective) bool {
		return !p.Revealed && (viewer == Nobody || p.Author != viewer)
	})
	if !hidden {
		return cards
	}
	out := make([]Perspective, len(cards))
	for i, p := range cards {
		if !p.Revealed && (viewer == Nobody || p.Author != viewer) {
			p = Perspective{ID: p.ID, Author: p.Author, Phase: p.Phase, At: p.At, Hidden: true, Withdrawn: p.Withdrawn}
		}
		out[i] = p
	}
	return out
}

func hideVotes(votes []Vote, viewer ParticipantID) []Vote {
	out := make([]Vote, len(votes))
	for i, v := range votes {
		if viewer == Nobody || v.Voter != viewer {
			v = Vote{Voter: v.Voter, Score: -1, At: v.At}
		}
		out[i] = v
	}
	return out
}

// MyCard is the viewer's own card.
func (v View) MyCard() (Perspective, bool) {
	if v.Viewer == Nobody {
		return Perspective{}, false
	}
	return v.CardOf(v.Viewer)
}
