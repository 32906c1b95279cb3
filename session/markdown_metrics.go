package session

import (
	"fmt"
)

// contrast writes what the contrast says, then its figures person by
// person: each side's "All" row is the sum of the rows above it.
func (w *mdWriter) contrast(doc Document) {
	c := doc.Metrics.Contrast
	if c.HasDiscussion {
		w.section("Discussion against dialogue")
	} else {
		w.section("The dialogue")
	}
	w.line("%s", c.Reading.Summary)
	w.line("")
	for _, d := range c.Reading.Details {
		w.item("%s", d)
	}
	w.line("")
	w.line("| | Person | Contributions | Questions | Advocacy cues | Builds given | Airtime |")
	w.line("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
	for _, side := range c.Sides() {
		label := side.Name
		for _, p := range side.People {
			f := p.Figures
			w.line("| %s | %s | %d | %d | %d | %d | %s |", label, md(p.Name), f.Contributions, f.Questions, f.Cues, f.BuildsGiven, p.AirtimeText())
			label = ""
		}
		f := side.Figures
		w.line("| %s | All | %d | %d | %d | %d | %s apart |", label, f.Contributions, f.Questions, f.Cues, f.BuildsGiven, points(side.SpreadPoints()))
	}
	w.line("")
	w.line("The dialogue phases: %s. Airtime is each person's share of the words said on that side.", md(doc.Metrics.DialoguePhases()))
}

// noticed writes the figures of the whole session, per person and per
// phase: both "All" rows are the same sums.
func (w *mdWriter) noticed(doc Document) {
	m := doc.Metrics
	w.section("What the app noticed")
	if left := doc.LeftOut(); left != "" {
		w.line("%s", md(left))
		w.line("")
	}
	w.line("**Per person**")
	w.line("")
	w.line("| Person | Contributions | Airtime | Questions | Advocacy cues | Builds given | Builds received |")
	w.line("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
	for _, p := range m.People {
		f := p.Figures
		w.line("| %s | %d | %s | %d | %d | %d | %d |", md(p.Name), f.Contributions, p.AirtimeText(),
			f.Questions, f.Cues, f.BuildsGiven, f.BuildsReceived)
	}
	t := m.Total
	w.line("| All | %d | | %d | %d | %d | %d |", t.Contributions, t.Questions, t.Cues, t.BuildsGiven, t.BuildsReceived)
	w.line("")
	w.line("**Per phase**")
	w.line("")
	w.line("| Phase | Contributions | Questions | Advocacy cues | Builds given |")
	w.line("| --- | ---: | ---: | ---: | ---: |")
	uncounted := false
	for _, p := range m.Phases {
		if p.Total.Contributions == 0 {
			continue
		}
		cues := fmt.Sprint(p.Total.Cues)
		if !p.CuesCounted {
			cues, uncounted = "–", true
		}
		w.line("| %s | %d | %d | %s | %d |", md(p.Title), p.Total.Contributions, p.Total.Questions, cues, p.Total.BuildsGiven)
	}
	w.line("| All | %d | %d | %d | %d |", t.Contributions, t.Questions, t.Cues, t.BuildsGiven)
	if uncounted {
		w.line("")
		w.line("–: this phase does not count advocacy cues; the script says which phases do.")
	}
}
