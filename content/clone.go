package content

import "slices"

// clone copies a script so that the copy shares no list with it: each
// caller of Builtin may change its own.
func (s Script) clone() Script {
	s.Agreements = slices.Clone(s.Agreements)
	s.PromptCards = slices.Clone(s.PromptCards)
	s.Cues = cloneCues(s.Cues)
	s.Phases = slices.Clone(s.Phases)
	for i := range s.Phases {
		s.Phases[i].Fields = slices.Clone(s.Phases[i].Fields)
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
