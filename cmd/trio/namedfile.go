package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"

	"trio/content"
)

// A file a person names on the command line may be anything: a device
// that never ends (/dev/zero), a named pipe nobody writes to, a folder, a
// file of gigabytes. trio reads only regular files, and only so much of
// them, so it never fills its memory or waits at start, and a signal
// always finds it able to stop.

// namedFile is a kind of file trio reads: what it holds, and the most
// trio reads of it.
type namedFile struct {
	what  string // "the script"
	limit int64  // bytes
}

var (
	kindScript      = namedFile{"the script", content.MaxFileBytes}
	kindAllowedKeys = namedFile{"the allowed keys", 1 << 20}
	kindHostKey     = namedFile{"the host key", 64 << 10}
)

// fileError is a sentence for a person that still tells the program what
// went wrong underneath (fs.ErrNotExist, for one).
type fileError struct {
	sentence string
	cause    error
}

func (e *fileError) Error() string { return e.sentence }
func (e *fileError) Unwrap() error { return e.cause }

// readNamedFile reads a regular file of at most kind.limit bytes, and
// refuses anything else in one sentence that names the file.
func readNamedFile(path string, kind namedFile) ([]byte, error) {
	cannot := func(err error) error {
		return &fileError{fmt.Sprintf("cannot read %s %s (%v). Check the path and try again.", kind.what, path, cause(err)), err}
	}
	// Look before opening: opening a named pipe waits for a writer.
	info, err := os.Stat(path)
	if err != nil {
		return nil, cannot(err)
	}
	if err := regular(path, info, kind); err != nil {
		return nil, err
	}
	// Should it have become something else since, opening still does not
	// wait, nor make a terminal trio's own.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
	if err != nil {
		return nil, cannot(err)
	}
	defer f.Close()
	if info, err = f.Stat(); err != nil {
		return nil, cannot(err)
	}
	if err := regular(path, info, kind); err != nil {
		return nil, err
	}
	// One byte past the limit tells a file that is too big, or grew.
	data, err := io.ReadAll(io.LimitReader(f, kind.limit+1))
	if err != nil {
		return nil, cannot(err)
	}
	if int64(len(data)) > kind.limit {
		return nil, tooBig(path, kind)
	}
	return data, nil
}

// regular refuses what is not a regular file, or is too big to read.
func regular(path string, info fs.FileInfo, kind namedFile) error {
	if !info.Mode().IsRegular() {
		return &fileError{fmt.Sprintf("%s is %s: trio reads %s only from a regular file. Name one, and try again.", path, fileType(info.Mode()), kind.what), nil}
	}
	if info.Size() > kind.limit {
		return tooBig(path, kind)
	}
	return nil
}

func tooBig(path string, kind namedFile) error {
	return &fileError{fmt.Sprintf("%s is larger than %s, the most trio reads for %s: is this the right file?", path, size(kind.limit), kind.what), nil}
}

// fileType names what a path is when it is not a regular file.
func fileType(mode fs.FileMode) string {
	switch {
	case mode.IsDir():
		return "a folder"
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeDevice != 0:
		return "a device"
	}
	return "not a regular file"
}

// size is a number of bytes in KB or MB, as people say it.
func size(bytes int64) string {
	if bytes >= 1<<20 && bytes%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", bytes>>20)
	}
	return fmt.Sprintf("%d KB", bytes>>10)
}

// cause is the operating system's words for what went wrong ("no such
// file or directory"), without the operation and path the sentence
// already says.
func cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
