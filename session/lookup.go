package session

import (
	"cmp"
	"iter"
	"slices"

	"trio/content"
)

// CurrentPhase is the phase the room is in.
func (r Room) CurrentPhase() content.Phase {
	if r.Phase < 0 || r.Phase >= len(r.Script.Phases) {
		return content.Phase{}
	}
	return r.Script.Phases[r.Phase]
}

// NextPhase is the phase after the current one, and false at the last.
func (r Room) NextPhase() (content.Phase, bool) {
	if r.Phase+1 >= len(r.Script.Phases) {
		return content.Phase{}, false
	}
	return r.Script.Phases[r.Phase+1], true
}

// Person returns a participant by id.
func (r Room) Person(id ParticipantID) (Participant, bool) {
	for _, p := range r.People {
		if p.ID == id {
			return p, true
		}
	}
	return Participant{}, false
}

// Name is a participant's display name, or "someone" for an unknown id.
func (r Room) Name(id ParticipantID) string {
	if p, ok := r.Person(id); ok {
		return p.Name
	}
	if r.IsCoach(id) {
		return r.Workshop.CoachName // the coach acts on a room before coming in
	}
	return "someone"
}

// Trio lists the people who contribute views, builds and votes: everyone but
// the observers.
func (r Room) Trio() []Participant {
	var trio []Participant
	for _, p := range r.People {
		if !p.Observer {
			trio = append(trio, p)
		}
	}
	return trio
}

// CardOf returns the perspective card a person wrote.
func (r Room) CardOf(id ParticipantID) (Perspective, bool) {
	for _, p := range r.Perspectives {
		if p.Author == id && !p.Withdrawn {
			return p, true
		}
	}
	return Perspective{}, false
}

// Perspective returns a card by id.
func (r Room) Perspective(id int) (Perspective, bool) {
	for _, p := range r.Perspectives {
		if p.ID == id {
			return p, true
		}
	}
	return Perspective{}, false
}

// Contribution returns a contribution by id.
func (r Room) Contribution(id int) (Contribution, bool) {
	if i, ok := r.Contributions.Search(byID[Contribution](id)); ok {
		return r.Contributions.At(i), true
	}
	return Contribution{}, false
}

// Build returns a build by id.
func (r Room) Build(id int) (Build, bool) {
	if i, ok := r.Builds.Search(byID[Build](id)); ok {
		return r.Builds.At(i), true
	}
	return Build{}, false
}

// An id is the seq of the event that added the thing, so a room's lists
// are in the order of their ids, and a thing is found by halving.
func (c Contribution) id() int { return c.ID }
func (b Build) id() int        { return b.ID }

func byID[T interface{ id() int }](id int) func(T) int {
	return func(x T) int { return cmp.Compare(x.id(), id) }
}

// Speaker is who holds the talking stick in the reveal round, if anyone.
func (r Room) Speaker() (ParticipantID, bool) {
	if r.CurrentPhase().Kind != content.KindRevealRound {
		return "", false
	}
	if r.Reveal.Turn < 0 || r.Reveal.Turn >= len(r.Reveal.Order) {
		return "", false
	}
	return r.Reveal.Order[r.Reveal.Turn], true
}

// Contributions of one kind that are not withdrawn, in the order they came.
func (r Room) ContributionsOf(kind ContributionKind) []Contribution {
	var out []Contribution
	for _, c := range r.Contributions.All() {
		if c.Kind == kind && !c.Withdrawn {
			out = append(out, c)
		}
	}
	return out
}

// Newest yields the live contributions of one kind, newest first: a
// screen that shows the newest stops once it is full.
func (r Room) Newest(kind ContributionKind) iter.Seq[Contribution] {
	return func(yield func(Contribution) bool) {
		for _, c := range r.Contributions.Backward() {
			if c.Kind == kind && !c.Withdrawn && !yield(c) {
				return
			}
		}
	}
}

// About lists the live contributions of one kind about one thing.
func (r Room) About(kind ContributionKind, about int) []Contribution {
	found := r.aboutIndex.get(aboutKey(kind, about))
	if found.Len() == 0 {
		return nil
	}
	out := make([]Contribution, 0, found.Len())
	for _, i := range found.All() {
		if c := r.Contributions.At(i); c.Kind == kind && c.About == about && !c.Withdrawn {
			out = append(out, c)
		}
	}
	return out
}

// HasAbout reports whether there is a live contribution of one kind about
// one thing, such as an answer to a question.
func (r Room) HasAbout(kind ContributionKind, about int) bool {
	for _, i := range r.aboutIndex.get(aboutKey(kind, about)).All() {
		if c := r.Contributions.At(i); c.Kind == kind && c.About == about && !c.Withdrawn {
			return true
		}
	}
	return false
}

// aboutKey is where the room's index keeps the contributions of one kind
// about one thing: a card's questions are found without reading its pros.
// The kinds of contribution are the ones the phase kinds register.
func aboutKey(kind ContributionKind, about int) int {
	kinds := contributionKinds()
	return about*(len(kinds)+1) + slices.Index(kinds, kind) + 1
}

// CheckInWord is the word a person arrived with, if they gave one.
func (r Room) CheckInWord(id ParticipantID) (string, bool) {
	if i, ok := r.ones[personsOne{kind: CheckInWord, author: id}]; ok {
		return r.Contributions.At(i).Text, true
	}
	return "", false
}

// LatestDraft is the newest version of the team point of view.
func (r Room) LatestDraft() (PointOfViewDraft, bool) {
	if len(r.Drafts) == 0 {
		return PointOfViewDraft{}, false
	}
	return r.Drafts[len(r.Drafts)-1], true
}

// OpenRound is the consent round still collecting votes, if any.
func (r Room) OpenRound() (ConsentRound, bool) {
	if n := len(r.Votes); n > 0 && !r.Votes[n-1].Closed {
		return r.Votes[n-1], true
	}
	return ConsentRound{}, false
}

// ContributionCount counts everything people added, withdrawn or not, so a
// room cannot grow past MaxContributions.
func (r Room) ContributionCount() int {
	return r.Contributions.Len() + len(r.Perspectives) + r.Builds.Len() + len(r.Drafts)
}
