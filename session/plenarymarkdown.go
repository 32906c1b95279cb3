package session

import (
	"fmt"
	"strings"

	"trio/content/prose"
)

// ExportWorkshopMarkdown writes the plenary as Markdown for a projector or
// a wiki: the trios' points of view side by side, then their discussion
// beside their dialogue, then each trio's people and result.
func ExportWorkshopMarkdown(w Workshop, rooms []Room) []byte {
	doc := ExportWorkshop(w, rooms)
	var m mdWriter
	m.line("# %s", md(doc.Title))
	m.line("")
	m.line("Workshop %s · coached by %s · %s · %s · last change %s", doc.Code, md(doc.Coach), md(doc.Script.Title),
		prose.PluralOne(len(doc.Trios), "trio"), stamp(doc.UpdatedAt))

	m.section("Points of view, side by side")
	m.line("| Table | Question | Shared goal | Team point of view | Consent |")
	m.line("| ---: | --- | --- | --- | --- |")
	for _, t := range doc.Trios {
		m.line("| %d | %s | %s | %s | %s |", t.Table, cell(t.Room.Question), cell(orDash(t.Room.SharedGoal)),
			cell(orDash(t.PointOfView)), cell(t.Consent))
	}

	m.section("Discussion against dialogue, side by side")
	m.line("| Table | Side | Contributions | Questions | Advocacy cues | Airtime apart |")
	m.line("| ---: | --- | ---: | ---: | ---: | ---: |")
	for _, t := range doc.Trios {
		for _, side := range t.Room.Metrics.Contrast.Sides() {
			f, apart := side.Figures, "–"
			if f.Words > 0 {
				apart = points(side.SpreadPoints())
			}
			m.line("| %d | %s | %d | %d | %d | %s |", t.Table, side.Name, f.Contributions, f.Questions, f.Cues, apart)
		}
	}
	m.line("")
	for _, t := range doc.Trios {
		m.item("Table %d: %s", t.Table, md(t.Room.Metrics.Contrast.Reading.Summary))
	}

	for _, t := range doc.Trios {
		m.trio(t)
	}

	if len(doc.Broadcasts) > 0 {
		m.section("What the coach told every room")
		for _, b := range doc.Broadcasts {
			m.item("%s UTC %s", clock(b.At), md(b.Text))
		}
	}
	return []byte(m.String())
}

// trio writes one trio's section: where it got to, who took part, and its
// point of view whole.
func (m *mdWriter) trio(t TrioDoc) {
	r := t.Room
	m.section(fmt.Sprintf("Table %d: %s", t.Table, md(r.Question)))
	m.line("Room %s · phase %d of %d (%s)", r.Code, r.Phase.Index, r.Phase.Of, md(r.Phase.Title))
	m.line("")
	var people []string
	for _, p := range r.People {
		if p.Observer {
			continue
		}
		var about []string
		if p.Role != "" {
			about = append(about, md(p.Role))
		}
		if p.Facilitator {
			about = append(about, "facilitating")
		}
		who := md(p.Name)
		if len(about) > 0 {
			who += " (" + strings.Join(about, ", ") + ")"
		}
		people = append(people, who)
	}
	if len(people) == 0 {
		m.line("Nobody joined this table.")
		return
	}
	m.line("People: %s.", strings.Join(people, "; "))
	m.line("")
	if r.PointOfView == nil {
		m.line("No point of view drafted yet.")
		return
	}
	m.quote(t.PointOfView)
	m.line("")
	m.line("Version %d, by %s. %s", r.PointOfView.Version, md(r.PointOfView.By), md(t.Consent))
}

// cell is a person's text inside a table cell: escaped, on one line.
func cell(s string) string { return strings.ReplaceAll(md(s), "\n  ", " ") }

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}
