package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAFailedWriteToStdoutExitsOne: a result that could not be written (a
// full disk) is an error, exit 1, with one line that says so; never exit 0
// as if it had been.
func TestAFailedWriteToStdoutExitsOne(t *testing.T) {
	t.Parallel()
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full here: %v", err)
	}
	defer full.Close()
	db := filepath.Join(t.TempDir(), "trio.db")
	printed, _, _ := trio(t, "demo", "--db", db)
	code := strings.TrimSpace(printed)
	for _, args := range [][]string{
		{"export", code, "--db", db},
		{"export", code, "--format", "json", "--db", db},
		{"list", "--db", db},
		{"help"},
		{"--help"},
		{"help", "export"},
		{"script", "show"},
		{"script", "show", "defaults"},
		{"version"},
	} {
		var errOut bytes.Buffer
		got := run(context.Background(), args, full, &errOut)
		want := "trio: could not write to standard output (no space left on device). Check where it goes, and try again.\n"
		if got != exitError || errOut.String() != want {
			t.Errorf("trio %s > /dev/full: exit %d, said %q; want exit 1 and %q", strings.Join(args, " "), got, errOut.String(), want)
		}
	}
}
