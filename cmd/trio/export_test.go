package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportIntoAFolderThatIsNotThereIsRefused: trio makes no folder for
// an export (a path off by a letter would scatter files); it says which
// folder is missing, exit 1, and writes nothing.
func TestExportIntoAFolderThatIsNotThereIsRefused(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "trio.db")
	printed, _, _ := trio(t, "demo", "--db", db)
	code := strings.TrimSpace(printed)
	missing := filepath.Join(dir, "no", "such")
	file := filepath.Join(missing, "pov.md")
	out, errOut, exit := trio(t, "export", code, "-o", file, "--db", db)
	want := "trio: cannot write the export to " + file + ": there is no folder " + missing + ". Create it first, or give -o a file in a folder that is there.\n"
	if exit != exitError || out != "" || errOut != want {
		t.Errorf("exit %d, said %q; want exit 1 and %q", exit, errOut, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "no")); !os.IsNotExist(err) {
		t.Errorf("the export made a folder: %v", err)
	}
}
