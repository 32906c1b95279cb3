package tui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/content"
	"trio/content/prose"
	"trio/session"
	"trio/tui/draw"
)

// setupScreen sets up a new workshop: the question, a first shared goal,
// the script, the people and an optional coach. On a terminal of one's own
// the people are only the person setting up, who facilitates; the others
// join with the room's code. The hub decides whether the room opens; the
// screen only says early, beside each field, what it would refuse, with
// the session's own rules and words.
type setupScreen struct {
	sh       *Shared
	question textinput.Model
	goal     textinput.Model
	coach    textinput.Model
	people   []setupPerson
	script   int // index into sh.Scripts
	at       setupStop
	tried    bool   // Start was pressed: what is missing is marked too
	refusal  string // why the hub would not open the room
	notice   string // about the last key, such as the room being full
	first    int    // the first person on screen when the list scrolls
}

// setupPerson is one row of people: a name and a role.
type setupPerson struct{ name, role textinput.Model }

// setupSpot is a kind of place on the form.
type setupSpot int

const (
	spotQuestion setupSpot = iota
	spotGoal
	spotScript
	spotName
	spotRole
	spotAdd
	spotCoach
	spotStart
)

// setupStop is one place the keyboard can be: a field, the script, a button.
type setupStop struct {
	spot   setupSpot
	person int // which row, for a name or a role
}

// The roles a workshop starts with: a product trio.
var setupRoles = []string{"Product", "Design", "Engineering"}

func newSetupScreen(sh *Shared) *setupScreen {
	s := &setupScreen{
		sh:       sh,
		question: lineInput("What do you need to decide together?", session.MaxLineRunes),
		goal:     lineInput("What you all want, whatever you decide", session.MaxLineRunes),
		coach:    lineInput("Name", session.MaxNameRunes),
	}
	if sh.Local {
		for _, role := range setupRoles {
			s.people = append(s.people, newSetupPerson(role))
		}
	} else {
		me := newSetupPerson("")
		me.name.SetValue(sh.UserName)
		me.role.Placeholder = "Role: ←/→ to choose"
		s.people = append(s.people, me)
	}
	s.restyle()
	return s
}

func newSetupPerson(role string) setupPerson {
	p := setupPerson{name: lineInput("Name", session.MaxNameRunes), role: lineInput("Role", session.MaxRoleRunes)}
	p.role.SetValue(role)
	return p
}

func (s *setupScreen) init() tea.Cmd { return s.goTo(setupStop{spot: spotQuestion}) }

func (s *setupScreen) restyle() {
	st := s.sh.Styles.lineStyles()
	for _, in := range s.inputs() {
		in.SetStyles(st)
	}
}

// inputs are every text field of the form.
func (s *setupScreen) inputs() []*textinput.Model {
	all := []*textinput.Model{&s.question, &s.goal, &s.coach}
	for i := range s.people {
		all = append(all, &s.people[i].name, &s.people[i].role)
	}
	return all
}

// stops are the places the keyboard visits, top to bottom.
func (s *setupScreen) stops() []setupStop {
	stops := []setupStop{{spot: spotQuestion}, {spot: spotGoal}, {spot: spotScript}}
	for i := range s.people {
		stops = append(stops, setupStop{spot: spotName, person: i}, setupStop{spot: spotRole, person: i})
	}
	if !s.sh.Local {
		return append(stops, setupStop{spot: spotStart})
	}
	return append(stops, setupStop{spot: spotAdd}, setupStop{spot: spotCoach}, setupStop{spot: spotStart})
}

// input is the text field at a stop, or nil for the script and the buttons.
func (s *setupScreen) input(at setupStop) *textinput.Model {
	switch at.spot {
	case spotQuestion:
		return &s.question
	case spotGoal:
		return &s.goal
	case spotCoach:
		return &s.coach
	case spotName:
		return &s.people[at.person].name
	case spotRole:
		return &s.people[at.person].role
	}
	return nil
}

func (s *setupScreen) typing() bool { return s.input(s.at) != nil }

// goTo moves the keyboard to a stop.
func (s *setupScreen) goTo(at setupStop) tea.Cmd {
	if in := s.input(s.at); in != nil {
		leaveLine(in)
	}
	s.at = at
	if in := s.input(at); in != nil {
		return enterLine(in)
	}
	return nil
}

