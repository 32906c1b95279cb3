package content

import (
	"slices"
	"sync"
	"time"

	"github.com/goccy/go-yaml/ast"
)

// shared is what every script inherits unless it writes its own: the
// agreements, the prompt cards, the advocacy cues, and the fields of a
// silent-writing card. It lives in defaults.yaml.
type shared struct {
	Agreements  []string
	PromptCards []string
	CardFields  []CardField
	Cues        []Cue
}

// What a phase gets when its script leaves the setting out.
const (
	defaultPerSpeaker = time.Minute
	defaultThreshold  = 3
	defaultRounds     = 2
)

// defaults reads the embedded defaults once. They are tested; a broken
// file here is a mistake in trio, not in a coach's script.
var defaults = sync.OnceValue(func() shared {
	sh, err := parseShared(defaultsFile, defaultsYAML)
	if err != nil {
		panic("content: the embedded " + defaultsFile + " has problems:\n" + err.Error())
	}
	return sh
})

func parseShared(file string, data []byte) (shared, error) {
	r := newReport(file)
	body, ok := document(r, data)
	if !ok {
		return shared{}, r.err()
	}
	sh := decoder{r}.shared(body)
	checkTexts(r, "agreements", sh.Agreements, "agreement", MaxAgreements, MaxAgreementLen)
	checkTexts(r, "prompt_cards", sh.PromptCards, "prompt card", MaxPromptCards, MaxPromptCardLen)
	checkFields(r, "card_fields", "the defaults", sh.CardFields)
	checkCues(r, "cues", sh.Cues)
	return sh, r.err()
}

func (d decoder) shared(n ast.Node) shared {
	var sh shared
	d.keys(n, "", defaultsLevel, "in the defaults", func(key string, at path, v ast.Node) {
		switch key {
		case "agreements":
			sh.Agreements = d.texts(at, v, "agreement")
		case "prompt_cards":
			sh.PromptCards = d.texts(at, v, "prompt card")
		case "card_fields":
			sh.CardFields = d.fields(at, v)
		case "cues":
			sh.Cues = d.cues(at, v)
		}
	})
	return sh
}

// inherit fills in what a script left out. Only what was not written at
// all is filled in: a list written empty stays empty, on purpose.
func inherit(s *Script, w *where, sh shared) {
	if !w.has("agreements") {
		s.Agreements = slices.Clone(sh.Agreements)
	}
	if !w.has("prompt_cards") {
		s.PromptCards = slices.Clone(sh.PromptCards)
	}
	if !w.has("cues") {
		s.Cues = cloneCues(sh.Cues)
	}
	for i := range s.Phases {
		p, at := &s.Phases[i], path("phases").item(i)
		if inherit := kindRules[p.Kind].inherit; inherit != nil {
			inherit(p, func(key string) bool { return w.has(at.key(key)) }, sh)
		}
	}
}

func inheritCardFields(p *Phase, wrote func(string) bool, sh shared) {
	if !wrote("fields") {
		p.Fields = slices.Clone(sh.CardFields)
	}
}

func inheritPerSpeaker(p *Phase, wrote func(string) bool, _ shared) {
	if !wrote("per_speaker") {
		p.PerSpeaker = defaultPerSpeaker
	}
}

func inheritConsent(p *Phase, wrote func(string) bool, _ shared) {
	if !wrote("threshold") {
		p.Threshold = defaultThreshold
	}
	if !wrote("rounds") {
		p.Rounds = defaultRounds
	}
}
