package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/content"
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
	area
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

// summaryPlace is where a kind's section stands in the summary's
// document, in the order it is read: the result first, then how the trio
// got there. Within a place, sections follow the order of content.Kinds.
type summaryPlace int

const (
	placeResult summaryPlace = iota // the team's point of view
	placeGoal                       // the goal everyone shares
	placeRounds                     // how the trio got there, phase by phase
)

// summarySection is one section of the summary's document that a kind
// writes.
type summarySection struct {
	place summaryPlace
	write func(w *summaryWriter, doc session.Document)
}

// summaryDocument draws the whole result for a terminal width: the team
// point of view first, then how the trio got there, then what the app
// noticed.
func summaryDocument(st *Styles, doc session.Document, width int) string {
	w := &summaryWriter{st: st, width: max(20, width), people: map[string]session.PersonDoc{}}
	for _, p := range doc.People {
		w.people[p.Name] = p
	}
	w.wrapped(st.Title, "", doc.Question)
	w.wrapped(st.Muted, "", fmt.Sprintf("Room %s · %s · phase %d of %d, %s · last change %s",
		doc.Code, doc.Script.Title, doc.Phase.Index, doc.Phase.Of, doc.Phase.Title,
		doc.UpdatedAt.UTC().Format("2 Jan 2006 15:04 UTC")))

	w.sections(placeResult, doc)
	w.sections(placeGoal, doc)

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
		for _, k := range content.Kinds {
			if person := kinds[k].person; person != nil {
				if said := person(p); said != "" {
					about = append(about, said)
				}
			}
		}
		w.item(w.name(p.Name)+"  ", st.Muted, strings.Join(about, " · "))
	}

	w.sections(placeRounds, doc)

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

// sections writes the kinds' sections at a place, in the kinds' order.
func (w *summaryWriter) sections(at summaryPlace, doc session.Document) {
	for _, k := range content.Kinds {
		for _, s := range kinds[k].summary {
			if s.place == at {
				s.write(w, doc)
			}
		}
	}
}

// card draws what the kinds added under a revealed card, in their order.
func (w *summaryWriter) card(p session.PerspectiveDoc) {
	for _, k := range content.Kinds {
		if card := kinds[k].card; card != nil {
			card(w, p)
		}
	}
}

// summaryWriter collects the document's lines, each fitted to the width.
type summaryWriter struct {
	st     *Styles
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

// saidList adds a titled list under a card, each item with who said it;
// nothing when there is none.
func (w *summaryWriter) saidList(title, mark string, items []session.Said) {
	if len(items) == 0 {
		return
	}
	w.lines = append(w.lines, "  "+w.st.Strong.Render(title))
	for _, s := range items {
		w.said("  "+mark, s, true)
	}
}

// saidSection is a section of who said what, under a line that says what
// it was; nothing at all when nobody said anything.
func (w *summaryWriter) saidSection(title, lead string, items []session.Said) {
	if len(items) == 0 {
		return
	}
	w.heading(title)
	w.wrapped(w.st.Muted, "", lead)
	for _, s := range items {
		w.said("• ", s, false)
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
func summaryGlance(st *Styles, doc session.Document, width int, takeAway string) string {
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
