package session

import (
	"strings"

	"trio/content/prose"
)

// PhaseTitles names phases by their titles, in the script's order.
func (m Metrics) PhaseTitles(ids []string) []string {
	var titles []string
	for _, p := range m.Phases {
		for _, id := range ids {
			if p.Phase == id {
				titles = append(titles, p.Title)
			}
		}
	}
	return titles
}

// DialoguePhases names the phases of the dialogue side, for a sentence.
func (m Metrics) DialoguePhases() string {
	titles := m.PhaseTitles(m.Contrast.Dialogue.Phases)
	if len(titles) == 0 {
		return "none in this script"
	}
	return strings.Join(titles, " · ")
}

// LeftOut says in a sentence who is left out of the figures, or nothing
// when everyone in the room is in the trio.
func (d Document) LeftOut() string {
	var names []string
	for _, p := range d.People {
		if p.Observer {
			names = append(names, p.Name)
		}
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return "The figures are the trio's: " + names[0] + ", who observed, is not counted."
	}
	return "The figures are the trio's: " + prose.And(names) + ", who observed, are not counted."
}
