package session

import (
	"cmp"
	"fmt"
	"strings"

	"trio/content/prose"
)

// Better names the side of the contrast a measure favours.
type Better string

const (
	DialogueBetter   Better = "dialogue"
	DiscussionBetter Better = "discussion"
	NeitherBetter    Better = "same"
)

// Reading is what the contrast says, worded from its figures, so that the
// close, the summary and both exports draw the conclusion the figures
// draw. The sides differ in length, so cues and questions are weighed for
// what was said (per contribution), not counted raw. A measure is empty
// when a side has nothing to measure.
type Reading struct {
	AdvocacyCues Better `json:"advocacy_cues,omitempty"` // fewer for what was said
	Questions    Better `json:"questions,omitempty"`     // more for what was said
	Airtime      Better `json:"airtime,omitempty"`       // more even
	// Summary is the conclusion in a sentence; Details give the figures
	// behind it, a sentence each.
	Summary string   `json:"summary"`
	Details []string `json:"details,omitempty"`
}

func read(c Contrast) Reading {
	dis, dia := c.Discussion, c.Dialogue
	saidIn := func(s Side) bool { return s.Figures.Contributions > 0 }
	switch {
	case !c.HasDiscussion && !saidIn(dia):
		return Reading{Summary: "Nothing has been said in the dialogue phases yet."}
	case !c.HasDiscussion:
		return Reading{Summary: "This script has no discussion round, so these are the dialogue's figures alone.", Details: details(nil, &dia)}
	case !saidIn(dis) && !saidIn(dia):
		return Reading{Summary: "Nothing was said yet to set side by side."}
	case !saidIn(dis):
		return Reading{Summary: "Nothing was said in the discussion round, so there is nothing to set the dialogue beside.", Details: details(nil, &dia)}
	case !saidIn(dia):
		return Reading{Summary: "Nothing has been said in the dialogue phases yet, so there is nothing to set beside the discussion round.", Details: details(&dis, nil)}
	}
	d, g := dis.Figures, dia.Figures
	rd := Reading{
		AdvocacyCues: favours(-compareRates(g.Cues, g.Contributions, d.Cues, d.Contributions)),
		Questions:    favours(compareRates(g.Questions, g.Contributions, d.Questions, d.Contributions)),
		Airtime:      favours(cmp.Compare(dis.SpreadPoints(), dia.SpreadPoints())),
		Details:      details(&dis, &dia),
	}
	rd.Summary = rd.conclusion()
	return rd
}

// compareRates compares x in n with y in m (n and m above zero).
func compareRates(x, n, y, m int) int { return cmp.Compare(x*m, y*n) }

// favours reads a comparison that is positive when dialogue did better.
func favours(sign int) Better {
	switch {
	case sign > 0:
		return DialogueBetter
	case sign < 0:
		return DiscussionBetter
	}
	return NeitherBetter
}

// conclusion says in a sentence which side went better, and on what.
func (rd Reading) conclusion() string {
	measures := []struct {
		better     Better
		good, name string
	}{
		// Rates, not counts: the sides are not equally long.
		{rd.AdvocacyCues, "fewer advocacy cues per contribution", "advocacy cues"},
		{rd.Questions, "more questions per contribution", "questions"},
		{rd.Airtime, "more even airtime", "the spread of airtime"},
	}
	var dialogue, discussion, same []string
	for _, m := range measures {
		switch m.better {
		case DialogueBetter:
			dialogue = append(dialogue, m.good)
		case DiscussionBetter:
			discussion = append(discussion, m.good)
		default:
			same = append(same, m.name)
		}
	}
	var s string
	switch {
	case len(dialogue) > 0 && len(discussion) == 0:
		s = "Dialogue went better than the discussion round: " + prose.And(dialogue) + "."
	case len(discussion) > 0 && len(dialogue) == 0:
		s = "The discussion round went better than dialogue: " + prose.And(discussion) + "."
	case len(dialogue) > 0:
		s = "Dialogue had " + prose.And(dialogue) + "; the discussion round had " + prose.And(discussion) + "."
	default:
		return "The discussion round and dialogue came out even: " + prose.And(same) + " were the same in both."
	}
	switch len(same) {
	case 0:
		return s
	case 1:
		verb := " were"
		if same[0] == "the spread of airtime" {
			verb = " was"
		}
		return s + " " + prose.Capitalize(same[0]) + verb + " the same in both."
	}
	return s + " " + prose.Capitalize(prose.And(same)) + " were the same in both."
}

// details give the figures behind the conclusion, for the sides given.
func details(discussion, dialogue *Side) []string {
	type named struct {
		where string
		s     Side
	}
	var sides []named
	if discussion != nil {
		sides = append(sides, named{"in the discussion round", *discussion})
	}
	if dialogue != nil {
		sides = append(sides, named{"in dialogue", *dialogue})
	}
	// The first side names what is counted; the second follows its form.
	var cues, questions, airtime []string
	for i, n := range sides {
		f := n.s.Figures
		of, apart := contributions(f.Contributions), points(n.s.SpreadPoints())+" between the most and the least heard"
		if i > 0 {
			of, apart = fmt.Sprint(f.Contributions), fmt.Sprint(n.s.SpreadPoints())
		}
		cues = append(cues, fmt.Sprintf("%d in %s %s", f.Cues, of, n.where))
		questions = append(questions, fmt.Sprintf("%d of %s %s", f.Questions, of, n.where))
		airtime = append(airtime, fmt.Sprintf("%s %s", apart, n.where))
	}
	out := []string{
		"Advocacy cues: " + strings.Join(cues, ", ") + ".",
		"Questions: " + strings.Join(questions, ", ") + ".",
		"Airtime: " + strings.Join(airtime, ", ") + ".",
	}
	if dialogue != nil && dialogue.Figures.BuildsGiven > 0 {
		out = append(out, "In dialogue, people built on each other's views "+times(dialogue.Figures.BuildsGiven)+".")
	}
	return out
}

func contributions(n int) string {
	if n == 1 {
		return "1 contribution"
	}
	return fmt.Sprintf("%d contributions", n)
}

func points(n int) string {
	if n == 1 {
		return "1 point"
	}
	return fmt.Sprintf("%d points", n)
}

func times(n int) string {
	switch n {
	case 1:
		return "once"
	case 2:
		return "twice"
	}
	return fmt.Sprintf("%d times", n)
}
