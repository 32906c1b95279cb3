package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/charmbracelet/x/ansi"

	"trio/session"
)

func runList(ctx context.Context, c cli, args []string) int {
	f := newFlags(commandNamed("list"))
	db := dbFlag(f)
	rest, code, ok := f.parseOrExplain(c, args)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		return f.wrongArgs(c, "list takes no arguments, got %q", rest[0])
	}
	hub, closeStore, err := openHub(ctx, *db)
	if err != nil {
		return c.fail(err)
	}
	defer closeStore()
	rooms := hub.Rooms()
	if len(rooms) == 0 {
		fmt.Fprintln(c.out, "No rooms yet. Play a sample session with: trio demo")
		return exitOK
	}
	w := tabwriter.NewWriter(c.out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "CODE\tLAST CHANGE\tARCHIVED\tPHASE\tPEOPLE\tQUESTION")
	for _, r := range rooms {
		phase := fmt.Sprintf("%d/%d %s", r.Phase+1, len(r.Script.Phases), r.CurrentPhase().Title)
		archived := "-"
		if r.Archived() {
			archived = r.ArchivedAt.Local().Format("2006-01-02 15:04")
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%d\t%s\n", session.FormatCode(r.Code),
			r.UpdatedAt.Local().Format("2006-01-02 15:04"), archived, phase, len(r.People),
			ansi.Truncate(r.Question, 60, "…"))
	}
	w.Flush()
	return exitOK
}
