package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

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
	dir, _ := os.Getwd()
	// The server's log would scroll through the dashboard: it goes to a
	// file beside the exports instead, named before the screen opens.
	logPath := filepath.Join(dir, "trio-workshop.log")
	logFile, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return c.fail(fmt.Errorf("could not open the server's log %s: %w; run trio workshop from a folder you can write to", logPath, err))
	}
	defer logFile.Close()
	fmt.Fprintf(c.out, "The server's log goes to %s\n", logPath)
	s.cfg.Logger.SetOutput(logFile)
	s.cfg.Logger.SetColorProfile(colorprofile.NoTTY) // a file: plain text
	done := make(chan struct{})
	served := make(chan int, 1)
	go func() { served <- s.serveUntil(ctx, c, done) }()

	app := tui.New(tui.Options{
		Hub: s.cfg.Hub, ExportDir: dir, ExportHint: s.cfg.JoinCommand, UserName: "Coach",
		// The server's own key names the coach at its terminal: the same
		// host key, the same coach, after a restart too.
		Coach: session.ParticipantID("coach:" + s.srv.Fingerprint()),
	})
	_, err = tea.NewProgram(app, tea.WithContext(ctx), tea.WithFPS(tui.CoachFrameRate)).Run()
	app.Close()
	close(done)
	code = <-served
	if err != nil && ctx.Err() == nil {
		return c.fail(err)
	}
	return code
}
