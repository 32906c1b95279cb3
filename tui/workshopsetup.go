package tui

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"trio/session"
)

// workshopSetupScreen is where a coach opens a workshop of several trios:
// its title, the question (one for every trio, or one a line for each),
// the script, how many trios, and the coach's name. A coach who opened
// workshops before (the same key, after a restart too) may go back to
// one instead. The hub opens it, and says in words what it refuses.
type workshopSetupScreen struct {
	area
	sh *Shared
	// earlier are the coach's own workshops, newest first: each is a stop
	// above the form that goes back to its dashboard.
	earlier   []session.Workshop
	title     textinput.Model
	questions *areaEditor
	script    int
	trios     textinput.Model
	name      textinput.Model
	at        int // a stop: the earlier workshops, then workshopStops
	notice    string
}

// The form's stops, after the earlier workshops.
const (
	stopTitle = iota
	stopQuestions
	stopScript
	stopTrios
	stopName
	stopOpen
	workshopStops
)

// defaultTrios is how many trios a workshop has when the coach leaves the
// number empty: its hint, never a value to type over.
const defaultTrios = 6

// earlierShown is how many of a coach's workshops the setup offers.
const earlierShown = 3

func newWorkshopSetupScreen(sh *Shared) *workshopSetupScreen {
	s := &workshopSetupScreen{
		sh:    sh,
		title: lineInput("The workshop's title, like: Product trios, autumn", session.MaxLineRunes),
		questions: newAreaEditor(field{
			hint:      "The question every trio answers; or one a line (alt+enter), one for each trio",
			multiline: true, limit: session.MaxTrios * (session.MaxLineRunes + 1),
		}),
		trios: lineInput(strconv.Itoa(defaultTrios), 2),
		name:  lineInput("Coach", session.MaxNameRunes),
	}
	s.questions.MaxHeight = session.MaxTrios
	if sh.UserName != "Coach" {
		s.name.SetValue(sh.UserName)
	}
	for _, w := range sh.Hub.Workshops() {
		if w.Coach == sh.Coach && len(s.earlier) < earlierShown {
			s.earlier = append(s.earlier, w)
		}
	}
	s.restyle()
	s.moveTo(0)
	return s
}

func (s *workshopSetupScreen) restyle() {
	st := s.sh.Styles.lineStyles()
	s.title.SetStyles(st)
	s.trios.SetStyles(st)
	s.name.SetStyles(st)
	s.questions.restyle(s.sh.Styles)
}

func (s *workshopSetupScreen) setSize(width, height int) {
	s.area.setSize(width, height)
	line := max(10, min(100, width-4)-3) // the prompt takes two cells and the cursor one
	s.title.SetWidth(line)
	s.questions.SetWidth(line + 3)
	s.trios.SetWidth(4)
	s.name.SetWidth(min(line, session.MaxNameCells+1))
}

// stop is the form's stop the keyboard is at, or -1 on an earlier
// workshop.
func (s *workshopSetupScreen) stop() int {
	if s.at < len(s.earlier) {
		return -1
	}
	return s.at - len(s.earlier)
}

func (s *workshopSetupScreen) typing() bool {
	switch s.stop() {
	case stopTitle, stopQuestions, stopTrios, stopName:
		return true
	}
	return false
}

func (s *workshopSetupScreen) helpKeys() []key.Binding {
	f := s.sh.Keys.Form
	enter := f.Enter
	switch s.stop() {
	case -1:
		enter = relabel(enter, "back to this workshop")
	case stopOpen:
		enter = relabel(enter, "open the workshop")
	}
	keys := []key.Binding{enter, f.Next}
	switch s.stop() {
	case stopQuestions:
		keys = append(keys, relabel(s.sh.Keys.Writing.Newline, "a question for the next trio"))
	case stopScript:
		keys = append(keys, relabel(f.Choose, "the script"))
	}
	return fittedHelp(s.width, keys, s.sh.Keys.Quit)
}

