package content

// Noticing says what trio does with the advocacy cues in what people write
// during a phase: nudge the writer with a kinder way to say it, and count
// the cues in the figures and in the contrast at the close. The two are
// apart on purpose: the discussion round counts what it never nudges.
type Noticing struct {
	Nudge bool `json:"nudge"`
	Count bool `json:"count"`
}

// Noticing is the kind's default, after the method: cues are counted where
// advocacy is the point (the "before" of the contrast) and where dialogue
// should take its place, and nudged only where dialogue is practised.
func (k Kind) Noticing() Noticing {
	switch k {
	case KindDiscussion:
		// Arguing is the point: counted, as the "before", never nudged.
		return Noticing{Count: true}
	case KindRevealRound, KindInquiry, KindYesAnd, KindProsCons, KindOneLevelHigher:
		// The dialogue phases: a kinder word helps, and the contrast
		// measures them.
		return Noticing{Nudge: true, Count: true}
	case KindPointOfView:
		// "We believe", "we will" and "we should" are the grammar of a
		// team point of view, not advocacy.
		return Noticing{}
	case KindConsent:
		// A concern says plainly what would make it work, and an amendment
		// is a line of the point of view: both are asked to be direct.
		return Noticing{}
	case KindSilentWriting:
		// The card asks for a position and what is behind it: advocacy
		// with its reasons shown is what it is for, written alone. The
		// views meet, and the nudges begin, at the reveal.
		return Noticing{}
	case KindFrame:
		// The question and the goal are worded as such ("What should we
		// do about …?", "we need to …"), and nobody argues yet.
		return Noticing{}
	case KindCheckIn, KindClose:
		// One word for how you arrive, and a line on what shifted, are
		// about the person, before and after the exercise.
		return Noticing{}
	}
	return Noticing{}
}

// Noticing is what this phase does with advocacy cues: the kind's default,
// unless the script says otherwise with nudge_cues: or count_cues:.
func (p Phase) Noticing() Noticing {
	n := p.Kind.Noticing()
	if p.NudgeCues != nil {
		n.Nudge = *p.NudgeCues
	}
	if p.CountCues != nil {
		n.Count = *p.CountCues
	}
	return n
}
