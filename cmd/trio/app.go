package main

import (
	"context"
	"os"

	tea "charm.land/bubbletea/v2"

	"trio/content"
	"trio/tui"
)

// runApp opens the full-screen app: a coach runs a workshop in this
// terminal.
func runApp(ctx context.Context, c cli, args []string) int {
	f := newFlags(appCommand())
	db := dbFlag(f)
	scriptFile := f.String("script", "", "a script `FILE` of your own, offered first when you start a workshop")
	rest, code, ok := f.parseOrExplain(c, args)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		return c.usageError("unknown command %q", rest[0])
	}
	var script *content.Script
	if *scriptFile != "" {
		s, err := loadScriptFile(*scriptFile)
		if err != nil {
			return c.fail(err)
		}
		script = &s
	}
	hub, closeStore, err := claimHub(ctx, *db)
	if err != nil {
		return c.fail(err)
	}
	defer closeStore()
	dir, _ := os.Getwd()
	app := tui.New(tui.Options{Hub: hub, Script: script, ExportDir: dir})
	if _, err := tea.NewProgram(app, tea.WithContext(ctx)).Run(); err != nil && ctx.Err() == nil {
		return c.fail(err)
	}
	return exitOK
}

// appCommand is trio itself, with no subcommand.
func appCommand() command {
	return command{name: "", args: "[--db PATH] [--script FILE]", summary: "open the app and run a workshop", run: runApp}
}
