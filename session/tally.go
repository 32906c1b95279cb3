package session

import (
	"maps"
	"strings"
)

// tally is what each person said in each phase, as the figures count it
// (phase id, then person): the events keep it up to date, so measuring a
// room never reads every contribution, build and draft again, and never
// looks for cues in them again. Cards are counted when the room is
// measured: who may see them differs, and a room holds only a few.
type tally map[string]map[ParticipantID]Figures

// with is the tally with f added to a person's figures in a phase, or
// taken from them when sign is -1. It is a new tally that shares every
// other phase with this one, which stays as it was.
func (t tally) with(phase string, id ParticipantID, f Figures, sign int) tally {
	out := maps.Clone(t)
	if out == nil {
		out = tally{}
	}
	people := maps.Clone(out[phase])
	if people == nil {
		people = map[ParticipantID]Figures{}
	}
	sum := people[id]
	sum.add(f.times(sign))
	people[id] = sum
	out[phase] = people
	return out
}

func (f Figures) times(k int) Figures {
	return Figures{
		Contributions:  f.Contributions * k,
		Words:          f.Words * k,
		Questions:      f.Questions * k,
		Cues:           f.Cues * k,
		BuildsGiven:    f.BuildsGiven * k,
		BuildsReceived: f.BuildsReceived * k,
	}
}

// saying counts one thing said in a phase: a contribution, and its words,
// its advocacy cues where the phase counts them, and whether it asks.
func (r *Room) saying(phase, text string, question bool) Figures {
	f := Figures{Contributions: 1, Words: len(strings.Fields(text))}
	if r.countsCues(phase) {
		f.Cues = len(DetectCues(text, r.Script.Cues))
	}
	if question {
		f.Questions = 1
	}
	return f
}

func (r *Room) countsCues(phase string) bool {
	for _, p := range r.Script.Phases {
		if p.ID == phase {
			return p.Noticing().Count
		}
	}
	return false
}

// counted reports whether a contribution is airtime: its phase kind says
// which are not (check-in words, a listener's notes of what they heard).
func (c Contribution) counted() bool {
	return !ruleOf(c.Kind).notAirtime
}

// countContribution adds a live contribution to the tally (sign 1), or
// takes it out (-1) when it is withdrawn.
func (r *Room) countContribution(c Contribution, sign int) {
	if !c.counted() {
		return
	}
	r.tallied = r.tallied.with(c.Phase, c.Author, r.saying(c.Phase, c.Text, c.Kind == Question || isQuestion(c.Text)), sign)
}

// countBuild adds a live build to the tally (sign 1), or takes it out
// (-1): the builder gave it, and the card's author received it. Builds
// come from the trio only, so the one who received it is always counted.
func (r *Room) countBuild(b Build, sign int) {
	given := r.saying(b.Phase, b.Yes+"\n"+b.And, false)
	given.BuildsGiven = 1
	r.tallied = r.tallied.with(b.Phase, b.Author, given, sign)
	if builder, ok := r.Person(b.Author); ok && !builder.Observer {
		card, _ := r.Perspective(b.Perspective)
		r.tallied = r.tallied.with(b.Phase, card.Author, Figures{BuildsReceived: 1}, sign)
	}
}

// countDraft adds a version of the team point of view to the tally.
func (r *Room) countDraft(d PointOfViewDraft) {
	r.tallied = r.tallied.with(d.Phase, d.Author, r.saying(d.Phase, strings.Join([]string{d.Believe, d.Because, d.WrongIf}, "\n"), false), 1)
}
