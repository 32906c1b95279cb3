package content

// Kind says what a phase asks people to do. What content knows of each kind
// is its entry in kindRules below; its rules for people are in the session
// package and its screen in the TUI.
type Kind string

// The phase kinds of the dialogue-versus-discussion exercise.
const (
	KindCheckIn        Kind = "check-in"
	KindFrame          Kind = "frame"
	KindDiscussion     Kind = "discussion"
	KindSilentWriting  Kind = "silent-writing"
	KindRevealRound    Kind = "reveal-round"
	KindInquiry        Kind = "inquiry"
	KindYesAnd         Kind = "yes-and"
	KindProsCons       Kind = "pros-cons"
	KindOneLevelHigher Kind = "one-level-higher"
	KindPointOfView    Kind = "point-of-view"
	KindConsent        Kind = "consent"
	KindClose          Kind = "close"
)

// Kinds lists every phase kind in the order of the default script, which is
// also the order of the sections of an export.
var Kinds = []Kind{
	KindCheckIn, KindFrame, KindDiscussion, KindSilentWriting, KindRevealRound,
	KindInquiry, KindYesAnd, KindProsCons, KindOneLevelHigher, KindPointOfView,
	KindConsent, KindClose,
}

// kindRule is what a script may and must say about one kind of phase.
type kindRule struct {
	// noticing is the kind's default for advocacy cues, after the method:
	// counted where advocacy is the point (the "before" of the contrast)
	// and where dialogue should take its place, nudged only where dialogue
	// is practised.
	noticing Noticing
	// uncounted, when set, says why count_cues: true does nothing here.
	uncounted string
	// once: a script has one phase of this kind at most, because it makes
	// the one thing the rest of the session and the summary refer to.
	once bool
	// needs, when set, is the kind of phase it works on, which must come
	// before it.
	needs *need
	// settings are the keys that mean something for this kind only; check
	// checks their values and inherit fills in those the script left out.
	settings []setting
	check    func(r *report, at path, name string, p Phase)
	inherit  func(p *Phase, wrote func(key string) bool, sh shared)
}

// need is what a kind of phase works on, made by a kind of phase before it.
type need struct {
	before Kind
	lack   string // what is missing without it
}

// setting is a key that means something for one kind of phase only, and
// whether a phase has it set.
type setting struct {
	key string
	set func(Phase) bool
}

// kindRules is every kind's entry: a new kind is one more.
var kindRules = map[Kind]kindRule{
	KindCheckIn: {
		// One word for how you arrive is about the person, before the
		// exercise.
		uncounted: "check-in words are not part of the figures",
		once:      true,
	},
	KindFrame: {
		// The question and the goal are worded as such ("What should we
		// do about …?", "we need to …"), and nobody argues yet.
		uncounted: "the question and the shared goal are not part of the figures",
		once:      true,
	},
	KindDiscussion: {
		// Arguing is the point: counted, as the "before", never nudged.
		noticing: Noticing{Count: true},
	},
	KindSilentWriting: {
		// The card asks for a position and what is behind it: advocacy
		// with its reasons shown is what it is for, written alone. The
		// views meet, and the nudges begin, at the reveal.
		once:     true,
		settings: []setting{{"fields", func(p Phase) bool { return p.Fields != nil }}},
		check: func(r *report, at path, name string, p Phase) {
			checkFields(r, at.key("fields"), name, p.Fields)
		},
		inherit: inheritCardFields,
	},
	KindRevealRound: {
		// The dialogue phases: a kinder word helps, and the contrast
		// measures them.
		noticing: Noticing{Nudge: true, Count: true},
		once:     true,
		needs:    &need{KindSilentWriting, "there are no cards to reveal"},
		settings: []setting{{"per_speaker", func(p Phase) bool { return p.PerSpeaker != 0 }}},
		check: func(r *report, at path, name string, p Phase) {
			checkPerSpeaker(r, at.key("per_speaker"), name, p.PerSpeaker, p.Timebox)
		},
		inherit: inheritPerSpeaker,
	},
	KindInquiry: {
		noticing: Noticing{Nudge: true, Count: true},
		needs:    &need{KindSilentWriting, "there are no views to ask about"},
		settings: []setting{{"builds", func(p Phase) bool { return p.Builds }}},
	},
	KindYesAnd: {
		noticing: Noticing{Nudge: true, Count: true},
		needs:    &need{KindSilentWriting, "there are no views to build on"},
	},
	KindProsCons: {
		noticing: Noticing{Nudge: true, Count: true},
		needs:    &need{KindSilentWriting, "there are no views to weigh"},
	},
	KindOneLevelHigher: {
		noticing: Noticing{Nudge: true, Count: true},
		once:     true,
	},
	KindPointOfView: {
		// "We believe", "we will" and "we should" are the grammar of a
		// team point of view, not advocacy.
		once: true,
	},
	KindConsent: {
		// A concern says plainly what would make it work, and an amendment
		// is a line of the point of view: both are asked to be direct.
		once:  true,
		needs: &need{KindPointOfView, "there is no team point of view to vote on"},
		settings: []setting{
			{"threshold", func(p Phase) bool { return p.Threshold != 0 }},
			{"rounds", func(p Phase) bool { return p.Rounds != 0 }},
		},
		check:   checkConsent,
		inherit: inheritConsent,
	},
	KindClose: {
		// A line on what shifted is about the person, after the exercise.
		once: true,
	},
}

func isKind(k Kind) bool {
	_, ok := kindRules[k]
	return ok
}
