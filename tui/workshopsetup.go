package tui

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"trio/session"
	"trio/tui/draw"
)

// workshopSetupScreen is where a coach opens a workshop of several trios:
// its title, the question (one for every trio, or one a line for each),
// the script, and how many trios. The hub opens it, and says in words
// what it refuses.
type workshopSetupScreen struct {
	area
	sh        *Shared
	title     textinput.Model
	questions textarea.Model
	script    int
	trios     textinput.Model
	focus     int // 0 title, 1 questions, 2 script, 3 trios
	notice    string
}

const workshopFields = 4

func newWorkshopSetupScreen(sh *Shared) *workshopSetupScreen {
	s := &workshopSetupScreen{sh: sh, title: textinput.New(), questions: textarea.New(), trios: textinput.New()}
	s.title.Placeholder = "The workshop's title, like: Product trios, autumn"
	s.questions.Placeholder = "The question every trio answers; or one a line, one for each trio (alt+enter)"
	s.questions.ShowLineNumbers = false
	s.questions.SetHeight(4)
	s.questions.KeyMap.InsertNewline = key.NewBinding(key.WithKeys("alt+enter", "ctrl+j"))
	s.trios.SetValue("6")
	s.trios.CharLimit = 2
	s.restyle()
	s.title.Focus()
	return s
}

func (s *workshopSetupScreen) restyle() {
	s.title.SetStyles(s.sh.Styles.lineStyles())
	s.trios.SetStyles(s.sh.Styles.lineStyles())
	s.questions.SetStyles(s.sh.Styles.areaStyles())
}

func (s *workshopSetupScreen) setSize(width, height int) {
	s.area.setSize(width, height)
	s.title.SetWidth(max(10, width-4))
	s.questions.SetWidth(max(10, width-2))
	s.trios.SetWidth(4)
}

func (s *workshopSetupScreen) typing() bool { return s.focus != 2 }

func (s *workshopSetupScreen) helpKeys() []key.Binding {
	f := s.sh.Keys.Form
	enter := f.Enter
	if s.focus == workshopFields-1 {
		enter = relabel(enter, "open the workshop")
	}
	keys := []key.Binding{enter, f.Next}
	if s.focus == 1 {
		keys = append(keys, relabel(s.sh.Keys.Writing.Newline, "a question for the next trio"))
	}
	if s.focus == 2 {
		keys = append(keys, relabel(f.Choose, "the script"))
	}
	return append(keys, s.sh.Keys.Quit)
}

// moveTo gives a field the keyboard.
func (s *workshopSetupScreen) moveTo(field int) tea.Cmd {
	s.focus = (field + workshopFields) % workshopFields
	s.title.Blur()
	s.questions.Blur()
	s.trios.Blur()
	switch s.focus {
	case 0:
		return s.title.Focus()
	case 1:
		return s.questions.Focus()
	case 3:
		return s.trios.Focus()
	}
	return nil
}

func (s *workshopSetupScreen) update(msg tea.Msg) tea.Cmd {
	f := s.sh.Keys.Form
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case matches(k, f.Next) || matches(k, f.Enter) && s.focus < workshopFields-1:
			return s.moveTo(s.focus + 1)
		case matches(k, f.Prev):
			return s.moveTo(s.focus - 1)
		case matches(k, f.Enter):
			s.open()
			return nil
		case s.focus == 2 && matches(k, f.Choose):
			step := 1
			if matches(k, f.ChooseBack) {
				step = -1
			}
			s.script = (s.script + step + len(s.sh.Scripts)) % len(s.sh.Scripts)
			return nil
		}
	}
	var cmd tea.Cmd
	switch s.focus {
	case 0:
		s.title, cmd = s.title.Update(msg)
	case 1:
		s.questions, cmd = s.questions.Update(msg)
	case 3:
		s.trios, cmd = s.trios.Update(msg)
	}
	return cmd
}

// open asks the hub to open the workshop, after saying kindly what is
// missing or out of range.
func (s *workshopSetupScreen) open() {
	n, err := strconv.Atoi(strings.TrimSpace(s.trios.Value()))
	switch {
	case err != nil:
		s.notice = fmt.Sprintf("Write how many trios, as a number from %d to %d.", session.MinTrios, session.MaxTrios)
		return
	case n < session.MinTrios:
		s.notice = fmt.Sprintf("A workshop has at least %d trios. With %d, give each trio a room of its own: trio serve, then ssh in.", session.MinTrios, n)
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
	name := s.sh.UserName
	if name == "" {
		name = "Coach"
	}
	title := strings.TrimSpace(s.title.Value())
	if title == "" {
		title = "Workshop"
	}
	w, err := s.sh.Hub.OpenWorkshop(context.Background(), session.OpenWorkshop{
		Title: title, Coach: session.Person{ID: s.sh.Coach, Name: name},
		Script: s.sh.Scripts[s.script], Questions: questions, Trios: n,
	})
	if err != nil {
		var refusal *session.Refusal
		if errors.As(err, &refusal) {
			s.notice = refusal.Reason
		} else {
			s.notice = "The workshop could not be opened: " + err.Error()
		}
		return
	}
	s.sh.move(dashboardMsg{code: w.Code})
}

func (s *workshopSetupScreen) view() string {
	st := s.sh.Styles
	label := func(i int, text string) string {
		if s.focus == i {
			return st.Accent.Render("▸ " + text)
		}
		return st.Label.Render("  " + text)
	}
	script := s.sh.Scripts[s.script]
	lines := []string{
		st.Title.Render("A workshop of several trios"),
		st.Muted.Render(draw.Truncate("Each trio gets a room of its own; you see them all on one screen.", s.width, "…")),
		"",
		label(0, "Title"), "  " + s.title.View(), "",
		label(1, "The question (one a line for a question per trio)"), s.questions.View(), "",
		label(2, "Script"), "  ← " + script.Title + fmt.Sprintf(" (%d phases) →", len(script.Phases)), "",
		label(3, fmt.Sprintf("How many trios (%d to %d)", session.MinTrios, session.MaxTrios)), "  " + s.trios.View(),
	}
	if s.notice != "" {
		lines = append(lines, "")
		lines = append(lines, draw.Wrap(st.Notice.Render(s.notice), s.width)...)
	}
	return strings.Join(lines, "\n")
}
