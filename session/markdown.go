package session

import (
	"fmt"
	"strings"
)

// ExportMarkdown writes a room's result as Markdown that reads well as it
// is, in a wiki or a pull request.
func ExportMarkdown(v View) []byte {
	doc := Export(v)
	var w mdWriter
	w.line("# %s", md(doc.Question))
	w.line("")
	archived := ""
	if !doc.ArchivedAt.IsZero() {
		archived = " · archived " + stamp(doc.ArchivedAt)
	}
	w.line("Room %s · %s · phase %d of %d (%s) · last change %s%s", doc.Code, md(doc.Script.Title),
		doc.Phase.Index, doc.Phase.Of, md(doc.Phase.Title), stamp(doc.UpdatedAt), archived)

	w.section("Team point of view")
	if pov := doc.PointOfView; pov != nil {
		w.quote(pov.Sentence())
		w.line("")
		w.line("Version %d, by %s. %s", pov.Version, md(pov.By), md(doc.ConsentOn(pov.Version)))
	} else {
		w.line("Not drafted yet.")
	}

	w.section("Shared goal")
	if doc.SharedGoal != "" {
		w.line("%s", md(doc.SharedGoal))
	} else {
		w.line("Not written yet.")
	}
	if len(doc.Goals) > 1 {
		w.line("")
		w.line("How it was worded along the way:")
		w.line("")
		for _, g := range doc.Goals {
			w.item("%s (%s)", md(g.Text), md(g.By))
		}
	}

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

	if len(doc.Discussion) > 0 {
		w.section("The discussion round")
		w.line("Each person argued for their view, on purpose, the usual way.")
		w.line("")
		for _, s := range doc.Discussion {
			w.item("%s: %s", md(s.By), md(s.Text))
		}
	}

	w.section("Perspectives")
	if len(doc.Perspectives) == 0 {
		w.line("No card has been revealed yet.")
	}
	if doc.HiddenCards > 0 {
		if doc.HiddenCards == 1 {
			w.line("1 card is not revealed yet, so not shown here.")
		} else {
			w.line("%d cards are not revealed yet, so not shown here.", doc.HiddenCards)
		}
	}
	for _, p := range doc.Perspectives {
		w.line("")
		if p.Role != "" {
			w.line("### %s (%s)", md(p.By), md(p.Role))
		} else {
			w.line("### %s", md(p.By))
		}
		w.line("")
		for _, f := range p.Fields {
			w.item("**%s:** %s", md(f.Label), md(f.Text))
		}
		for _, a := range p.Additions {
			w.item("**Added while speaking:** %s", md(a.Text))
		}
		w.list("What others heard", p.Heard, true)
		if len(p.Questions) > 0 {
			w.line("")
			w.line("**Questions**")
			w.line("")
			for _, q := range p.Questions {
				w.item("%s asked: %s", md(q.By), md(q.Text))
				for _, a := range q.Answers {
					w.line("  - %s: %s", md(a.By), mdIndented(a.Text, "    "))
				}
			}
		}
		if len(p.Builds) > 0 {
			w.line("")
			w.line("**Yes, and**")
			w.line("")
			for _, b := range p.Builds {
				w.item("%s: %s", md(b.By), md(b.Sentence()))
			}
		}
		w.list("Pros", p.Pros, true)
		w.list("Cons", p.Cons, true)
	}

	if len(doc.Ladder) > 0 {
		w.section("One level higher")
		w.line("Why does that matter? Each step climbs towards the goal the views share.")
		w.line("")
		for _, s := range doc.Ladder {
			if s.From != "" {
				w.item("%s (from %s's view): %s", md(s.By), md(s.From), md(s.Text))
			} else {
				w.item("%s: %s", md(s.By), md(s.Text))
			}
		}
	}

	if len(doc.Drafts) > 1 {
		w.section("How the point of view grew")
		for _, d := range doc.Drafts {
			note := ""
			if d.Amends > 0 {
				note = fmt.Sprintf(", answering round %d", d.Amends)
			}
			w.item("Version %d by %s%s: %s", d.Version, md(d.By), note, md(d.Sentence()))
		}
	}

	if len(doc.Consent) > 0 {
		w.section("Consent")
		for _, round := range doc.Consent {
			w.line("")
			w.line("**Round %d** on version %d (consent at %d or more out of 5)", round.Round, round.Version, round.Threshold)
			w.line("")
			if round.Open {
				w.line("Open: %d of %d have voted. The votes are shown when everyone has voted.", round.Voted, round.Voters)
				continue
			}
			for _, v := range round.Votes {
				if v.Concern != "" {
					w.item("%s: %d. Would make it work: %s", md(v.By), v.Score, md(v.Concern))
				} else {
					w.item("%s: %d", md(v.By), v.Score)
				}
			}
			w.line("")
			switch {
			case round.Consented:
				w.line("Consent reached.")
			case round.ClosedEarly:
				w.line("Closed early: %s, so this round is not consent.", md(round.DidNotVote()))
			default:
				w.line("No consent yet.")
			}
		}
	}

	if len(doc.Reflections) > 0 {
		w.section("Reflections")
		w.line("What shifted for each of us:")
		w.line("")
		for _, s := range doc.Reflections {
			w.item("%s: %s", md(s.By), md(s.Text))
		}
	}

	w.contrast(doc)
	w.noticed(doc)

	w.section("Timeline")
	for _, m := range doc.Timeline {
		w.item("%s %s", clock(m.At), md(m.Text))
	}
	return []byte(w.String())
}

type mdWriter struct{ strings.Builder }

func (w *mdWriter) line(format string, args ...any) {
	if format == "" && (w.Len() == 0 || strings.HasSuffix(w.String(), "\n\n")) {
		return // one blank line between blocks is enough
	}
	fmt.Fprintf(&w.Builder, format, args...)
	w.WriteByte('\n')
}

func (w *mdWriter) section(title string) {
	w.line("")
	w.line("## %s", title)
	w.line("")
}

func (w *mdWriter) item(format string, args ...any) {
	w.line("- "+format, args...)
}

func (w *mdWriter) quote(text string) {
	for _, l := range strings.Split(md(text), "\n") {
		w.line("> %s", l)
	}
}

func (w *mdWriter) list(title string, items []Said, withAuthor bool) {
	if len(items) == 0 {
		return
	}
	w.line("")
	w.line("**%s**", title)
	w.line("")
	for _, s := range items {
		if withAuthor {
			w.item("%s (%s)", md(s.Text), md(s.By))
		} else {
			w.item("%s", md(s.Text))
		}
	}
}

// md escapes a person's text so Markdown shows it as they wrote it: no
// headings, links, HTML or tables out of their words. Lines after the first
// are indented to stay inside a list item.
func md(s string) string { return mdIndented(s, "  ") }

var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `&lt;`, `>`, `&gt;`, `|`, `\|`, `#`, `\#`,
)

func mdIndented(s, indent string) string {
	lines := strings.Split(mdEscaper.Replace(s), "\n")
	for i := 1; i < len(lines); i++ {
		lines[i] = indent + lines[i]
	}
	return strings.Join(lines, "\n")
}
