package session

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"trio/content"
)

// Figures count what people said: how many contributions, how many words
// (the airtime measure: each person's share of what was said), questions,
// advocacy cues (only in phases that count them), and "yes, and" builds
// given and received.
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
	// Airtime is the person's share of the trio's words, 0 to 1, to three
	// decimals: the same on screen and in every export.
	Airtime float64 `json:"airtime"`
	// AirtimePercent is the share in whole percent, as every screen and
	// export shows it: rounded so the trio's add up to 100.
	AirtimePercent int `json:"airtime_percent"`
}

// PhaseFigures are the figures of one phase, per person.
type PhaseFigures struct {
	Phase  string          `json:"phase"`
	Title  string          `json:"title"`
	Kind   content.Kind    `json:"kind"`
	People []PersonFigures `json:"people"`
	Total  Figures         `json:"total"`
	// CuesCounted says whether this phase counts advocacy cues: where it
	// does not, its Cues are zero by design, not because none were used.
	CuesCounted bool `json:"cues_counted"`
}

// Metrics are what the app noticed, per person and per phase, and the
// contrast between discussion and dialogue. They are the trio's: an
// observer's words are in the record but in no figure, share or spread.
type Metrics struct {
	People []PersonFigures `json:"people"` // every phase
	Phases []PhaseFigures  `json:"phases"`
	// Total is the sum of People, and the sum of every phase's Total.
	Total    Figures  `json:"total"`
	Contrast Contrast `json:"contrast"`
}

// MeasureView computes the metrics from what a viewer can see: hidden cards
// are not counted.
func MeasureView(v View) Metrics { return v.Room.measure(v.Room.countPhases(v)) }

// measure puts together the metrics of what each member of the trio said
// in each phase.
func (r Room) measure(perPhase map[string]map[ParticipantID]*Figures) Metrics {
	m := Metrics{}
	whole := map[ParticipantID]*Figures{}
	discussion, dialogue := newSide(), newSide()
	for _, p := range r.Script.Phases {
		figures := perPhase[p.ID]
		pf := PhaseFigures{Phase: p.ID, Title: p.Title, Kind: p.Kind, People: r.shares(figures), CuesCounted: p.Noticing().Count}
		pf.Total = sum(pf.People)
		m.Phases = append(m.Phases, pf)
		merge(whole, figures)
		switch sideOf(p) {
		case onDiscussion:
			discussion.add(p.ID, figures)
		case onDialogue:
			dialogue.add(p.ID, figures)
		}
	}
	m.People = r.shares(whole)
	m.Total = sum(m.People)
	m.Contrast = r.contrast(discussion, dialogue)
	return m
}

// countPhases counts what each member of the trio said, phase by phase:
// what the room has tallied as it went, and the cards the viewer can see.
func (r Room) countPhases(v View) map[string]map[ParticipantID]*Figures {
	trio := map[ParticipantID]bool{}
	for _, p := range r.People {
		trio[p.ID] = !p.Observer
	}
	perPhase := map[string]map[ParticipantID]*Figures{}
	add := func(phase string, id ParticipantID, f Figures) {
		if !trio[id] {
			return
		}
		if perPhase[phase] == nil {
			perPhase[phase] = map[ParticipantID]*Figures{}
		}
		figuresOf(perPhase[phase], id).add(f)
	}
	for phase, people := range r.tallied {
		for id, f := range people {
			add(phase, id, f)
		}
	}
	for _, p := range v.Perspectives {
		if p.Withdrawn || p.Hidden {
			continue
		}
		var text []string
		for _, a := range p.Fields {
			text = append(text, a.Text)
		}
		add(p.Phase, p.Author, r.saying(p.Phase, strings.Join(text, "\n"), false))
	}
	return perPhase
}

func figuresOf(into map[ParticipantID]*Figures, id ParticipantID) *Figures {
	if into[id] == nil {
		into[id] = &Figures{}
	}
	return into[id]
}

// merge adds one set of per-person figures into another.
func merge(into, from map[ParticipantID]*Figures) {
	for id, f := range from {
		figuresOf(into, id).add(*f)
	}
}

func sum(people []PersonFigures) Figures {
	var total Figures
	for _, p := range people {
		total.add(p.Figures)
	}
	return total
}

// shares lists the trio's figures in the room's order, everyone in it even
// when they said nothing, with their shares of the airtime. Observers are
// not in it.
func (r Room) shares(figures map[ParticipantID]*Figures) []PersonFigures {
	total := 0
	for _, f := range figures {
		total += f.Words
	}
	var out []PersonFigures // nil for a room with no trio: exports say null
	for _, p := range r.People {
		if p.Observer {
			continue
		}
		pf := PersonFigures{Person: p.ID, Name: p.Name}
		if f := figures[p.ID]; f != nil {
			pf.Figures = *f
		}
		if total > 0 {
			pf.Airtime = thousandths(float64(pf.Figures.Words) / float64(total))
		}
		if out == nil {
			out = make([]PersonFigures, 0, len(r.People))
		}
		out = append(out, pf)
	}
	percents := wholePercents(out, total)
	for i := range out {
		out[i].AirtimePercent = percents[i]
	}
	return out
}

// AirtimeText is the person's share as people read it: "42%".
func (p PersonFigures) AirtimeText() string { return strconv.Itoa(p.AirtimePercent) + "%" }

// wholePercents are the people's shares of total words in whole percent,
// adding up to their share together rounded (100 when they said every
// word): each share rounded down, and the points left given to the largest
// remainders, the earliest in the room's order first on a tie.
func wholePercents(people []PersonFigures, total int) []int {
	percents := make([]int, len(people))
	if total == 0 {
		return percents
	}
	theirs := 0
	order := make([]int, len(people))
	for i, p := range people {
		theirs += p.Figures.Words
		percents[i] = p.Figures.Words * 100 / total
		order[i] = i
	}
	left := (theirs*100 + total/2) / total
	for _, n := range percents {
		left -= n
	}
	left = min(max(0, left), len(order))
	remainder := func(i int) int { return people[i].Figures.Words * 100 % total }
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(remainder(b), remainder(a)) })
	for _, i := range order[:left] {
		percents[i]++
	}
	return percents
}

func thousandths(x float64) float64 { return math.Round(x*1000) / 1000 }

func isQuestion(text string) bool { return strings.HasSuffix(strings.TrimSpace(text), "?") }
