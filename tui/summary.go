package tui

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
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
	sh     *Shared
	code   string
	room   session.Room
	doc    session.Document
	vp     viewport.Model
	drawn  string // the width and styles the content was drawn for
	notice string
	alarm  bool   // the notice is a failure
	wrote  string // the file last written, shown whole
	again  bool   // it was there before and is now replaced
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
	s.drawn = ""
}

func (s *summaryScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case roomChangedMsg:
		if session.NormalizeCode(msg.code) == session.NormalizeCode(s.code) {
			s.reload()
		}
	case tea.BackgroundColorMsg:
		s.drawn = ""
	case tea.KeyPressMsg:
		return s.key(msg)
	}
	return nil
}

func (s *summaryScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	k := s.sh.Keys.Summary
	s.layout()
	scrolling := []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}
	if !key.Matches(msg, scrolling...) {
		s.notice, s.alarm, s.wrote = "", false, ""
	}
	switch {
	case matches(msg, k.Back):
		return s.sh.move(roomMsg{code: s.code})
	case !s.sh.Local && (matches(msg, k.SaveMarkdown) || matches(msg, k.SaveJSON)):
		// The server's disk is not the person's: the status line says how.
	case matches(msg, k.SaveMarkdown):
		s.write("md")
	case matches(msg, k.SaveJSON):
		s.write("json")
	case matches(msg, k.CopyView):
		return s.copyView()
	case matches(msg, k.PageUp):
		s.vp.PageUp()
	case matches(msg, k.PageDown):
		s.vp.PageDown()
	case matches(msg, k.Up):
		s.vp.ScrollUp(1)
	case matches(msg, k.Down):
		s.vp.ScrollDown(1)
	case matches(msg, k.Top):
		s.vp.GotoTop()
	case matches(msg, k.Bottom):
		s.vp.GotoBottom()
	}
	return nil
}

