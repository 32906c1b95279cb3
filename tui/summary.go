package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/session"
	"trio/tui/draw"
)

// summaryScreen is the whole result of a room, as anyone may see it: the
// public projection, the same the command line exports. It is drawn from
// session.Export's document with Lip Gloss, so it fits the terminal, and
// it writes the Markdown and JSON files from the same projection. Over SSH
// it writes nothing on the server: it tells the command that brings the
// export to the person's own machine.
type summaryScreen struct {
	sh   *Shared
	code string
	room session.Room
	doc  session.Document
	vp   viewport.Model
	// document is the result drawn for the viewport, kept while the room,
	// the width and the colours stay the same.
	document draw.Kept[documentAt, string]
	shown    string // the document the viewport holds
	notice   string
	alarm    bool   // the notice is a failure
	wrote    string // the file last written, shown whole
	again    bool   // it was there before and is now replaced
}

func newSummaryScreen(sh *Shared, code string) *summaryScreen {
	s := &summaryScreen{sh: sh, code: code, vp: viewport.New()}
	s.reload()
	return s
}

func (s *summaryScreen) typing() bool { return false }

// reload reads the newest snapshot and projects it for nobody in particular.
func (s *summaryScreen) reload() {
	room, err := s.sh.Hub.Room(s.code)
	if err != nil {
		s.notice, s.alarm = err.Error(), true
		return
	}
	s.room = room
	s.doc = session.Export(session.ViewFor(room, session.Nobody))
}

func (s *summaryScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case roomChangedMsg:
		if session.NormalizeCode(msg.code) == session.NormalizeCode(s.code) {
			s.reload()
		}
	case tea.KeyPressMsg:
		return s.key(msg)
	}
	return nil
}

// summaryDocument draws the whole result for a terminal width: the team
// point of view first, then how the trio got there, then what the app
// noticed.
func summaryDocument(st Styles, doc session.Document, width int) string {
	w := &summaryWriter{st: st, width: max(20, width), people: map[string]session.PersonDoc{}}
	for _, p := range doc.People {
		w.people[p.Name] = p
	}
	w.wrapped(st.Title, "", doc.Question)
	w.wrapped(st.Muted, "", fmt.Sprintf("Room %s · %s · phase %d of %d, %s · last change %s",
		doc.Code, doc.Script.Title, doc.Phase.Index, doc.Phase.Of, doc.Phase.Title,
		doc.UpdatedAt.UTC().Format("2 Jan 2006 15:04 UTC")))

	w.heading("Team point of view")
	if pov := doc.PointOfView; pov != nil {
		w.pointOfView(*pov)
		w.wrapped(st.Muted, "", fmt.Sprintf("Version %d, by %s. %s", pov.Version, pov.By, doc.ConsentOn(pov.Version)))
	} else {
		w.wrapped(st.Muted, "", "Not drafted yet: the trio writes it together in Team point of view.")
	}

	w.heading("Shared goal")
	if doc.SharedGoal != "" {
		w.wrapped(st.Strong, "", doc.SharedGoal)
	} else {
		w.wrapped(st.Muted, "", "Not written yet.")
	}
	if len(doc.Goals) > 1 {
		w.blank()
		w.wrapped(st.Muted, "", "How it was worded along the way:")
		for _, g := range doc.Goals {
			w.said("• ", g, true)
		}
	}

	w.heading("People")
	for _, p := range doc.People {
		var about []string
		if p.Role != "" {
			about = append(about, p.Role)
		}
		if p.Observer {
			about = append(about, "observer")
		}
		if p.Facilitator {
			about = append(about, "facilitates")
		}
		if p.CheckIn != "" {
			about = append(about, "checked in with “"+p.CheckIn+"”")
		}
		w.item(w.name(p.Name)+"  ", st.Muted, strings.Join(about, " · "))
	}

	if len(doc.Discussion) > 0 {
		w.heading("The discussion round")
		w.wrapped(st.Muted, "", "Each person argued for their view, on purpose, the usual way.")
		for _, s := range doc.Discussion {
			w.said("• ", s, false)
		}
	}

	w.heading("Perspectives")
	if len(doc.Perspectives) == 0 {
		w.wrapped(st.Muted, "", "No card has been revealed yet.")
	}
	switch doc.HiddenCards {
	case 0:
	case 1:
		w.wrapped(st.Muted, "", "1 card is not revealed yet, so it is not shown here.")
	default:
		w.wrapped(st.Muted, "", fmt.Sprintf("%d cards are not revealed yet, so they are not shown here.", doc.HiddenCards))
	}
	for _, p := range doc.Perspectives {
		w.perspective(p)
	}

	if len(doc.Ladder) > 0 {
		w.heading("One level higher")
		w.wrapped(st.Muted, "", "Why does that matter? Each step climbs towards the goal the views share.")
		for _, step := range doc.Ladder {
			prefix := "• " + w.name(step.By)
			if step.From != "" {
				prefix += st.Muted.Render(" from " + step.From + "’s view")
			}
			w.item(prefix+": ", draw.Ink{}, step.Text)
		}
	}

	if len(doc.Drafts) > 1 {
		w.heading("How the point of view grew")
		for _, d := range doc.Drafts {
			note := ""
			if d.Amends > 0 {
				note = fmt.Sprintf(", answering round %d", d.Amends)
			}
			w.item(fmt.Sprintf("• Version %d by %s%s: ", d.Version, w.name(d.By), note), draw.Ink{}, d.Sentence())
		}
	}

	if len(doc.Consent) > 0 {
		w.heading("Consent")
		for i, round := range doc.Consent {
			if i > 0 {
				w.blank()
			}
			w.consent(round)
		}
	}

	if len(doc.Reflections) > 0 {
		w.heading("Reflections")
		w.wrapped(st.Muted, "", "What shifted for each of us:")
		for _, s := range doc.Reflections {
			w.said("• ", s, false)
		}
	}

	w.contrast(doc)
	w.noticed(doc)

	if len(doc.Timeline) > 0 {
		w.heading("Timeline")
		for _, m := range doc.Timeline {
			w.item(st.Muted.Render(m.At.UTC().Format("15:04"))+"  ", draw.Ink{}, m.Text)
		}
	}
	return strings.Join(w.lines, "\n")
}

