package tui

import (
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// english writes numbers as people read them: 1,000, not 1000.
var english = message.NewPrinter(language.English)
