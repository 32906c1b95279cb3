package tui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"trio/content/prose"
	"trio/session"
)

// question is what the room asks before a change a person may not have
// meant. Enter says yes; esc says no; any other key leaves the question
// unanswered and does what it does, so a letter typed on goes into the
// writing and can never say yes.
type question int

const (
	noQuestion       question = iota
	askNextPhase              // the facilitator moves the room on
	askPreviousPhase          // the facilitator takes the room back
	askWithdraw               // the speaker takes back their last contribution
	askCloseVote              // the facilitator closes a vote before everyone voted
	askPassStick              // the stick moves on while its holder has unsent words
	askTakeRole               // someone takes the role of a facilitator who is away
	askOpenVote               // the facilitator opens a vote while others are writing
)

// ask puts a question to the person at the keyboard.
func (r *roomScreen) ask(q question) {
	r.asking = q
	r.notice, r.nudges = notice{}, nil
}

// answer handles a key while a question waits.
func (r *roomScreen) answer(msg tea.KeyPressMsg) tea.Cmd {
	q := r.asking
	k := r.sh.Keys.Question
	switch {
	case matches(msg, k.Yes):
		r.asking = noQuestion
		r.confirmed(q)
		return nil
	case matches(msg, k.No):
		r.asking = noQuestion
		return nil
	}
	// Not an answer: the question goes, and the key does what it does.
	r.asking = noQuestion
	return r.key(msg)
}

// confirmed makes the change the person said yes to. The room decides it
// against the room as it is now, which may have changed while it asked.
func (r *roomScreen) confirmed(q question) {
	c := r.ctx()
	switch q {
	case askNextPhase:
		if r.coachAsksToMove() {
			c.facilitate(session.AcceptMove{}) // the coach's move, which the trio's facilitator answers
			return
		}
		c.facilitate(session.NextPhase{})
	case askPreviousPhase:
		c.facilitate(session.PreviousPhase{})
	case askWithdraw:
		c.do(session.Withdraw{ID: r.withdraw.id})
	case askTakeRole:
		if c.do(session.TakeFacilitation{}) {
			r.notice = news("You facilitate now: ctrl+n moves the room on, and the menu (ctrl+p) has the rest.")
		}
	case askCloseVote, askPassStick, askOpenVote:
		// A phase's own act that asked first.
		if a := r.pendingAction; a.do != nil {
			r.pendingAction = phaseAction{}
			a.do(c)
		}
	}
}

// answers are what enter and esc do to each question, said on the status
// line after the question and in the footer.
var answers = map[question][2]string{
	askNextPhase:     {"moves on", "stays"},
	askPreviousPhase: {"goes back", "stays"},
	askWithdraw:      {"withdraws", "keeps it"},
	askCloseVote:     {"closes", "waits"},
	askPassStick:     {"passes", "waits"},
	askTakeRole:      {"takes it", "leaves it"},
	askOpenVote:      {"opens it", "waits"},
}

// questionText is the question on the status line, and its answers.
func (r *roomScreen) questionText(width int) (string, string) {
	var q string
	switch r.asking {
	case askNextPhase:
		q = r.nextPhaseQuestion()
	case askPreviousPhase:
		prev := r.room.Script.Phases[max(0, r.room.Phase-1)]
		q = fmt.Sprintf("Go back to %s (%d of %d)? Nothing anyone wrote is lost.", prev.Title, r.room.Phase, len(r.room.Script.Phases))
	case askWithdraw:
		q = r.withdrawQuestion(width)
	case askCloseVote:
		q = consentCloseQuestion(session.ViewFor(r.room, r.speaker), width)
	case askPassStick, askOpenVote:
		q = r.pendingAction.question
	case askTakeRole:
		q = r.sh.Hub.Takeover(r.code, r.sh.Me).Question()
	}
	a := answers[r.asking]
	return q, "enter " + a[0] + " · esc " + a[1]
}

// questionKeys are the footer's keys while a question waits.
func (r *roomScreen) questionKeys() []key.Binding {
	k := r.sh.Keys.Question
	a := answers[r.asking]
	return []key.Binding{relabel(k.Yes, a[0]), relabel(k.No, a[1])}
}

// nextPhaseQuestion names the phase the room would move to, and what
// would be left behind: who is still writing, which cards are unwritten.
func (r *roomScreen) nextPhaseQuestion() string {
	next, ok := r.room.NextPhase()
	at := r.room.Phase + 2
	if r.coachAsksToMove() {
		at = r.room.Workshop.MoveAsked.To + 1
		next, ok = r.room.Script.Phases[at-1], true
	}
	if !ok {
		return "This is the last phase."
	}
	q := fmt.Sprintf("Move the room on to %s (%d of %d)?", next.Title, at, len(r.room.Script.Phases))
	if unfinished := kindOf(r.room.CurrentPhase().Kind).unfinished; unfinished != nil {
		if s := unfinished(r.room); s != "" {
			q += " " + s
		}
	}
	if names := r.othersTyping(); len(names) > 0 {
		verb := " are still typing; their text is kept."
		if len(names) == 1 {
			verb = " is still typing; their text is kept."
		}
		q += " " + prose.And(fewNames(names)) + verb
	}
	return q
}
