package tui

import (
	"context"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"trio/session"
)

// visitMsg takes the coach from the dashboard into a trio's room, as an
// observer; leaving that room brings them back to the dashboard.
type visitMsg struct{ code string }

// visit comes into the chosen trio's room as its observer. The room
// decides: the hub refuses anyone but the workshop's coach.
func (d *dashboardScreen) visit() tea.Cmd {
	if len(d.dash.Trios) == 0 {
		return nil
	}
	code := d.dash.Trios[d.chosen].Room
	room, err := d.sh.Hub.Room(code)
	if err != nil {
		d.notice = alarm(reasonFor(err))
		return nil
	}
	if !room.Workshop.Observing {
		if _, err := d.sh.Hub.Do(context.Background(), code, d.sh.Coach, session.CoachEnters{}); err != nil {
			d.notice = alarm(reasonFor(err))
			return nil
		}
	}
	return d.sh.move(visitMsg{code: room.Code})
}

// visitTitle names the menu's entry for coming into the chosen room.
func (d *dashboardScreen) visitTitle() string {
	return fmt.Sprintf("Go into trio %d's room as an observer", d.dash.Trios[d.chosen].Table)
}

// endVisit takes the coach out of the room they observe, back to the
// dashboard, which says so. The room is told they left.
func (a *App) endVisit() tea.Cmd {
	code := a.room.code
	a.leaveRoom()
	_, err := a.sh.Hub.Do(context.Background(), code, a.sh.Coach, session.CoachLeaves{})
	a.dashboard.reload()
	a.dashboard.notice = news("You left " + session.FormatCode(code) + "; its trio sees you left.")
	if err != nil {
		a.dashboard.notice = alarm(reasonFor(err))
	}
	a.show(screenDashboard)
	return nil
}
