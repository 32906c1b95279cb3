package tui

import (
	"fmt"
	"strings"

	"trio/session"
)

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
			session.MaxParticipants, peopleCount(over))
	}
	return p
}