// step moves to the stop before or after, round the form as tab does.
func (s *setupScreen) step(delta int) tea.Cmd {
	stops := s.stops()
	for i, at := range stops {
		if at == s.at {
			return s.goTo(stops[(i+delta+len(stops))%len(stops)])
		}
	}
	return s.goTo(stops[0])
}

// vertical moves up or down: in the people, to the same column of the
// next row; elsewhere, to the field above or below.
func (s *setupScreen) vertical(delta int) tea.Cmd {
	switch at := s.at; {
	case at.spot == spotName || at.spot == spotRole:
		next := at.person + delta
		switch {
		case next < 0:
			return s.goTo(setupStop{spot: spotScript})
		case next >= len(s.people) && !s.sh.Local:
			return s.goTo(setupStop{spot: spotStart})
		case next >= len(s.people):
			return s.goTo(setupStop{spot: spotAdd})
		}
		return s.goTo(setupStop{spot: at.spot, person: next})
	case at.spot == spotAdd && delta < 0:
		return s.goTo(setupStop{spot: spotName, person: len(s.people) - 1})
	case at.spot == spotQuestion && delta < 0, at.spot == spotStart && delta > 0:
		return nil
	}
	return s.step(delta)
}

func (s *setupScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return s.key(msg)
	case tea.PasteMsg:
		return s.edit(msg)
	}
	if in := s.input(s.at); in != nil {
		var cmd tea.Cmd
		*in, cmd = in.Update(msg)
		return cmd
	}
	return nil
}

func (s *setupScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	k := s.sh.Keys.Form
	s.notice = ""
	switch {
	case matches(msg, k.Back):
		return s.sh.move(backHomeMsg{})
	case matches(msg, k.Next):
		return s.step(1)
	case matches(msg, k.Prev):
		return s.step(-1)
	case matches(msg, k.Down):
		return s.vertical(1)
	case matches(msg, k.Up):
		return s.vertical(-1)
	case matches(msg, k.RemovePerson):
		if s.sh.Local && (s.at.spot == spotName || s.at.spot == spotRole) {
			return s.remove(s.at.person)
		}
		return nil
	case matches(msg, k.Enter):
		switch s.at.spot {
		case spotAdd:
			return s.add()
		case spotStart:
			return s.start()
		}
		return s.step(1)
	}
	if s.at.spot == spotScript && len(s.sh.Scripts) > 0 {
		if matches(msg, k.Choose) {
			step := 1
			if matches(msg, k.ChooseBack) {
				step = -1
			}
			s.script = (s.script + step + len(s.sh.Scripts)) % len(s.sh.Scripts)
		}
		return nil
	}
	if !s.sh.Local && s.at.spot == spotRole && matches(msg, k.Choose) && joinPickRole(&s.people[s.at.person].role, msg, k.ChooseBack) {
		s.refusal = ""
		return nil
	}
	return s.edit(msg)
}

// edit hands a key or a paste to the field that has the keyboard. A change
// makes an old refusal stale, so it goes.
func (s *setupScreen) edit(msg tea.Msg) tea.Cmd {
	in := s.input(s.at)
	if in == nil {
		return nil
	}
	before := in.Value()
	var cmd tea.Cmd
	*in, cmd = in.Update(msg)
	if in.Value() != before {
		s.refusal = ""
	}
	return cmd
}

// seats is how many people a room still has room for, the coach counted.
func (s *setupScreen) seats() int {
	taken := len(s.people)
	if s.hasCoach() {
		taken++
	}
	return session.MaxParticipants - taken
}

func (s *setupScreen) hasCoach() bool { return strings.TrimSpace(s.coach.Value()) != "" }

func (s *setupScreen) add() tea.Cmd {
	if s.seats() <= 0 {
		s.notice = fmt.Sprintf("A room holds at most %d people, the coach included.", session.MaxParticipants)
		return nil
	}
	p := newSetupPerson("")
	p.name.SetStyles(s.question.Styles())
	p.role.SetStyles(s.question.Styles())
	s.people = append(s.people, p)
	return s.goTo(setupStop{spot: spotName, person: len(s.people) - 1})
}