// summaryWriter collects the document's lines, each fitted to the width.
type summaryWriter struct {
	st     Styles
	width  int
	lines  []string
	people map[string]session.PersonDoc
	short  bool // a table used its short headers
}

func (w *summaryWriter) blank() {
	if n := len(w.lines); n > 0 && w.lines[n-1] != "" {
		w.lines = append(w.lines, "")
	}
}

// heading starts a section: a blank line, then its title on a rule.
func (w *summaryWriter) heading(title string) {
	w.blank()
	head := "── " + title + " "
	w.lines = append(w.lines, w.st.Label.Render(head)+w.st.Rule.Render(strings.Repeat("─", max(0, w.width-lipgloss.Width(head)))))
}

// name is a person's name in their role's colour; the role is written
// beside it elsewhere.
func (w *summaryWriter) name(name string) string {
	p, ok := w.people[name]
	if !ok {
		return w.st.Strong.Render(name)
	}
	return w.st.Role(p.Role, p.Observer).Render(name)
}

// wrapped adds a text wrapped to the width, each line styled.
func (w *summaryWriter) wrapped(style draw.Ink, indent, text string) {
	for _, l := range strings.Split(ansi.Wrap(text, max(10, w.width-len(indent)), ""), "\n") {
		w.lines = append(w.lines, indent+style.Render(l))
	}
}

// item adds a prefix (already styled) and a text wrapped under it, the
// lines after the first indented to where the text starts.
func (w *summaryWriter) item(prefix string, style draw.Ink, text string) {
	pw := lipgloss.Width(prefix)
	if pw > w.width/2 {
		// A prefix this long (two long names) wraps on lines of its own.
		w.lines = append(w.lines, draw.Wrap(prefix, w.width)...)
		w.wrapped(style, "    ", text)
		return
	}
	indent := strings.Repeat(" ", pw)
	for i, l := range strings.Split(ansi.Wrap(text, max(10, w.width-pw), ""), "\n") {
		if i == 0 {
			w.lines = append(w.lines, prefix+style.Render(l))
		} else {
			w.lines = append(w.lines, indent+style.Render(l))
		}
	}
}

