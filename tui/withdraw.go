package tui

import (
	"fmt"

	"github.com/charmbracelet/x/ansi"

	"trio/session"
)

// withdrawal is what the person speaking would take back with w: their
// newest contribution, build or card of this phase. Nothing is deleted;
// the room keeps it as withdrawn.
type withdrawal struct {
	id   int
	what string
}

// lastOwn finds the newest thing the person speaking added in this phase.
func (r *roomScreen) lastOwn() (withdrawal, bool) {
	phase := r.room.CurrentPhase().ID
	var last withdrawal
	consider := func(id int, author session.ParticipantID, inPhase string, withdrawn bool, what string) {
		if author == r.speaker && inPhase == phase && !withdrawn && id > last.id {
			last = withdrawal{id: id, what: what}
		}
	}
	for _, c := range r.room.Contributions.All() {
		consider(c.ID, c.Author, c.Phase, c.Withdrawn, c.Text)
	}
	for _, b := range r.room.Builds.All() {
		consider(b.ID, b.Author, b.Phase, b.Withdrawn, b.Sentence())
	}
	for _, p := range r.room.Perspectives {
		consider(p.ID, p.Author, p.Phase, p.Withdrawn, "your card")
	}
	return last, last.id != 0
}

// askWithdraw asks before taking something back.
func (r *roomScreen) askWithdraw() {
	last, ok := r.lastOwn()
	if !ok {
		r.notice = news("You have nothing in this phase to withdraw.")
		return
	}
	r.withdraw = last
	r.ask(askWithdraw)
}

func (r *roomScreen) withdrawQuestion(width int) string {
	what := ansi.Truncate(r.withdraw.what, max(10, width-50), "…")
	return fmt.Sprintf("Withdraw “%s”? Nobody will see it any more, on a screen or in the export.", what)
}
