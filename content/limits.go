package content

import "time"

// Limits of a script. They keep a coach's file readable on an 80-column
// screen and keep a mistaken file (the wrong file, a slip of the unit) from
// reaching a room.
const (
	MaxFileBytes = 256 << 10
	// MaxNesting is how deeply lists and sets of keys may sit inside one
	// another; a script needs five.
	MaxNesting = 20

	MaxPhases      = 30
	MaxCardFields  = 6
	MaxAgreements  = 8
	MaxPromptCards = 40
	MaxCues        = 60
	MaxPhrases     = 20 // in one cue

	// Text, in characters. Purposes, labels, hints, cards and suggestions
	// are one line each; prompts and the description may wrap.
	MaxIDLen          = 32 // a script's name, and every id
	MaxTitleLen       = 60
	MaxDescriptionLen = 300
	MaxPhaseTitleLen  = 40
	MaxPurposeLen     = 100
	MaxPromptLen      = 240
	MaxLabelLen       = 40
	MaxHintLen        = 100
	MaxAgreementLen   = 100
	MaxPromptCardLen  = 100
	MaxPhraseLen      = 40
	MaxSuggestionLen  = 120

	// MaxTimebox is the longest one phase may be; a longer one is most
	// likely an hour written for a minute.
	MaxTimebox = 2 * time.Hour
)
