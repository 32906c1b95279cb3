package content

// Noticing says what trio does with the advocacy cues in what people write
// during a phase: nudge the writer with a kinder way to say it, and count
// the cues in the figures and in the contrast at the close. The two are
// apart on purpose: the discussion round counts what it never nudges.
type Noticing struct {
	Nudge bool `json:"nudge"`
	Count bool `json:"count"`
}

// Noticing is the kind's default, after the method; its entry in
// kindRules says why.
func (k Kind) Noticing() Noticing { return kindRules[k].noticing }

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
