package tui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"trio/content"
	"trio/session"
)

func TestTheRoomShowsWhereWeAreAndWhoSpeaks(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	d.openRoom(content.Default())
	d.sees("Should we rebuild onboarding?", "Phase 1 of 12: Check-in", "next: Frame the question",
		"▶ Maya", "Speaking as", "5 min left")
	d.press("ctrl+s")
	d.sees("▶ Sam")
	d.press("ctrl+n")
	d.sees("Move the room on to Frame the question (2 of 12)? enter moves on · esc stays")
	d.press("enter")
	d.sees("Phase 2 of 12: Frame the question")
	d.menu("Go back to Check-in")
	d.sees("Go back to Check-in (1 of 12)? Nothing anyone wrote is lost. enter goes back ·", "esc stays")
	d.press("enter")
	d.sees("Phase 1 of 12: Check-in")
}

func TestTooSmallATerminalSaysSo(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 50, 15)
	d.sees("Make the window larger", "this one is 50×15")
}

func TestTheTimerWarnsRingsOnceAndNeverMovesOn(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	d.openRoom(content.Default())
	d.sees("⏱ 5 min left")
	d.wait(time.Second)
	d.sees("⏱ 5 min left") // whole minutes, rounded up
	d.wait(59 * time.Second)
	d.sees("⏱ 4 min left")
	d.wait(-time.Minute)
	d.wait(4*time.Minute + 30*time.Second)
	d.sees("⏳ 0:30 left")
	d.clock.Advance(time.Minute)
	rings := 0
	for range 3 {
		_, cmd := d.app.Update(tickMsg{gen: d.app.room.ticks})
		for _, msg := range collect(cmd) {
			if raw, ok := msg.(tea.RawMsg); ok && raw.Msg == "\a" {
				rings++
			}
		}
	}
	d.sees("⏰ time is up 0:30 ago", "Time is up. The facilitator moves on (ctrl+n) or adds a minute (ctrl+p).",
		"Phase 1 of 12: Check-in")
	if rings != 1 {
		t.Errorf("the bell rang %d times, want once", rings)
	}
	d.menu("Add a minute")
	d.sees("⏳ 1:00 left")
	d.menu("Pause the timer")
	d.sees("⏸ paused, 1:00 left")
}

// collect runs a command and the batches it returns, keeping the
// messages that come back at once (not the timer's next tick).
func collect(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		if batch, ok := msg.(tea.BatchMsg); ok {
			var out []tea.Msg
			for _, c := range batch {
				out = append(out, collect(c)...)
			}
			return out
		}
		return []tea.Msg{msg}
	case <-time.After(20 * time.Millisecond):
		return nil
	}
}

func TestYouCanWithdrawWhatYouSaidAndNothingIsDeleted(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.press("ctrl+p")
	d.doesNotSee("Withdraw")
	d.press("esc")
	d.goTo(content.KindDiscussion)
	d.press("enter")
	d.typeText("Rebuild it all.")
	d.press("enter", "esc")
	d.sees("Maya: Rebuild it all.")
	d.menu("Withdraw “Rebuild it all.”")
	d.sees("Withdraw “Rebuild it all.”? Nobody will see it any more, on a screen or in", "esc keeps it")
	d.press("esc")
	d.sees("Maya: Rebuild it all.")
	d.menu("Withdraw")
	d.press("enter")
	d.doesNotSee("Rebuild it all.")
	room, _ := d.hub.Room(code)
	withdrawn := 0
	for _, c := range room.Contributions.All() {
		if c.Kind == session.Position && c.Withdrawn && c.Text == "Rebuild it all." {
			withdrawn++
		}
	}
	if withdrawn != 1 {
		t.Fatalf("the position is not kept as withdrawn: %+v", room.Contributions.Slice())
	}
}

// TestTheTimerWakesOnlyWhenItsTextChanges: a screen is drawn again when the
// minutes change, when the warning starts, and by the second only around
// the end; idle terminals are not woken every second for an hour.
func TestTheTimerWakesOnlyWhenItsTextChanges(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		left, warning, want time.Duration
	}{
		{5 * time.Minute, time.Minute, time.Minute},                                        // 5 min -> 4 min
		{4*time.Minute + 30*time.Second, time.Minute, 30 * time.Second},                    // 5 min -> 4 min
		{10 * time.Minute, 9*time.Minute + 30*time.Second, 30 * time.Second},               // the warning starts
		{90 * time.Second, 30 * time.Second, 30 * time.Second},                             // 2 min -> 1:00
		{30*time.Second + 250*time.Millisecond, 30 * time.Second, 250 * time.Millisecond},  // 0:31 -> 0:30
		{-30*time.Second - 250*time.Millisecond, 30 * time.Second, 750 * time.Millisecond}, // up 0:30 ago -> 0:31 ago
		{-2*time.Minute - 10*time.Second, 30 * time.Second, 50 * time.Second},              // up 2 min ago -> 3 min ago
	} {
		if got := untilTimerChanges(tc.left, tc.warning); got != tc.want {
			t.Errorf("with %v left (warning at %v): wakes in %v, want %v", tc.left, tc.warning, got, tc.want)
		}
	}
}