// said adds what someone said: "• Maya: text", or "• text (Maya)" when the
// text comes first.
func (w *summaryWriter) said(mark string, s session.Said, byAfter bool) {
	if byAfter {
		w.item(mark, draw.Ink{}, s.Text+" ("+s.By+")")
		return
	}
	w.item(mark+w.name(s.By)+": ", draw.Ink{}, s.Text)
}

// pointOfView draws the latest draft in a box, clause by clause.
func (w *summaryWriter) pointOfView(d session.DraftDoc) {
	inner := w.width - 4 // border and padding
	labelW := 12
	var lines []string
	clause := func(label, text string) {
		if strings.TrimSpace(text) == "" {
			return
		}
		for i, l := range strings.Split(ansi.Wrap(text, max(10, inner-labelW), ""), "\n") {
			head := strings.Repeat(" ", labelW)
			if i == 0 {
				head = w.st.Label.Render(label) + strings.Repeat(" ", labelW-lipgloss.Width(label))
			}
			lines = append(lines, head+w.st.Strong.Render(l))
		}
	}
	clause("Given", strings.TrimSpace(d.Given))
	clause("We believe", d.Believe)
	clause("Because", d.Because)
	clause("Wrong if", d.WrongIf)
	box := w.st.CardFocus.Width(w.width).Render(strings.Join(lines, "\n"))
	w.lines = append(w.lines, strings.Split(box, "\n")...)
}

// perspective draws one revealed card and everything said about it.
func (w *summaryWriter) perspective(p session.PerspectiveDoc) {
	st := w.st
	w.blank()
	head := w.name(p.By)
	if p.Role != "" {
		head += st.Muted.Render(" · " + p.Role)
	}
	w.lines = append(w.lines, head)
	for _, f := range p.Fields {
		label := f.Label
		if label == "" {
			label = f.ID
		}
		w.item("  "+st.Label.Render(label+":")+" ", draw.Ink{}, f.Text)
	}
	for _, a := range p.Additions {
		w.item("  "+st.Label.Render("Added while speaking:")+" ", draw.Ink{}, a.Text)
	}
	list := func(title, mark string, items []session.Said) {
		if len(items) == 0 {
			return
		}
		w.lines = append(w.lines, "  "+st.Strong.Render(title))
		for _, s := range items {
			w.said("  "+mark, s, true)
		}
	}
	list("What others heard", "• ", p.Heard)
	if len(p.Questions) > 0 {
		w.lines = append(w.lines, "  "+st.Strong.Render("Questions"))
		for _, q := range p.Questions {
			w.item("  ? "+w.name(q.By)+" asked: ", draw.Ink{}, q.Text)
			for _, a := range q.Answers {
				w.item("    ↳ "+w.name(a.By)+": ", draw.Ink{}, a.Text)
			}
		}
	}
	if len(p.Builds) > 0 {
		w.lines = append(w.lines, "  "+st.Strong.Render("Yes, and"))
		for _, b := range p.Builds {
			w.item("  • "+w.name(b.By)+": ", draw.Ink{}, b.Sentence())
		}
	}
	list("Pros", "+ ", p.Pros)
	list("Cons", "− ", p.Cons)
}