func (s *setupScreen) remove(i int) tea.Cmd {
	if len(s.people) <= 1 {
		s.notice = "A workshop needs at least one person."
		return nil
	}
	s.people[i].name.Blur()
	s.people[i].role.Blur()
	s.people = append(s.people[:i:i], s.people[i+1:]...)
	s.at = setupStop{spot: s.at.spot, person: min(i, len(s.people)-1)}
	return s.goTo(s.at)
}

// setupProblems are what the room would refuse, by the field they are
// about, and about the list of people as a whole.
type setupProblems struct {
	at     map[setupStop]string
	people string
}

func (p setupProblems) any() bool { return len(p.at) > 0 || p.people != "" }

// check finds what the room would refuse. What is typed is checked as it
// is typed; what is missing only once Start was pressed.
func (s *setupScreen) check() setupProblems {
	p := setupProblems{at: map[setupStop]string{}}
	clean := func(at setupStop, rule session.TextRule, what, text string) {
		if strings.TrimSpace(text) == "" {
			return
		}
		rule.What = what
		if _, _, err := rule.Clean(text); err != nil {
			p.at[at] = err.Error()
		}
	}
	question := setupStop{spot: spotQuestion}
	if strings.TrimSpace(s.question.Value()) == "" && s.tried {
		p.at[question] = "Write the question you will work on together, in one line."
	}
	clean(question, session.LineRule, "The question", s.question.Value())
	clean(setupStop{spot: spotGoal}, session.LineRule, "The shared goal", s.goal.Value())

	seen := map[string]string{} // name key → the name first typed with it
	name := func(at setupStop, text string) {
		if strings.TrimSpace(text) == "" {
			return
		}
		clean(at, session.NameRule, "A name", text)
		if _, bad := p.at[at]; bad {
			return
		}
		key := session.NameKey(text)
		if other, ok := seen[key]; ok {
			p.at[at] = fmt.Sprintf("“%s” and “%s” look the same: give each person a name of their own.",
				strings.TrimSpace(other), strings.TrimSpace(text))
			return
		}
		seen[key] = text
	}
	for i, person := range s.people {
		at := setupStop{spot: spotName, person: i}
		switch {
		case strings.TrimSpace(person.name.Value()) != "" || !s.tried:
		case s.sh.Local:
			p.at[at] = "Give this person a name, or remove the row with ctrl+x."
		default:
			p.at[at] = "Write your name: it is how the others see you."
		}
		name(at, person.name.Value())
		clean(setupStop{spot: spotRole, person: i}, session.RoleRule, "A role", person.role.Value())
	}
	name(setupStop{spot: spotCoach}, s.coach.Value())
	if over := -s.seats(); over > 0 {
		p.people = fmt.Sprintf("A room holds at most %d people, the coach included: remove %s.",
			session.MaxParticipants, setupPeople(over))
	}
	return p
}

// start opens the room, or shows what to fix first.
func (s *setupScreen) start() tea.Cmd {
	s.tried, s.refusal = true, ""
	if p := s.check(); p.any() {
		for _, at := range s.stops() {
			if _, bad := p.at[at]; bad {
				return s.goTo(at)
			}
		}
		return nil
	}
	open := session.OpenRoom{Question: s.question.Value(), Goal: s.goal.Value()}
	if len(s.sh.Scripts) > 0 {
		open.Script = s.sh.Scripts[s.script]
	}
	for _, p := range s.people {
		open.People = append(open.People, session.Person{Name: p.name.Value(), Role: p.role.Value()})
	}
	if !s.sh.Local {
		// The person setting up is the room's only person, and facilitates;
		// the hub paces how often they, and their address, open rooms.
		open.People[0].ID, open.Facilitator = s.sh.Me, 0
		open.By = session.Opener{Person: s.sh.Me, Address: s.sh.Address}
	}
	if s.hasCoach() {
		open.People = append(open.People, session.Person{Name: s.coach.Value(), Role: "Coach", Observer: true})
		open.Facilitator = len(open.People) - 1
	}
	res, err := s.sh.Hub.Open(context.Background(), open)
	if err != nil {
		var refusal *session.Refusal
		if errors.As(err, &refusal) {
			s.refusal = refusal.Reason
		} else {
			s.refusal = err.Error()
		}
		return nil
	}
	return s.sh.move(openRoomMsg{code: res.Room.Code})
}

