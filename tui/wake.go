package tui

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"
)

// wakeAfter delivers msg after d, or nothing once ctx ends. Unlike
// tea.Tick, whose goroutine sleeps out its whole timer, a program that has
// ended leaves nothing waiting for minutes behind it.
func wakeAfter(ctx context.Context, d time.Duration, msg tea.Msg) tea.Cmd {
	return waits(func() tea.Msg {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
			return msg
		case <-ctx.Done():
			return nil
		}
	})
}

// waits marks a command that waits on something outside the program: a
// timer, or another terminal's change to the room. The program runs it as
// any other; the tests, which step the app one message at a time with a
// clock of their own, replace it and deliver those messages themselves.
var waits = func(cmd tea.Cmd) tea.Cmd { return cmd }
