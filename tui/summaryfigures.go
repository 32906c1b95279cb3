package tui

import (
	"strconv"

	"trio/session"
	"trio/tui/draw"
)

// contrast draws what the contrast says, its figures a sentence each, and
// the people of each side: each "All" row is the sum of the rows above it.
func (w *summaryWriter) contrast(doc session.Document) {
	st := w.st
	c := doc.Metrics.Contrast
	if c.HasDiscussion {
		w.heading("Discussion against dialogue")
	} else {
		w.heading("The dialogue")
	}
	w.wrapped(st.Strong, "", c.Reading.Summary)
	for _, d := range c.Reading.Details {
		w.item("• ", draw.Ink{}, d)
	}
	w.blank()
	num := strconv.Itoa
	var rows [][]string
	for _, side := range c.Sides() {
		rows = append(rows, []string{side.Name, "", "", "", "", ""})
		for _, p := range side.People {
			f := p.Figures
			rows = append(rows, []string{"  " + p.Name, num(f.Contributions), num(f.Questions), num(f.Cues), num(f.BuildsGiven), p.AirtimeText()})
		}
		f := side.Figures
		rows = append(rows, []string{"  All", num(f.Contributions), num(f.Questions), num(f.Cues), num(f.BuildsGiven), num(side.SpreadPoints()) + " apart"})
	}
	w.table([]string{"", "Contributions", "Questions", "Advocacy cues", "Builds given", "Airtime"},
		[]string{"", "Said", "Asked", "Cues", "Built", "Airtime"}, rows)
	w.wrapped(st.Muted, "", "Airtime is each person's share of the words said on that side; beside All, the points between the most and the least heard. "+
		"The dialogue phases: "+doc.Metrics.DialoguePhases()+".")
}

// noticed draws the figures of the whole session, per person and per
// phase: both "All" rows are the same sums.
func (w *summaryWriter) noticed(doc session.Document) {
	st := w.st
	m := doc.Metrics
	w.heading("What the app noticed")
	if left := doc.LeftOut(); left != "" {
		w.wrapped(st.Muted, "", left)
	}
	num := strconv.Itoa
	var rows [][]string
	for _, p := range m.People {
		f := p.Figures
		rows = append(rows, []string{p.Name, num(f.Contributions), p.AirtimeText(),
			num(f.Questions), num(f.Cues), num(f.BuildsGiven), num(f.BuildsReceived)})
	}
	t := m.Total
	rows = append(rows, []string{"All", num(t.Contributions), "", num(t.Questions), num(t.Cues), num(t.BuildsGiven), num(t.BuildsReceived)})
	w.table([]string{"Person", "Contributions", "Airtime", "Questions", "Advocacy cues", "Builds given", "Builds received"},
		[]string{"Person", "Said", "Airtime", "Asked", "Cues", "Built", "Built on"}, rows)
	w.blank()
	rows = nil
	uncounted := false
	for _, p := range m.Phases {
		if p.Total.Contributions == 0 {
			continue
		}
		cues := num(p.Total.Cues)
		if !p.CuesCounted {
			cues, uncounted = "–", true
		}
		rows = append(rows, []string{p.Title, num(p.Total.Contributions), num(p.Total.Questions), cues, num(p.Total.BuildsGiven)})
	}
	rows = append(rows, []string{"All", num(t.Contributions), num(t.Questions), num(t.Cues), num(t.BuildsGiven)})
	w.table([]string{"Phase", "Contributions", "Questions", "Advocacy cues", "Builds given"},
		[]string{"Phase", "Said", "Asked", "Cues", "Built"}, rows)
	if uncounted {
		w.wrapped(st.Muted, "", "–: this phase does not count advocacy cues; the script says which phases do.")
	}
	if w.short {
		w.wrapped(st.Muted, "", "Said: contributions · Asked: questions · Cues: advocacy cues · Built: yes-ands given · Built on: yes-ands received.")
	}
}
