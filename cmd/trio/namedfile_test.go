package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
)

// TestFilesTrioReadsMustBeRegularAndSmall: a script, the allowed keys, the
// host key and the store are regular files, and all but the store are
// small. A device that never ends, a named pipe nobody writes to, a folder
// or a file of gigabytes is refused at once, with one line that names it,
// exit 1: trio neither fills its memory reading nor waits (refused gives
// up on a trio still running after 20 s).
func TestFilesTrioReadsMustBeRegularAndSmall(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	pipe := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	folder := filepath.Join(dir, "folder")
	os.Mkdir(folder, 0o700)
	huge := filepath.Join(dir, "huge")
	// 8 GB that take no room on disk.
	if f, err := os.Create(huge); err != nil || f.Truncate(8<<30) != nil {
		t.Skipf("cannot make a large sparse file: %v", err)
	} else {
		f.Close()
	}
	db := filepath.Join(dir, "trio.db")
	hostKey := filepath.Join(dir, "host_ed25519")

	readers := []struct {
		what, limit string
		command     func(file string) *exec.Cmd
		missing     bool // a missing file is refused like the others
	}{
		{"the allowed keys", "1 MB", func(file string) *exec.Cmd {
			return trioCommand(t, "serve", "--addr", "127.0.0.1:0", "--db", db, "--host-key", hostKey, "--allow-keys", file)
		}, true},
		{"the host key", "64 KB", func(file string) *exec.Cmd {
			return trioCommand(t, "serve", "--addr", "127.0.0.1:0", "--db", db, "--host-key", file)
		}, false}, // made when it is missing
		{"the script", "256 KB", func(file string) *exec.Cmd { return trioCommand(t, "script", "check", file) }, true},
		{"the script", "256 KB", func(file string) *exec.Cmd { return trioCommand(t, "--script", file, "--db", db) }, true},
		{"the script", "256 KB", func(file string) *exec.Cmd { return trioCommand(t, "demo", "--script", file, "--db", db) }, false}, // a name or a file
	}
	for _, r := range readers {
		for file, is := range map[string]string{"/dev/zero": "a device", pipe: "a named pipe", folder: "a folder"} {
			refused(t, r.command(file), file+" is "+is+": trio reads "+r.what+" only from a regular file. Name one, and try again.")
		}
		refused(t, r.command(huge), huge+" is larger than "+r.limit+", the most trio reads for "+r.what+": is this the right file?")
		if r.missing {
			missing := filepath.Join(dir, "missing")
			refused(t, r.command(missing), "cannot read "+r.what+" "+missing+" (no such file or directory). Check the path and try again.")
		}
	}

	// The store is read by SQLite, whatever its size; it too must be a
	// regular file.
	for _, file := range []string{"/dev/zero", "/dev/null", pipe} {
		for _, cmd := range everyStart(t, file) {
			refused(t, cmd, file+" is not a regular file, and trio keeps its store in one. Give --db the path of a file, like "+filepath.Join(filepath.Dir(file), "trio.db")+".")
		}
	}
}
