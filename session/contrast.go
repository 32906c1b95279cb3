package session

import (
	"trio/content"

	"trio/content/prose"
)

// Side is one side of the contrast: the discussion round, or the dialogue.
type Side struct {
	// Phases are the ids of the phases on this side.
	Phases []string `json:"phases"`
	// People are the trio's figures in these phases, with shares of this
	// side's words; Figures is their sum.
	People  []PersonFigures `json:"people"`
	Figures Figures         `json:"figures"`
	// AirtimeSpread is the largest share of airtime minus the smallest, in
	// whole points as shown (0.4 for 40 points): 0 when everyone spoke as
	// much, near 1 when one person did the talking.
	AirtimeSpread float64 `json:"airtime_spread"`
}

// SpreadPoints is the airtime spread in percentage points.
func (s Side) SpreadPoints() int { return prose.RoundPercent(s.AirtimeSpread) }

// Contrast sets the discussion round beside the dialogue phases, counted
// alike: both sides are made of phases that count advocacy cues, so a
// figure on one side means what it means on the other.
type Contrast struct {
	// HasDiscussion says whether the script has a discussion round that
	// counts cues to set beside the dialogue, said in or not.
	HasDiscussion bool    `json:"has_discussion"`
	Discussion    Side    `json:"discussion"`
	Dialogue      Side    `json:"dialogue"`
	Reading       Reading `json:"reading"`
}

// NamedSide is a side of the contrast with the name a person reads.
type NamedSide struct {
	Name string
	Side
}

// Sides lists the sides of the contrast to show: the discussion round
// when the script has one, then the dialogue.
func (c Contrast) Sides() []NamedSide {
	var sides []NamedSide
	if c.HasDiscussion {
		sides = append(sides, NamedSide{"Discussion round", c.Discussion})
	}
	return append(sides, NamedSide{"Dialogue phases", c.Dialogue})
}

// side is where a phase stands in the contrast. Every kind says its side
// when it registers: the zero value is a kind that has not said.
type side int

const (
	sideUnset side = iota
	onNeither
	onDiscussion
	onDialogue
)

// sideOf places a phase in the contrast: its kind's side. A phase that does
// not count cues (by default the point of view) is on neither side: its
// words would set figures where cues were looked for beside figures where
// they were not. So is a kind session does not know.
func sideOf(p content.Phase) side {
	pk, err := kindOf(p)
	if err != nil || !p.Noticing().Count {
		return onNeither
	}
	return pk.side
}

// sideCount gathers the figures of one side's phases while they are
// counted.
type sideCount struct {
	phases  []string
	figures map[ParticipantID]*Figures
}

func newSide() *sideCount { return &sideCount{figures: map[ParticipantID]*Figures{}} }

func (s *sideCount) add(phase string, figures map[ParticipantID]*Figures) {
	s.phases = append(s.phases, phase)
	merge(s.figures, figures)
}

func (r Room) contrast(discussion, dialogue *sideCount) Contrast {
	c := Contrast{
		HasDiscussion: len(discussion.phases) > 0,
		Discussion:    r.side(discussion),
		Dialogue:      r.side(dialogue),
	}
	c.Reading = read(c)
	return c
}

func (r Room) side(count *sideCount) Side {
	s := Side{Phases: count.phases, People: r.shares(count.figures)}
	s.Figures = sum(s.People)
	if s.Figures.Words == 0 {
		return s
	}
	// The spread is taken from the shares as shown, so the points a
	// sentence gives are the difference of the percentages beside it.
	lo, hi := 100, 0
	for _, p := range s.People {
		lo, hi = min(lo, prose.RoundPercent(p.Airtime)), max(hi, prose.RoundPercent(p.Airtime))
	}
	s.AirtimeSpread = float64(hi-lo) / 100
	return s
}