// moveTo gives a stop the keyboard, its text's cursor at the end.
func (s *workshopSetupScreen) moveTo(at int) tea.Cmd {
	s.at = (at + len(s.earlier) + workshopStops) % (len(s.earlier) + workshopStops)
	for _, in := range []*textinput.Model{&s.title, &s.trios, &s.name} {
		leaveLine(in)
	}
	s.questions.Blur()
	switch s.stop() {
	case stopTitle:
		return enterLine(&s.title)
	case stopQuestions:
		return s.questions.Focus()
	case stopTrios:
		return enterLine(&s.trios)
	case stopName:
		return enterLine(&s.name)
	}
	return nil
}

func (s *workshopSetupScreen) update(msg tea.Msg) tea.Cmd {
	f := s.sh.Keys.Form
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case matches(k, f.Enter) && s.stop() == -1:
			return s.sh.move(dashboardMsg{code: s.earlier[s.at].Code})
		case matches(k, f.Enter) && s.stop() == stopOpen:
			s.open()
			return nil
		case matches(k, f.Next) || matches(k, f.Enter):
			return s.moveTo(s.at + 1)
		case matches(k, f.Prev):
			return s.moveTo(s.at - 1)
		case s.stop() == -1 && k.String() == "up":
			return s.moveTo(s.at - 1)
		case s.stop() == -1 && k.String() == "down":
			return s.moveTo(s.at + 1)
		case s.stop() == stopScript && matches(k, f.Choose):
			step := 1
			if matches(k, f.ChooseBack) {
				step = -1
			}
			s.script = (s.script + step + len(s.sh.Scripts())) % len(s.sh.Scripts())
			return nil
		}
	}
	var cmd tea.Cmd
	switch s.stop() {
	case stopTitle:
		s.title, cmd = s.title.Update(msg)
	case stopQuestions:
		cmd = s.questions.update(msg)
	case stopTrios:
		s.trios, cmd = s.trios.Update(msg)
	case stopName:
		s.name, cmd = s.name.Update(msg)
	}
	return cmd
}

// open asks the hub to open the workshop, after saying kindly what is
// missing or out of range.
func (s *workshopSetupScreen) open() {
	count := strings.TrimSpace(s.trios.Value())
	if count == "" {
		count = strconv.Itoa(defaultTrios)
	}
	n, err := strconv.Atoi(count)
	switch {
	case err != nil:
		s.notice = fmt.Sprintf("Write how many trios, as a number from %d to %d.", session.MinTrios, session.MaxTrios)
		return
	case n < session.MinTrios:
		s.notice = fmt.Sprintf("A workshop has at least %d trios. With %d, open a room of its own instead: trio serve, then ssh in.", session.MinTrios, n)
		return
	case n > session.MaxTrios:
		s.notice = fmt.Sprintf("A coach can follow at most %d trios at once. With %d, run two workshops, each with a coach.", session.MaxTrios, n)
		return
	}
	var questions []string
	for _, q := range strings.Split(s.questions.Value(), "\n") {
		if q = strings.TrimSpace(q); q != "" {
			questions = append(questions, q)
		}
	}
	if len(questions) == 0 {
		s.notice = "Write the question the trios answer."
		return
	}
	name := strings.TrimSpace(s.name.Value())
	if name == "" {
		name = "Coach"
	}
	title := strings.TrimSpace(s.title.Value())
	if title == "" {
		title = "Workshop"
	}
	w, err := s.sh.Hub.OpenWorkshop(context.Background(), session.OpenWorkshop{
		Title: title, Coach: session.Person{ID: s.sh.Coach, Name: name},
		Script: s.sh.Scripts()[s.script], Questions: questions, Trios: n,
	})
	var refusal *session.Refusal
	switch {
	case errors.As(err, &refusal):
		s.notice = refusal.Reason
		return
	case err != nil:
		s.notice = "The workshop could not be opened: " + err.Error() + ". Nothing is lost: try again."
		return
	}
	s.sh.move(dashboardMsg{code: w.Code})
}
