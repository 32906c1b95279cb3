package main

import (
	"context"
	"os"

	tea "charm.land/bubbletea/v2"

	"trio/session"
	"trio/tui"
)

// runWorkshop serves trio over SSH as trio serve does, and opens in this
// terminal the coach's side of a workshop of several trios: its setup,
// then the dashboard of every trio's room.
func runWorkshop(ctx context.Context, c cli, args []string) int {
	s, code, ok := startServing(ctx, c, "workshop", args)
	if !ok {
		return code
	}
	defer s.closeStore()
	done := make(chan struct{})
	served := make(chan int, 1)
	go func() { served <- s.serveUntil(ctx, c, done) }()

	dir, _ := os.Getwd()
	app := tui.New(tui.Options{
		Hub: s.cfg.Hub, ExportDir: dir, ExportHint: s.cfg.JoinCommand, UserName: "Coach",
		// The server's own key names the coach at its terminal: the same
		// host key, the same coach, after a restart too.
		Coach: session.ParticipantID("coach:" + s.srv.Fingerprint()),
	})
	_, err := tea.NewProgram(app, tea.WithContext(ctx)).Run()
	app.Close()
	close(done)
	code = <-served
	if err != nil && ctx.Err() == nil {
		return c.fail(err)
	}
	return code
}