// The layout: the form on the left; on a wide terminal, the chosen script
// beside it.

const setupSideWidth = 44

func (s *setupScreen) widths() (form, side int) {
	inner := s.sh.Width - 4
	if s.sh.Width >= 118 {
		return inner - setupSideWidth - 4, setupSideWidth
	}
	return min(inner, 100), 0
}

// size fits the fields to the form's width.
func (s *setupScreen) size(form int) {
	line := max(10, form-3) // the prompt takes two cells and the cursor one
	s.question.SetWidth(line)
	s.goal.SetWidth(line)
	s.coach.SetWidth(min(line, session.MaxNameCells+1))
	name, role := s.columns(form)
	for i := range s.people {
		s.people[i].name.SetWidth(name)
		s.people[i].role.SetWidth(role)
	}
}

// columns are the widths of the name and role fields of a row.
func (s *setupScreen) columns(form int) (name, role int) {
	// The mark, two prompts, two cursors, the gap, and "  ★ facilitates".
	room := form - 25
	role = max(8, min(session.MaxRoleCells+1, room*4/9))
	name = max(8, min(session.MaxNameCells+1, room-role))
	return name, role
}

func (s *setupScreen) view() string {
	st := s.sh.Styles
	form, side := s.widths()
	s.size(form)
	problems := s.check()
	height := max(1, s.sh.Height-1) // the help footer takes a line
	roomy := s.sh.Height >= 32
	gap := func(lines []string) []string {
		if roomy {
			return append(lines, "")
		}
		return lines
	}
	wrap := func(style draw.Ink, mark, text string) []string {
		return setupWrap(style, mark, text, form)
	}
	problem := func(at setupStop) []string {
		if text, ok := problems.at[at]; ok {
			return wrap(st.Alarm, "✗ ", text)
		}
		return nil
	}
	label := func(at setupStop, text, aside string) string {
		l := st.Label.Render(text)
		if s.at == at {
			l = st.Accent.Render("▸ " + text)
		}
		if aside != "" {
			l += "  " + st.Muted.Render(ansi.Truncate(aside, max(0, form-lipgloss.Width(l)-2), "…"))
		}
		return l
	}

	top := []string{st.Title.Render("Set up a new workshop"), ""}
	at := setupStop{spot: spotQuestion}
	top = append(top, label(at, "The question", "required"), leftView(&s.question, st, true))
	top = gap(append(top, problem(at)...))
	at = setupStop{spot: spotGoal}
	top = append(top, label(at, "A shared goal", "optional: a first draft the trio can reword"), leftView(&s.goal, st, true))
	top = gap(append(top, problem(at)...))
	top = append(top, s.scriptLine(form))
	if side == 0 && len(s.sh.Scripts) > 0 {
		top = append(top, wrap(st.Muted, "  ", s.sh.Scripts[s.script].Description)...)
	}
	top = gap(top)

	var bottom []string
	start := "[ Start the workshop ]"
	if s.sh.Local {
		if s.at.spot == spotAdd {
			bottom = append(bottom, st.Selected.Render("▸ + Add a person"))
		} else {
			bottom = append(bottom, st.Muted.Render("  + Add a person"))
		}
		if s.notice != "" {
			bottom = append(bottom, wrap(st.Notice, "  ", s.notice)...)
		}
		bottom = gap(bottom)
		at = setupStop{spot: spotCoach}
		bottom = append(bottom, label(at, "Coach", "optional: joins as an observer and facilitates"), leftView(&s.coach, st, false))
		bottom = append(bottom, problem(at)...)
	} else {
		start = "[ Open the room ]"
	}
	bottom = append(bottom, "")
	if s.at.spot == spotStart {
		bottom = append(bottom, st.Selected.Render("▸ "+start))
	} else {
		bottom = append(bottom, st.Strong.Render("  "+start))
	}
	switch {
	case s.refusal != "":
		bottom = append(bottom, wrap(st.Alarm, "✗ ", s.refusal)...)
	case s.tried && problems.any():
		bottom = append(bottom, wrap(st.Alarm, "✗ ", "Fix what is marked ✗ above; everything you typed is kept.")...)
	case s.at.spot == spotStart && s.sh.Local:
		bottom = append(bottom, st.Muted.Render("  enter opens the room"))
	case s.at.spot == spotStart:
		bottom = append(bottom, wrap(st.Muted, "  ", "enter opens the room; then share its code so the others can join")...)
	}

	aside := s.peopleAside()
	heading := "People"
	if !s.sh.Local {
		heading = "You"
	}
	people := []string{st.Label.Render(heading) + "  " + st.Muted.Render(ansi.Truncate(aside, max(0, form-lipgloss.Width(heading)-2), "…"))}
	if problems.people != "" {
		people = append(people, wrap(st.Alarm, "✗ ", problems.people)...)
	}
	budget := height - len(top) - len(bottom) - len(people)
	people = append(people, s.peopleRows(form, problems, budget)...)

	lines := append(append(top, people...), bottom...)
	body := strings.Join(lines, "\n")
	if side > 0 {
		body = lipgloss.JoinHorizontal(lipgloss.Top,
			lipgloss.NewStyle().Width(form).MaxWidth(form).Render(body),
			"    ", s.sideView(side))
	}
	return lipgloss.NewStyle().Padding(0, 2).Render(body)
}

