package content

import "time"

// Script is one way to run the exercise: its phases in order, and the words
// that help people along (agreements, prompt cards, advocacy cues).
type Script struct {
	Name        string `json:"name"`        // short id, e.g. "dialogue-vs-discussion"
	Title       string `json:"title"`       // shown to people
	Description string `json:"description"` // one or two sentences
	// Agreements are the dialogue agreements people accept at check-in.
	Agreements []string `json:"agreements"`
	Phases     []Phase  `json:"phases"`
	// PromptCards are curious questions people may pick during inquiry.
	PromptCards []string `json:"prompt_cards"`
	// Cues are the advocacy cues the app notices, each with a kinder form.
	Cues []Cue `json:"cues"`
}

// Phase is one step of a script.
type Phase struct {
	ID      string        `json:"id"`
	Kind    Kind          `json:"kind"`
	Title   string        `json:"title"`
	Purpose string        `json:"purpose"` // why this step is there, one line
	Prompt  string        `json:"prompt"`  // what each person does now, short
	Timebox time.Duration `json:"timebox"`

	// Silent writing: the fields of a perspective card.
	Fields []CardField `json:"fields,omitempty"`
	// Reveal round: the time each speaker holds the talking stick.
	PerSpeaker time.Duration `json:"per_speaker,omitempty"`
	// Inquiry: also accept "yes, and" builds (the short script merges the two).
	Builds bool `json:"builds,omitempty"`
	// Consent: the lowest score that still consents (0 to 5) and the most
	// rounds of voting.
	Threshold int `json:"threshold,omitempty"`
	Rounds    int `json:"rounds,omitempty"`

	// Any kind: whether advocacy cues are nudged to the writer and counted
	// in the figures. Left out (nil), the kind's default applies; see
	// Phase.Noticing.
	NudgeCues *bool `json:"nudge_cues,omitempty"`
	CountCues *bool `json:"count_cues,omitempty"`
}

// CardField is one field of a silent-writing perspective card.
type CardField struct {
	ID    string `json:"id"`    // e.g. "position"
	Label string `json:"label"` // e.g. "My position"
	Hint  string `json:"hint"`  // a short nudge shown under the label
}

// Cue is an advocacy cue: words that usually push a view rather than explore
// one, and a kinder way to say the same thing.
type Cue struct {
	ID string `json:"id"`
	// Phrases are matched case-insensitively on word boundaries.
	Phrases    []string `json:"phrases"`
	Suggestion string   `json:"suggestion"`
}

// TotalTime is the sum of the phases' timeboxes.
func (s Script) TotalTime() time.Duration {
	var total time.Duration
	for _, p := range s.Phases {
		total += p.Timebox
	}
	return total
}
