package session

import (
	"fmt"
	"strings"
)

// ExportMarkdown writes a room's result as Markdown that reads well as it
// is, in a wiki or a pull request: the result first, then each kind's
// section in the order of content.Kinds, then what the app noticed and the
// timeline.
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

	for _, pk := range registeredKinds() {
		if pk.markdown != nil {
			pk.markdown(&w, doc)
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

// perspective writes one revealed card: who wrote it, then each kind's
// lines about it, in the order of content.Kinds.
func (w *mdWriter) perspective(p PerspectiveDoc) {
	w.line("")
	if p.Role != "" {
		w.line("### %s (%s)", md(p.By), md(p.Role))
	} else {
		w.line("### %s", md(p.By))
	}
	w.line("")
	for _, pk := range registeredKinds() {
		if pk.cardMarkdown != nil {
			pk.cardMarkdown(w, p)
		}
	}
}

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