// peopleAside says how many are in and who facilitates.
func (s *setupScreen) peopleAside() string {
	if !s.sh.Local {
		return "you facilitate; the others join from their own terminal"
	}
	count := setupPeople(len(s.people))
	who := "the first person facilitates"
	if s.hasCoach() {
		who = "the coach facilitates"
	}
	return fmt.Sprintf("%s · at most %d · %s", count, session.MaxParticipants, who)
}

// scriptLine is the script chooser: its title and about how long it takes.
func (s *setupScreen) scriptLine(form int) string {
	st := s.sh.Styles
	if len(s.sh.Scripts) == 0 {
		return st.Label.Render("Script") + "  " + st.Muted.Render("none")
	}
	sc := s.sh.Scripts[s.script]
	text := sc.Title + " · " + setupMinutes(sc)
	if len(s.sh.Scripts) > 1 {
		text = "◂ " + text + " ▸"
	}
	label := st.Label.Render("Script")
	chosen := st.Strong.Render(text)
	if s.at.spot == spotScript {
		label = st.Accent.Render("▸ Script")
		chosen = st.Selected.Render(text)
	}
	count := ""
	if len(s.sh.Scripts) > 1 {
		count = st.Muted.Render(fmt.Sprintf("  %d of %d", s.script+1, len(s.sh.Scripts)))
	}
	return ansi.Truncate(label+"  "+chosen+count, form, "…")
}

// setupPeople counts people as a person would: "1 person", "3 people".
func setupPeople(n int) string {
	if n == 1 {
		return "1 person"
	}
	return fmt.Sprintf("%d people", n)
}

// setupMinutes says about how long a script takes.
func setupMinutes(sc content.Script) string {
	return "about " + prose.Plural(int(sc.TotalTime().Minutes()+0.5), "minute")
}

// peopleRows draws a row per person, with what to fix under it. When they
// do not all fit, the rows scroll to keep the one being typed in on screen.
func (s *setupScreen) peopleRows(form int, problems setupProblems, budget int) []string {
	st := s.sh.Styles
	rows := make([][]string, len(s.people))
	for i, p := range s.people {
		mark := "  "
		if (s.at.spot == spotName || s.at.spot == spotRole) && s.at.person == i {
			mark = st.Accent.Render("▸ ")
		}
		row := mark + leftView(&p.name, st, false) + "  " + leftView(&p.role, st, false)
		if i == 0 && !s.hasCoach() {
			row += st.Muted.Render("  ★ facilitates")
		}
		rows[i] = []string{ansi.Truncate(row, form, "")}
		for _, at := range []setupStop{{spot: spotName, person: i}, {spot: spotRole, person: i}} {
			if text, ok := problems.at[at]; ok {
				rows[i] = append(rows[i], setupWrap(st.Alarm, "  ✗ ", text, form)...)
			}
		}
	}

	// fits counts the rows that fit from a first one, leaving a line for
	// "more above" and "more below" when they are needed.
	fits := func(first int) int {
		room := budget
		if first > 0 {
			room--
		}
		used, n := 0, 0
		for i := first; i < len(rows); i++ {
			more := 0
			if i < len(rows)-1 {
				more = 1
			}
			if used+len(rows[i])+more > room {
				break
			}
			used += len(rows[i])
			n++
		}
		return max(1, n)
	}
	focus := -1
	switch s.at.spot {
	case spotName, spotRole:
		focus = s.at.person
	case spotAdd:
		focus = len(rows) - 1
	}
	s.first = max(0, min(s.first, len(rows)-1))
	if focus >= 0 {
		s.first = min(s.first, focus)
		for s.first < focus && focus >= s.first+fits(s.first) {
			s.first++
		}
	}
	// No empty space below the last row while rows above are hidden.
	for s.first > 0 && fits(s.first-1) > fits(s.first) {
		s.first--
	}
	n := fits(s.first)
	var out []string
	if s.first > 0 {
		out = append(out, st.Muted.Render(fmt.Sprintf("  ↑ %d more above", s.first)))
	}
	for _, row := range rows[s.first : s.first+n] {
		out = append(out, row...)
	}
	if rest := len(rows) - s.first - n; rest > 0 {
		out = append(out, st.Muted.Render(fmt.Sprintf("  ↓ %d more below", rest)))
	}
	return out
}

