package session

import (
	"strings"

	"trio/content"
)

// Figures count what people said: how many contributions, how many words
// (the airtime measure: each person's share of what was said), questions,
// advocacy cues, and "yes, and" builds given and received.
type Figures struct {
	Contributions  int `json:"contributions"`
	Words          int `json:"words"`
	Questions      int `json:"questions"`
	Cues           int `json:"advocacy_cues"`
	BuildsGiven    int `json:"builds_given"`
	BuildsReceived int `json:"builds_received"`
}

func (f *Figures) add(g Figures) {
	f.Contributions += g.Contributions
	f.Words += g.Words
	f.Questions += g.Questions
	f.Cues += g.Cues
	f.BuildsGiven += g.BuildsGiven
	f.BuildsReceived += g.BuildsReceived
}

// PersonFigures are one person's figures and their share of the airtime.
type PersonFigures struct {
	Person  ParticipantID `json:"person"`
	Name    string        `json:"name"`
	Figures Figures       `json:"figures"`
	Airtime float64       `json:"airtime"` // share of all words, 0 to 1
}

// PhaseFigures are the figures of one phase, per person.
type PhaseFigures struct {
	Phase  string          `json:"phase"`
	Title  string          `json:"title"`
	Kind   content.Kind    `json:"kind"`
	People []PersonFigures `json:"people"`
	Total  Figures         `json:"total"`
}

// Side is one side of the contrast: the discussion round, or the dialogue.
type Side struct {
	Figures Figures `json:"figures"`
	// AirtimeSpread is the largest share of airtime minus the smallest: 0
	// when everyone spoke as much, near 1 when one person did the talking.
	AirtimeSpread float64 `json:"airtime_spread"`
}

// Contrast sets the discussion round beside the dialogue phases.
type Contrast struct {
	HasDiscussion bool `json:"has_discussion"`
	Discussion    Side `json:"discussion"`
	Dialogue      Side `json:"dialogue"`
}

// Metrics are what the app noticed, per person and per phase, and the
// contrast between discussion and dialogue.
type Metrics struct {
	People   []PersonFigures `json:"people"`
	Phases   []PhaseFigures  `json:"phases"`
	Contrast Contrast        `json:"contrast"`
}

// said is one thing a person said, for counting.
type said struct {
	author   ParticipantID
	phase    string
	text     string
	question bool
	// builtOn is whose view a build was built on.
	builtOn ParticipantID
	build   bool
}

// MeasureView computes the metrics from what a viewer can see: hidden cards
// are not counted.
func MeasureView(v View) Metrics {
	r := v.Room
	var all []said
	for _, c := range r.Contributions {
		if c.Withdrawn || c.Kind == CheckInWord {
			continue
		}
		all = append(all, said{author: c.Author, phase: c.Phase, text: c.Text, question: c.Kind == Question || isQuestion(c.Text)})
	}
	for _, p := range r.Perspectives {
		if p.Withdrawn || p.Hidden {
			continue
		}
		var text []string
		for _, a := range p.Fields {
			text = append(text, a.Text)
		}
		all = append(all, said{author: p.Author, phase: p.Phase, text: strings.Join(text, "\n")})
	}
	for _, b := range r.Builds {
		if b.Withdrawn {
			continue
		}
		card, _ := r.Perspective(b.Perspective)
		all = append(all, said{author: b.Author, phase: b.Phase, text: b.Yes + "\n" + b.And, build: true, builtOn: card.Author})
	}
	for _, d := range r.Drafts {
		all = append(all, said{author: d.Author, phase: d.Phase, text: strings.Join([]string{d.Believe, d.Because, d.WrongIf}, "\n")})
	}

	m := Metrics{}
	perPhase := map[string]map[ParticipantID]*Figures{}
	whole := map[ParticipantID]*Figures{}
	count := func(into map[ParticipantID]*Figures, id ParticipantID) *Figures {
		if into[id] == nil {
			into[id] = &Figures{}
		}
		return into[id]
	}
	for _, s := range all {
		f := Figures{Contributions: 1, Words: len(strings.Fields(s.text)), Cues: len(DetectCues(s.text, r.Script.Cues))}
		if s.question {
			f.Questions = 1
		}
		if s.build {
			f.BuildsGiven = 1
		}
		if perPhase[s.phase] == nil {
			perPhase[s.phase] = map[ParticipantID]*Figures{}
		}
		count(perPhase[s.phase], s.author).add(f)
		count(whole, s.author).add(f)
		if s.build && s.builtOn != "" {
			received := Figures{BuildsReceived: 1}
			count(perPhase[s.phase], s.builtOn).add(received)
			count(whole, s.builtOn).add(received)
		}
	}
	m.People = r.shares(whole)
	discussion := map[ParticipantID]*Figures{}
	dialogue := map[ParticipantID]*Figures{}
	for _, p := range r.Script.Phases {
		figures := perPhase[p.ID]
		pf := PhaseFigures{Phase: p.ID, Title: p.Title, Kind: p.Kind, People: r.shares(figures)}
		for _, person := range pf.People {
			pf.Total.add(person.Figures)
		}
		m.Phases = append(m.Phases, pf)
		if p.Kind == content.KindDiscussion {
			m.Contrast.HasDiscussion = true
		}
		for id, f := range figures {
			switch {
			case p.Kind == content.KindDiscussion:
				count(discussion, id).add(*f)
			case isDialogue(p.Kind):
				count(dialogue, id).add(*f)
			}
		}
	}
	m.Contrast.Discussion = r.side(discussion)
	m.Contrast.Dialogue = r.side(dialogue)
	return m
}

// shares lists the trio's figures in the room's order, with airtime shares.
func (r Room) shares(figures map[ParticipantID]*Figures) []PersonFigures {
	total := 0
	for _, f := range figures {
		total += f.Words
	}
	var out []PersonFigures
	for _, p := range r.People {
		f := figures[p.ID]
		if f == nil {
			if p.Observer {
				continue
			}
			f = &Figures{}
		}
		pf := PersonFigures{Person: p.ID, Name: p.Name, Figures: *f}
		if total > 0 {
			pf.Airtime = float64(f.Words) / float64(total)
		}
		out = append(out, pf)
	}
	return out
}

func (r Room) side(figures map[ParticipantID]*Figures) Side {
	var s Side
	people := r.shares(figures)
	lo, hi := 1.0, 0.0
	for _, p := range people {
		s.Figures.add(p.Figures)
		lo, hi = min(lo, p.Airtime), max(hi, p.Airtime)
	}
	if s.Figures.Words > 0 {
		s.AirtimeSpread = hi - lo
	}
	return s
}

func isQuestion(text string) bool { return strings.HasSuffix(strings.TrimSpace(text), "?") }

// isDialogue reports whether a phase kind is one of the dialogue phases the
// close compares with the discussion round.
func isDialogue(k content.Kind) bool {
	switch k {
	case content.KindRevealRound, content.KindInquiry, content.KindYesAnd,
		content.KindProsCons, content.KindOneLevelHigher, content.KindPointOfView:
		return true
	}
	return false
}
