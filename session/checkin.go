package session

import "trio/content"

// CheckIn gives one word for how the person asking arrives. A new word
// takes the place of the earlier one.
type CheckIn struct{ Word string }

func (c CheckIn) decide(r Room, d *decision) (EventBody, error) {
	if _, err := d.member(r); err != nil {
		return nil, err
	}
	if err := d.inPhase(r, "a check-in word", content.KindCheckIn); err != nil {
		return nil, err
	}
	word, err := d.clean(WordRule, c.Word)
	if err != nil {
		return nil, err
	}
	return d.contribute(r, CheckInWord, word, 0)
}

// FieldWord is where a check-in word is typed before it is sent.
const FieldWord = "word"

func init() {
	registerKind(content.KindCheckIn, phaseKind{
		demo:          demoCheckIn,
		export:        exportCheckIns,
		markdown:      writePeople,
		side:          onNeither,
		unsent:        map[string]*TextRule{FieldWord: &WordRule},
		contributions: []contributionRule{{kind: CheckInWord, onePerPerson: true, notAirtime: true}},
	})
}

func demoCheckIn(d *demo, _ content.Phase) {
	for _, who := range []ParticipantID{"maya", "sam", "lee"} {
		d.do(who, AcceptAgreements{})
	}
	d.do("maya", CheckIn{Word: "hopeful"})
	d.do("sam", CheckIn{Word: "curious"})
	d.do("lee", CheckIn{Word: "wary"})
}

// exportCheckIns gives each person the word they arrived with.
func exportCheckIns(r Room, _ View, doc *Document) {
	for i := range doc.People {
		doc.People[i].CheckIn, _ = r.CheckInWord(doc.People[i].ID)
	}
}

// writePeople writes who came, and the word each arrived with.
func writePeople(w *mdWriter, doc Document) {
	w.section("People")
	w.line("| Name | Role | Checked in with |")
	w.line("| --- | --- | --- |")
	for _, p := range doc.People {
		name := md(p.Name)
		if p.Facilitator {
			name += " (facilitator)"
		}
		role := md(p.Role)
		if p.Observer {
			role += " (observer)"
		}
		w.line("| %s | %s | %s |", name, role, md(p.CheckIn))
	}
}
