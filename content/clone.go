package content

import "slices"

// clone copies a script so that the copy shares nothing with it: each
// caller of Builtin may change its own.
func (s Script) clone() Script {
	s.Agreements = slices.Clone(s.Agreements)
	s.PromptCards = slices.Clone(s.PromptCards)
	s.Cues = cloneCues(s.Cues)
	s.Phases = slices.Clone(s.Phases)
	for i := range s.Phases {
		p := &s.Phases[i]
		p.Fields = slices.Clone(p.Fields)
		p.NudgeCues, p.CountCues = cloneChoice(p.NudgeCues), cloneChoice(p.CountCues)
	}
	return s
}

func cloneCues(cues []Cue) []Cue {
	cues = slices.Clone(cues)
	for i := range cues {
		cues[i].Phrases = slices.Clone(cues[i].Phrases)
	}
	return cues
}

func cloneChoice(b *bool) *bool {
	if b == nil {
		return nil
	}
	v := *b
	return &v
}
