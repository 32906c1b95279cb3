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
	return func() tea.Msg {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
			return msg
		case <-ctx.Done():
			return nil
		}
	}
}
