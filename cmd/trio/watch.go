package main

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"trio/tui"
)

// runWatch shows a room on a shared screen, read only. It only reads the
// store, so it works beside a running trio or trio serve; it shows the
// room as the store holds it when it starts (over SSH, `watch` follows
// the room live).
func runWatch(ctx context.Context, c cli, args []string) int {
	f := newFlags(commandNamed("watch"))
	db := dbFlag(f)
	rest, code, ok := f.parseOrExplain(c, args)
	if !ok {
		return code
	}
	switch {
	case len(rest) == 0:
		return f.wrongArgs(c, "which room? Give its code, like ABCD-EFGH (trio list shows them)")
	case len(rest) > 1:
		return f.wrongArgs(c, "watch takes one room code, got %d arguments", len(rest))
	}
	hub, closeStore, err := openHub(ctx, *db)
	if err != nil {
		return c.fail(err)
	}
	defer closeStore()
	if _, err := hub.Room(rest[0]); err != nil {
		return c.fail(err)
	}
	app := tui.New(tui.Options{Hub: hub, WatchCode: rest[0]})
	if _, err := tea.NewProgram(app, tea.WithContext(ctx)).Run(); err != nil && ctx.Err() == nil {
		return c.fail(err)
	}
	return exitOK
}
