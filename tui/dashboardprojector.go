package tui

import tea "charm.land/bubbletea/v2"

// The coach shows the workshop's projector in their own terminal, over
// the dashboard, and comes back to it: the same hub, live.

// projectorOverDashboardMsg opens the workshop's projector on a table's
// room (0: the whole workshop).
type projectorOverDashboardMsg struct {
	code  string
	table int
}

// backToDashboardMsg closes the projector and shows the dashboard again.
type backToDashboardMsg struct{}

// showProjector opens the projector on the trio the cursor is on.
func (d *dashboardScreen) showProjector() tea.Cmd {
	table := 0
	if d.chosen < len(d.dash.Trios) {
		table = d.dash.Trios[d.chosen].Table
	}
	return d.sh.move(projectorOverDashboardMsg{code: d.code, table: table})
}

// projectorOverDashboard shows the workshop's projector; the dashboard
// stays underneath and keeps up (App.handle), for when the coach comes
// back.
func (a *App) projectorOverDashboard(msg projectorOverDashboardMsg) tea.Cmd {
	p, cmd, err := openWorkshopProjector(a.sh, msg.code, msg.table)
	if err != nil {
		if a.dashboard != nil {
			a.dashboard.notice = alarm("The projector could not open: " + reasonFor(err))
		}
		return nil
	}
	a.leaveRoom() // as watching does: the projector is all this terminal shows
	p.fromDashboard = true
	a.projector = p
	a.show(screenProjector)
	return cmd
}

// backToDashboard closes the projector and shows the dashboard as it is
// now.
func (a *App) backToDashboard() {
	if a.projector != nil {
		a.projector.close()
		a.projector = nil
	}
	if a.dashboard == nil {
		a.show(screenHome)
		return
	}
	a.dashboard.reload()
	a.show(screenDashboard)
}
