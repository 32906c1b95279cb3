package tui

import (
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"trio/session"
)

// setupScreen sets up a new workshop: the question, a first shared goal,
// the script, the people and an optional coach. On a terminal of one's own
// the people are only the person setting up, who facilitates; the others
// join with the room's code. The hub decides whether the room opens; the
// screen only says early, beside each field, what it would refuse, with
// the session's own rules and words.
type setupScreen struct {
	area
	sh *Shared
	// The question and the goal wrap as they are typed: a long question
	// is read whole while it is written, not only once it is left.
	question *areaEditor
	goal     *areaEditor
	coach    textinput.Model
	people   []setupPerson
	script   int // index into sh.Scripts
	at       setupStop
	tried    bool   // Start was pressed: what is missing is marked too
	refusal  string // why the hub would not open the room
	notice   string // about the last key, such as the room being full
	first    int    // the first person on screen when the list scrolls
	// offered is the user name in the person's own row until they type
	// their own.
	offered offeredName
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
var trioRoles = []string{"Product", "Design", "Engineering"}

func newSetupScreen(sh *Shared) *setupScreen {
	s := &setupScreen{
		sh:       sh,
		question: newAreaEditor(field{hint: "What do you need to decide together?", limit: session.MaxLineRunes}),
		goal:     newAreaEditor(field{hint: "What you all want, whatever you decide", limit: session.MaxLineRunes}),
		coach:    lineInput("Name", session.MaxNameRunes),
	}
	if sh.Local {
		for _, role := range trioRoles {
			s.people = append(s.people, newSetupPerson(role))
		}
	} else {
		me := newSetupPerson("")
		me.role.Placeholder = "Role: ←/→ to choose"
		s.people = append(s.people, me)
		s.offered = offer(func() *textinput.Model { return &s.people[0].name }, sh.UserName)
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
	s.question.restyle(s.sh.Styles)
	s.goal.restyle(s.sh.Styles)
}

// inputs are the form's text fields of one line.
func (s *setupScreen) inputs() []*textinput.Model {
	all := []*textinput.Model{&s.coach}
	for i := range s.people {
		all = append(all, &s.people[i].name, &s.people[i].role)
	}
	return all
}

func (s *setupScreen) typing() bool { return s.areaAt(s.at) != nil || s.input(s.at) != nil }

func (s *setupScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return s.key(msg)
	case tea.PasteMsg:
		return s.edit(msg)
	}
	if a := s.areaAt(s.at); a != nil {
		return a.update(msg)
	}
	if in := s.input(s.at); in != nil {
		var cmd tea.Cmd
		*in, cmd = in.Update(msg)
		return cmd
	}
	return nil
}
