package main

import (
	"context"
	"fmt"
	"os"

	"trio/session"
)

func runExport(ctx context.Context, c cli, args []string) int {
	f := newFlags(commandNamed("export"))
	db := dbFlag(f)
	format := f.String("format", "md", "the `FORMAT` of the export: md (Markdown) or json")
	output := f.String("o", "", "write to `FILE` instead of standard output")
	rest, code, ok := f.parseOrExplain(c, args)
	if !ok {
		return code
	}
	switch {
	case len(rest) == 0:
		return f.wrongArgs(c, "which room? Give its code, like ABCD-EFGH (trio list shows them)")
	case len(rest) > 1:
		return f.wrongArgs(c, "export takes one room code, got %d arguments", len(rest))
	case *format != "md" && *format != "json":
		return f.wrongArgs(c, "--format is md or json, not %q", *format)
	}
	hub, closeStore, err := openHub(ctx, *db)
	if err != nil {
		return c.fail(err)
	}
	defer closeStore()
	room, err := hub.Room(rest[0])
	if err != nil {
		return c.fail(err)
	}
	// The command line is nobody in particular: it exports what everyone
	// in the room may see, never a card that is still hidden.
	view := session.ViewFor(room, session.Nobody)
	var data []byte
	if *format == "json" {
		if data, err = session.ExportJSON(view); err != nil {
			return c.fail(err)
		}
	} else {
		data = session.ExportMarkdown(view)
	}
	if *output == "" {
		c.out.Write(data)
		return exitOK
	}
	if err := os.WriteFile(*output, data, 0o644); err != nil {
		return c.fail(fmt.Errorf("could not write the export: %w", err))
	}
	fmt.Fprintf(c.err, "Wrote %s\n", *output)
	return exitOK
}
