package main

import (
	"context"
	"errors"
	"fmt"

	"trio/session"
)

// runRooms looks after the store's rooms: archive the ones nobody uses.
func runRooms(ctx context.Context, c cli, args []string) int {
	f := newFlags(commandNamed("rooms"))
	db := dbFlag(f)
	olderThan := ageFlag(f, "older-than", 0, "archive the rooms that have not changed for this `DURATION`, like 90d or 12h")
	rest, code, ok := f.parseOrExplain(c, args)
	if !ok {
		return code
	}
	switch {
	case len(rest) == 0:
		return f.wrongArgs(c, "say archive --older-than DURATION")
	case rest[0] != "archive":
		return f.wrongArgs(c, "unknown rooms command %q: say archive --older-than DURATION", rest[0])
	case len(rest) > 1:
		return f.wrongArgs(c, "archive takes no arguments, got %q", rest[1])
	case *olderThan == 0:
		return f.wrongArgs(c, "archive needs --older-than, like --older-than 90d")
	case *olderThan < 0:
		return f.wrongArgs(c, "--older-than is a time like 90d or 12h, more than 0, not %s", formatAge(*olderThan))
	}
	// Archiving writes to the store, so it holds it like the server does:
	// never beside a running trio, whose rooms it would not see change.
	hub, closeStore, err := claimHub(ctx, *db)
	if err != nil {
		return c.fail(err)
	}
	defer closeStore()
	archived, err := hub.Archive(ctx, *olderThan)
	if err != nil {
		var failed *session.SaveFailure
		if errors.As(err, &failed) {
			err = failed.Err // the store's own sentence, for whoever runs trio
		}
		return c.fail(fmt.Errorf("archived %s, then could not archive the rest: %w", count(archived, "room"), err))
	}
	if archived == 0 {
		fmt.Fprintf(c.out, "No room to archive: none has gone %s without a change, or they are archived already.\n", formatAge(*olderThan))
		return exitOK
	}
	fmt.Fprintf(c.out, "Archived %s that had not changed for %s.\n", count(archived, "room"), formatAge(*olderThan))
	fmt.Fprintln(c.err, "They stay in the store: trio list shows them, trio export exports them, and a change to one brings it back.")
	return exitOK
}