// consent draws one round: every vote once it is closed, and the outcome.
func (w *summaryWriter) consent(r session.RoundDoc) {
	st := w.st
	w.lines = append(w.lines, st.Strong.Render(fmt.Sprintf("Round %d on version %d", r.Round, r.Version))+
		st.Muted.Render(fmt.Sprintf(" · consent at %d or more out of 5", r.Threshold)))
	if r.Open {
		w.wrapped(st.Muted, "  ", fmt.Sprintf("Open: %d of %d have voted. The votes are shown when everyone has voted.", r.Voted, r.Voters))
		return
	}
	for _, v := range r.Votes {
		prefix := "  " + w.name(v.By) + " " + st.Strong.Render(fmt.Sprintf("%d/5", v.Score))
		if v.Concern == "" {
			w.lines = append(w.lines, prefix)
			continue
		}
		w.item(prefix+st.Muted.Render(" · would make it work: "), draw.Ink{}, v.Concern)
	}
	switch {
	case r.Consented:
		w.lines = append(w.lines, "  "+st.Success.Render("✓ Consent reached."))
	case r.ClosedEarly:
		w.wrapped(st.Notice, "  ", "✗ Closed early: "+r.DidNotVote()+", so this round is not consent.")
	default:
		w.lines = append(w.lines, "  "+st.Notice.Render("✗ No consent yet."))
	}
}

// table draws rows under headers, numbers aligned right. When the long
// headers do not fit, the short ones are used.
func (w *summaryWriter) table(long, short []string, rows [][]string) {
	headers := long
	widths := summaryColumns(headers, rows)
	if summaryTotal(widths) > w.width && short != nil {
		headers, w.short = short, true
		widths = summaryColumns(headers, rows)
	}
	// The first column, names and phases, takes what the figures leave,
	// so that a long name is cut only when the width cannot hold it.
	rest := summaryTotal(widths) - widths[0]
	widths[0] = max(min(widths[0], 12), min(widths[0], w.width-rest))
	line := func(cells []string, style draw.Ink) string {
		var b strings.Builder
		for i, c := range cells {
			c = ansi.Truncate(c, widths[i], "…")
			pad := strings.Repeat(" ", widths[i]-lipgloss.Width(c))
			if i == 0 {
				b.WriteString(c + pad)
			} else {
				b.WriteString("  " + pad + c)
			}
		}
		return ansi.Truncate(style.Render(b.String()), w.width, "…")
	}
	w.lines = append(w.lines, line(headers, w.st.Label))
	for _, r := range rows {
		w.lines = append(w.lines, line(r, draw.Ink{}))
	}
}

func summaryColumns(headers []string, rows [][]string) []int {
	widths := make([]int, len(headers))
	for i, h := range headers {
		widths[i] = lipgloss.Width(h)
	}
	for _, r := range rows {
		for i, c := range r {
			if i < len(widths) {
				widths[i] = max(widths[i], lipgloss.Width(c))
			}
		}
	}
	return widths
}

func summaryTotal(widths []int) int {
	total := 0
	for _, w := range widths {
		total += w + 2
	}
	return total - 2
}

// summaryGlance is the result at a glance, beside the document on a wide
// terminal: where the room is, the vote, and the contrast the exercise is
// about.
func summaryGlance(st Styles, doc session.Document, width int, takeAway string) string {
	var lines []string
	add := func(style draw.Ink, text string) {
		for _, l := range strings.Split(ansi.Wrap(text, width, ""), "\n") {
			lines = append(lines, style.Render(l))
		}
	}
	lines = append(lines, st.Label.Render("At a glance"))
	add(draw.Ink{}, fmt.Sprintf("Phase %d of %d: %s", doc.Phase.Index, doc.Phase.Of, doc.Phase.Title))
	facilitator := ""
	trio := 0
	for _, p := range doc.People {
		if p.Facilitator {
			facilitator = p.Name
		}
		if !p.Observer {
			trio++
		}
	}
	add(st.Muted, fmt.Sprintf("%s in the trio · %s facilitates", peopleCount(trio), facilitator))
	if pov := doc.PointOfView; pov != nil {
		add(draw.Ink{}, fmt.Sprintf("Point of view, version %d. %s", pov.Version, doc.ConsentOn(pov.Version)))
	} else {
		add(st.Muted, "No point of view drafted yet.")
	}
	lines = append(lines, "")
	if c := doc.Metrics.Contrast; c.HasDiscussion {
		lines = append(lines, st.Label.Render("Discussion → dialogue"))
		add(draw.Ink{}, c.Reading.Summary)
		lines = append(lines, "")
	}
	lines = append(lines, st.Label.Render("Take it with you"))
	add(st.Muted, takeAway)
	return strings.Join(lines, "\n")
}
