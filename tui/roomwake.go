package tui

import (
	"context"
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"trio/session"
)

// waitForChange waits for the room to change, without holding anything,
// until the screen leaves the room.
func waitForChange(ctx context.Context, sub *session.Subscription, code string) tea.Cmd {
	return waits(func() tea.Msg {
		select {
		case <-sub.C:
			return roomChangedMsg{code: code}
		case <-ctx.Done():
			return nil
		}
	})
}

// retick starts the timer's ticks afresh when the room's clock changed
// (another phase, a pause, time added); ticks of the old clock are dropped.
func (r *roomScreen) retick() tea.Cmd {
	clock := roomClock{phase: r.room.Phase, timer: r.room.Timer, coachLine: r.coachLineAt()}
	if clock == r.clock {
		return nil
	}
	r.clock = clock
	r.ticks++
	if r.stopTicks != nil {
		r.stopTicks() // the old clock's tick waits no longer
	}
	r.tickLife, r.stopTicks = context.WithCancel(r.life)
	return r.nextTick()
}

// nextTick wakes the screen when the time it shows next changes: once a
// minute, every second in the last minute. A paused clock never changes.
// The coach's line goes when its time is up, paused clock or not.
func (r *roomScreen) nextTick() tea.Cmd {
	wait, wake := time.Duration(0), false
	if !r.room.Timer.Paused {
		left := r.room.Timer.Remaining(r.sh.Now())
		phase := r.room.CurrentPhase()
		wait, wake = untilTimerChanges(left, warningAt(phase.Timebox)), true
		if kindOf(phase.Kind).bySecond {
			wait = min(wait, time.Second)
		}
	}
	if left, ok := r.coachLineLeft(); ok && (!wake || left < wait) {
		wait, wake = left, true
	}
	if !wake {
		return nil
	}
	return wakeAfter(r.tickLife, wait, tickMsg{gen: r.ticks})
}

// untilTimerChanges is how long until the timer's text or colour changes.
func untilTimerChanges(left, warning time.Duration) time.Duration {
	var wait time.Duration
	switch {
	case left > time.Minute: // whole minutes, rounded up
		wait = left - (left-1)/time.Minute*time.Minute
		if left > warning {
			wait = min(wait, left-warning)
		}
	case left > -time.Minute: // seconds, around the end
		wait = left - (left-1)/time.Second*time.Second
		if left <= 0 {
			wait = time.Second - (-left)%time.Second
		}
	default: // time is up for a while: whole minutes
		wait = time.Minute - (-left)%time.Minute
	}
	return max(wait, 10*time.Millisecond)
}

// bell rings once when the phase's time is up. Nothing moves on by itself.
func (r *roomScreen) bell() tea.Cmd {
	id := fmt.Sprintf("%d@%s", r.room.Phase, r.room.Timer.Deadline)
	if r.room.Timer.Remaining(r.sh.Now()) > 0 || r.rung == id {
		return nil
	}
	r.rung = id
	return tea.Raw("\a")
}
