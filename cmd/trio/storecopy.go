package main

import (
	"context"
	"fmt"

	"trio/session"
)

// runStore looks after a store as a whole: copy it into another, from
// SQLite to PostgreSQL or back.
func runStore(ctx context.Context, c cli, args []string) int {
	f := newFlags(commandNamed("store"))
	from := f.String("from", "", "the store to copy: a SQLite `PATH` or postgres://…")
	to := f.String("to", "", "the empty store to copy into: a SQLite `PATH` or postgres://…")
	rest, code, ok := f.parseOrExplain(c, args)
	if !ok {
		return code
	}
	switch {
	case len(rest) == 0:
		return f.wrongArgs(c, "say copy --from STORE --to STORE")
	case rest[0] != "copy":
		return f.wrongArgs(c, "unknown store command %q: say copy --from STORE --to STORE", rest[0])
	case len(rest) > 1:
		return f.wrongArgs(c, "copy takes no arguments, got %q", rest[1])
	case *from == "" || *to == "":
		return f.wrongArgs(c, "copy needs --from and --to, like --from trio.db --to postgres://trio@localhost/trio")
	case *from == *to:
		return f.wrongArgs(c, "--from and --to are the same store")
	}
	source, err := openStore(ctx, *from, session.ReadStore)
	if err != nil {
		return c.fail(err)
	}
	defer source.Close()
	// The target is written, so it is held as a server holds it.
	target, err := openStore(ctx, *to, session.ClaimStore)
	if err != nil {
		return c.fail(err)
	}
	defer target.Close()
	copied, err := session.CopyStore(ctx, source, target)
	if err != nil {
		return c.fail(err)
	}
	fmt.Fprintf(c.out, "Copied %s (%s, %s) and %s from %s to %s; both replay the same.\n",
		count(copied.Events, "event"), count(copied.Rooms, "room"), count(copied.Workshops, "workshop"),
		count(copied.Unsent, "unsent text"), session.ShownStore(*from), session.ShownStore(*to))
	return exitOK
}

// openStore opens a SQLite file with open, or a PostgreSQL database.
func openStore(ctx context.Context, db string, open func(context.Context, string, ...session.StoreOption) (*session.SQLiteStore, error)) (session.Store, error) {
	if session.IsPostgres(db) {
		return session.OpenPostgres(ctx, db)
	}
	return open(ctx, db)
}