// sideView shows the chosen script, phase by phase, on a wide terminal.
func (s *setupScreen) sideView(width int) string {
	st := s.sh.Styles
	if len(s.sh.Scripts) == 0 {
		return ""
	}
	sc := s.sh.Scripts[s.script]
	lines := []string{st.Label.Render("The script"), st.Strong.Render(ansi.Truncate(sc.Title, width, "…"))}
	lines = append(lines, setupWrap(st.Muted, "", sc.Description, width)...)
	lines = append(lines, "")
	for i, p := range sc.Phases {
		n := fmt.Sprintf("%2d  ", i+1)
		mins := fmt.Sprintf("%d min", int(p.Timebox.Minutes()+0.5))
		title := ansi.Truncate(p.Title, width-len(n)-len(mins)-1, "…")
		pad := max(1, width-len(n)-lipgloss.Width(title)-len(mins))
		lines = append(lines, st.Muted.Render(n)+title+strings.Repeat(" ", pad)+st.Muted.Render(mins))
	}
	lines = append(lines, "", st.Muted.Render("In all, "+setupMinutes(sc)+"."), "")
	about := "With a coach, the coach keeps time and facilitates; the trio writes, builds and votes. Without one, the first person facilitates as well."
	if !s.sh.Local {
		about = "You keep time and move the room on, and write, build and vote with the others. You can hand the role to someone else in the room later."
	}
	lines = append(lines, setupWrap(st.Muted, "", about, width)...)
	return strings.Join(lines, "\n")
}

// setupWrap wraps a text to a width behind a mark, the lines after the
// first indented under it.
func setupWrap(style draw.Ink, mark, text string, width int) []string {
	lines := draw.Hang(mark, text, max(10, width))
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return lines
}

func (s *setupScreen) help() bindingsHelp {
	k := s.sh.Keys.Form
	move := relabel(k.Up, "move")
	move.SetHelp("↑/↓", "move")
	start := relabel(k.Enter, "start the workshop")
	if !s.sh.Local {
		start = relabel(k.Enter, "open the room")
	}
	var short []key.Binding
	switch s.at.spot {
	case spotScript:
		short = []key.Binding{relabel(k.Choose, "choose the script"), k.Next, move, k.Back}
	case spotAdd:
		short = []key.Binding{relabel(k.Enter, "add a person"), k.Next, move, k.Back}
	case spotStart:
		short = []key.Binding{start, move, k.Prev, k.Back}
	case spotName, spotRole:
		short = []key.Binding{k.Enter, move}
		if s.at.spot == spotRole && !s.sh.Local {
			short = append(short, relabel(k.Choose, "choose a role"))
		}
		if len(s.people) > 1 {
			short = append(short, k.RemovePerson)
		}
		short = append(short, k.Back)
	default:
		short = []key.Binding{k.Enter, move, k.Back}
	}
	// Letters are text in every field here, so there is no ? for more
	// keys: the footer shows them all.
	return bindingsHelp{short: fittedHelp(s.sh.Width, short, s.sh.Keys.Quit), full: [][]key.Binding{short}}
}
