package tui

import (
	"fmt"
	"time"
)

// timer shows the time left, a warning near the end and a banner at zero.
func (r *roomScreen) timer() string {
	st := r.sh.Styles
	left := r.room.Timer.Remaining(r.sh.Now())
	phase := r.room.CurrentPhase()
	switch {
	case r.room.Timer.Paused:
		return st.Muted.Render("⏸ paused, " + leftText(left) + " left")
	case left <= 0:
		return st.Alarm.Render("⏰ time is up " + agoText(-left) + " ago")
	case left <= warningAt(phase.Timebox):
		return st.Warning.Render("⏳ " + leftText(left) + " left")
	}
	return st.Muted.Render("⏱ " + leftText(left) + " left")
}

// warningAt is the time left when the timer turns to a warning.
func warningAt(timebox time.Duration) time.Duration { return max(timebox/5, 30*time.Second) }

// leftText is the time left in whole minutes, rounded up, and in the last
// minute by the second: a clock ticking seconds for an hour only adds
// pressure.
func leftText(d time.Duration) string {
	if d > time.Minute {
		return fmt.Sprintf("%d min", (d+time.Minute-1)/time.Minute)
	}
	s := (d + time.Second - 1) / time.Second
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// agoText is how long ago the time ran out, the same way, rounded down.
func agoText(d time.Duration) string {
	if d >= time.Minute {
		return fmt.Sprintf("%d min", d/time.Minute)
	}
	return fmt.Sprintf("0:%02d", d/time.Second)
}

// clockText is a stopwatch's time by the second, as the reveal round's
// turns are timed.
func clockText(d time.Duration) string {
	d = d.Round(time.Second)
	return fmt.Sprintf("%d:%02d", int(d.Minutes()), int(d.Seconds())%60)
}
