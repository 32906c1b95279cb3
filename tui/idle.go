package tui

import (
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"
)

// A terminal left alone is closed after a while, counted from the
// person's last keypress, not from traffic: a busy room writes to every
// screen all the time. A warning comes first; any key keeps them in.

// idleTickMsg checks how long the person has been away from the keys.
type idleTickMsg struct{}

// idleTick wakes the program when the warning is due, or, while it shows,
// each second to count down: not every second of an active hour.
func (a *App) idleTick() tea.Cmd {
	return wakeAfter(a.life, a.untilIdleCheck(), idleTickMsg{})
}

// untilIdleCheck is when the next look at the keys is due.
func (a *App) untilIdleCheck() time.Duration {
	idle := a.sh.Now().Sub(a.lastKey)
	if wait := a.idleAfter - idleWarning(a.idleAfter) - idle; wait > 0 {
		return max(wait, 10*time.Millisecond)
	}
	return time.Second
}

// idleWarning is how long before the end the warning shows.
func idleWarning(after time.Duration) time.Duration { return min(time.Minute, after/5) }

// checkIdle warns, or ends the program, when the person has been idle.
func (a *App) checkIdle() tea.Cmd {
	idle := a.sh.Now().Sub(a.lastKey)
	if idle >= a.idleAfter {
		a.idledOut = true
		if a.room != nil {
			a.room.close()
		}
		return tea.Quit
	}
	return a.idleTick()
}

// idleBanner is the warning line, or "" when the person is not idle.
func (a *App) idleBanner() string {
	if a.idleAfter <= 0 {
		return ""
	}
	left := a.idleAfter - a.sh.Now().Sub(a.lastKey)
	if left > idleWarning(a.idleAfter) {
		return ""
	}
	return a.sh.Styles.Warning.Render(fmt.Sprintf("Still there? This window closes in %d seconds without a key; press any key to stay.", int(left.Seconds()+0.5)))
}

// IdledOut reports whether the program ended because nobody touched the
// keys, so the server can say so.
func (a *App) IdledOut() bool { return a.idledOut }
