package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

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
	// trio makes no folders for an export: a path that is off by a letter
	// is told at once, before the store is read.
	if *output != "" {
		if err := checkFolderOf(*output); err != nil {
			return c.fail(err)
		}
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
		return c.fail(fmt.Errorf("could not write the export to %s (%v). Check the path and the disk, and try again.", *output, cause(err)))
	}
	fmt.Fprintf(c.err, "Wrote %s\n", *output)
	return exitOK
}

// checkFolderOf refuses a file path whose folder is not there.
func checkFolderOf(path string) error {
	dir := filepath.Dir(path)
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("cannot write the export to %s: there is no folder %s. Create it first, or give -o a file in a folder that is there.", path, dir)
	case err != nil:
		return fmt.Errorf("cannot write the export to %s (%v). Check the path, and try again.", path, cause(err))
	case !info.IsDir():
		return fmt.Errorf("cannot write the export to %s: %s is a file, not a folder. Give -o a file in a folder.", path, dir)
	}
	return nil
}
