package tui

import (
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// statusCut reports whether the notice is longer than the status's two
// lines.
func (r *roomScreen) statusCut(width int) bool {
	return r.notice.text != "" && lipgloss.Height(ansi.Wordwrap(r.notice.text, width, "")) > 2
}

// status is the line for the person at the keyboard: a question waiting
// for an answer, a refusal, a nudge, or where the text they typed went.
func (r *roomScreen) status(width int) string {
	st := r.sh.Styles
	var line, offer string
	if !r.sh.Local && !r.facilitating() && r.remote.presence.FacilitationOpen {
		offer = r.sh.Hub.Takeover(r.code, r.sh.Me).Offer()
	}
	switch {
	case r.asking != noQuestion:
		// The answers follow the question where they fit; the footer
		// always has them.
		q, a := r.questionText(width)
		line = st.Warning.Render(q + " " + a)
		if lipgloss.Height(ansi.Wordwrap(line, width, "")) > 2 {
			line = st.Warning.Render(q)
		}
	case r.remote.handing:
		line = r.handOverLine()
	case r.picking:
		line = r.pickLine()
	case r.notice.text != "" && r.notice.alarm:
		line = st.Alarm.Render("✗ " + r.notice.text)
	case r.coachAsksToMove() && r.mayFacilitate():
		to := r.room.Script.Phases[r.room.Workshop.MoveAsked.To]
		line = st.Warning.Render("The coach moves every trio on to " + to.Title + ", and waits for you: ctrl+n moves this room on when you are ready; what anyone is writing is kept.")
	case r.coachAsksToMove():
		// The ones writing learn the room waits for them, and who decides.
		to := r.room.Script.Phases[r.room.Workshop.MoveAsked.To]
		line = st.Warning.Render("The coach moves every trio on to " + to.Title + "; " + r.room.Name(r.room.Facilitator) + " moves this room on when the writing is done: send what you are writing, or it is kept.")
	case offer != "":
		// The room cannot move on while its facilitator is away: this
		// comes before advice on what was sent, and before news.
		line = st.Notice.Render(offer + " It is in the menu (ctrl+p).")
	case len(r.nudges) > 0:
		n := r.nudges[0]
		line = st.Nudge.Render("✎ " + n.Suggestion)
	case r.notice.text != "":
		line = st.Notice.Render(r.notice.text)
	case r.coachSpoke():
		line = st.Notice.Render("From " + r.theCoach() + ": " + r.room.Workshop.Broadcast.Text)
	case r.room.Timer.Remaining(r.sh.Now()) <= 0 && !r.room.Timer.Paused:
		line = st.Alarm.Render("Time is up. The facilitator moves on (ctrl+n) or adds a minute (ctrl+p).")
		if !r.mayFacilitate() {
			line = st.Alarm.Render("Time is up. The facilitator moves on or adds a minute.")
		}
		if _, more := r.room.NextPhase(); !more {
			line = st.Alarm.Render("Time is up. The facilitator adds a minute, or ends with the summary and export (both in ctrl+p).")
		}
	}
	// Two lines, so a whole refusal fits at 80 columns; a longer one
	// says where to read it whole.
	lines := strings.Split(ansi.Wordwrap(line, width, ""), "\n")
	if len(lines) > 2 {
		lines = []string{lines[0], cutWithReader(strings.Join(lines[1:], " "), width)}
	}
	for len(lines) < 2 {
		lines = append([]string{""}, lines...)
	}
	return strings.Join(lines, "\n")
}

// coachHeard is how long the coach's line to every room stays on the
// status line, unless something the person must read comes first.
const coachHeard = 5 * time.Minute

// coachSpoke reports whether the coach of the room's workshop sent every
// room a line a little while ago.
func (r *roomScreen) coachSpoke() bool {
	_, ok := r.coachLineLeft()
	return ok
}

// coachLineAt is when the coach's latest line was sent, if ever.
func (r *roomScreen) coachLineAt() time.Time {
	if w := r.room.Workshop; w != nil && w.Broadcast != nil {
		return w.Broadcast.At
	}
	return time.Time{}
}

// coachLineLeft is how long the coach's latest line stays on the status
// line, while it does.
func (r *roomScreen) coachLineLeft() (time.Duration, bool) {
	at := r.coachLineAt()
	left := at.Add(coachHeard).Sub(r.sh.Now())
	return left, !at.IsZero() && left > 0
}

// coachAsksToMove reports whether the coach moved every trio on while
// someone here was writing, so the move waits for the facilitator.
func (r *roomScreen) coachAsksToMove() bool {
	w := r.room.Workshop
	return w != nil && w.MoveAsked != nil && w.MoveAsked.To < len(r.room.Script.Phases)
}