// exportPath is where a format's file goes: trio-K7MQ-2XPB.md.
func (s *summaryScreen) exportPath(ext string) string {
	dir := s.sh.ExportDir
	if dir == "" {
		dir = "."
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return filepath.Join(dir, "trio-"+session.FormatCode(s.room.Code)+"."+ext)
}

// exportCommand is what brings the result to the person's own machine
// over SSH.
func (s *summaryScreen) exportCommand() string {
	hint := strings.TrimSpace(s.sh.ExportHint)
	if hint == "" {
		hint = "ssh …"
	}
	return hint + " export " + session.FormatCode(s.room.Code) + " > pov.md"
}

// write writes the newest result to a file and says where, or why not.
func (s *summaryScreen) write(ext string) {
	s.reload()
	if s.alarm {
		return
	}
	view := session.ViewFor(s.room, session.Nobody)
	data := session.ExportMarkdown(view)
	if ext == "json" {
		var err error
		if data, err = session.ExportJSON(view); err != nil {
			s.notice, s.alarm = "Could not make the JSON file: "+err.Error(), true
			return
		}
	}
	path := s.exportPath(ext)
	_, err := os.Stat(path)
	again := err == nil
	if err := summaryWriteFile(path, data); err != nil {
		reason := err.Error()
		var pe *fs.PathError
		if errors.As(err, &pe) {
			reason = pe.Err.Error()
		}
		s.notice, s.alarm = fmt.Sprintf("Could not write %s: %s. Nothing was written; the result is still here.", path, reason), true
		return
	}
	s.notice, s.alarm, s.wrote, s.again = "", false, path, again
}

// summaryWriteFile replaces a file in one step, so a reader never finds
// half of it.
func summaryWriteFile(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".trio-*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// copyView puts the team point of view on the clipboard through the
// terminal (OSC 52), so it works over SSH too.
func (s *summaryScreen) copyView() tea.Cmd {
	pov := s.doc.PointOfView
	if pov == nil {
		s.notice, s.alarm = "There is no point of view to copy yet: the trio drafts it in Team point of view.", false
		return nil
	}
	s.notice, s.alarm = "Copied the team point of view to your clipboard, if your terminal allows it.", false
	return tea.SetClipboard(pov.Sentence())
}

// The layout: a title line, the document scrolling below it, and a status
// line; on a wide terminal, the result at a glance beside the document.

const summarySideWidth = 36

func (s *summaryScreen) widths() (main, side int) {
	inner := s.sh.Width - 2
	if s.sh.Width >= 120 {
		return inner - summarySideWidth - 3, summarySideWidth
	}
	return inner, 0
}

// status is the line about the last thing done, or where files go. A
// path written is shown whole, on a line of its own when it is long.
func (s *summaryScreen) status(width int) []string {
	st := s.sh.Styles
	style, text := st.Muted, "Files go to "+filepath.Dir(s.exportPath("md"))
	switch {
	case !s.sh.Local && s.notice == "":
		// The command on a line of its own, so it can be copied whole.
		lines := []string{st.Muted.Render("To keep it, run this on your own machine, with the SSH key you joined with:")}
		for _, l := range strings.Split(ansi.Hardwrap(s.exportCommand(), width, true), "\n") {
			lines = append(lines, st.Strong.Render(l))
		}
		return lines
	case s.wrote != "":
		again := ""
		if s.again {
			again = " again"
		}
		if line := "✓ Wrote " + s.wrote + again; lipgloss.Width(line) <= width {
			return []string{st.Success.Render(line)}
		}
		lines := []string{st.Success.Render("✓ Wrote")}
		path := strings.Split(ansi.Hardwrap(s.wrote, width, true), "\n")
		if last := len(path) - 1; lipgloss.Width(path[last]+again) <= width {
			path[last] += again
		} else {
			path = append(path, strings.TrimSpace(again))
		}
		for _, l := range path {
			lines = append(lines, st.Success.Render(l))
		}
		return lines
	case s.notice != "" && s.alarm:
		style, text = st.Alarm, "✗ "+s.notice
	case s.notice != "":
		style, text = st.Notice, s.notice
	}
	lines := strings.Split(ansi.Wrap(text, width, ""), "\n")
	for i := range lines {
		lines[i] = style.Render(lines[i])
	}
	return lines
}

// layout sizes the viewport and draws the document when the width or the
// room changed.
func (s *summaryScreen) layout() (main, side int, status []string) {
	main, side = s.widths()
	status = s.status(s.sh.Width - 2)
	height := max(1, s.sh.Height-1-1-len(status)) // help footer, title line
	s.vp.SetWidth(main)
	s.vp.SetHeight(height)
	key := fmt.Sprintf("%d/%v", main, s.sh.Styles.IsDark)
	if s.drawn != key {
		s.vp.SetContent(summaryDocument(s.sh.Styles, s.doc, main))
		s.drawn = key
	}
	return main, side, status
}

func (s *summaryScreen) view() string {
	st := s.sh.Styles
	_, side, status := s.layout()
	width := s.sh.Width - 2
	title := st.Title.Render("Summary & export") + st.Muted.Render("  room "+s.doc.Code)
	where := st.Muted.Render(s.position())
	gap := max(1, width-lipgloss.Width(title)-lipgloss.Width(where))
	body := s.vp.View()
	if side > 0 {
		body = lipgloss.JoinHorizontal(lipgloss.Top, body, "   ",
			lipgloss.NewStyle().Width(side).MaxWidth(side).Render(summaryGlance(st, s.doc, side, s.takeAway())))
	}
	out := title + strings.Repeat(" ", gap) + where + "\n" + body + "\n" + strings.Join(status, "\n")
	return lipgloss.NewStyle().PaddingLeft(1).Render(out)
}

// position says where in the document the view is, in words.
func (s *summaryScreen) position() string {
	switch {
	case s.vp.TotalLineCount() <= s.vp.Height():
		return "all of it"
	case s.vp.AtTop():
		return "top · ↓ for more"
	case s.vp.AtBottom():
		return "the end"
	}
	return strconv.Itoa(int(s.vp.ScrollPercent()*100)) + "% down"
}

// takeAway says how to take the result along.
func (s *summaryScreen) takeAway() string {
	if !s.sh.Local {
		return "The command below brings the whole result to your own machine; c copies the point of view."
	}
	return "m writes a Markdown file, J a JSON file; c copies the point of view."
}

func (s *summaryScreen) help() bindingsHelp {
	k := s.sh.Keys.Summary
	edges := relabel(k.Top, "top/bottom")
	edges.SetHelp("home/end", "top/bottom")
	scroll := []key.Binding{k.Down, k.Up, k.PageDown, k.PageUp, edges}
	if !s.sh.Local {
		short := fittedHelp(s.sh.Width, []key.Binding{k.CopyView, k.Back, k.Scroll}, s.sh.Keys.List.Help)
		return bindingsHelp{short: short, full: [][]key.Binding{{k.CopyView}, scroll, {k.Back, s.sh.Keys.Quit}}}
	}
	short := fittedHelp(s.sh.Width, []key.Binding{k.SaveMarkdown, k.SaveJSON, k.CopyView, k.Back, k.Scroll}, s.sh.Keys.List.Help)
	full := [][]key.Binding{
		{k.SaveMarkdown, k.SaveJSON, k.CopyView},
		scroll,
		{k.Back, s.sh.Keys.Quit},
	}
	return bindingsHelp{short: short, full: full}
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
