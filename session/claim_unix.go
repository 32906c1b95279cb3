//go:build unix

package session

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// claim takes the store's lock file, path.lock beside it, for as long as
// this process runs: the kernel lets go of it when the process ends, even
// when it is killed, so a crash never leaves a store claimed. SQLite's own
// locks cannot serve: they last one transaction, and a lock on the
// database file itself would be dropped by SQLite closing its descriptors.
func claim(path string) (release func(), err error) {
	lock := path + ".lock"
	f, err := os.OpenFile(lock, os.O_RDWR|os.O_CREATE, 0o600)
	if readOnly(err) {
		return nil, problem(ErrReadOnly, "cannot write in the folder %s (%v), where trio keeps its journal beside the store. Make the folder writable, or use --db to choose another place.", filepath.Dir(path), cause(err))
	}
	if err != nil {
		return nil, fmt.Errorf("cannot open %s (%v). Check the folder's permissions, or use --db to choose another file.", lock, cause(err))
	}
	if err := lockFile(f); err != nil {
		holder, _ := io.ReadAll(io.LimitReader(f, 32))
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			who := "another trio"
			if pid, err := strconv.Atoi(strings.TrimSpace(string(holder))); err == nil {
				who = fmt.Sprintf("another trio (process %d)", pid)
			}
			return nil, problem(ErrInUse, "%s is in use by %s. Stop that one first, or use --db to choose another file.", path, who)
		}
		return nil, fmt.Errorf("cannot lock %s (%v). Use --db to choose another file.", lock, err)
	}
	// Say who holds it, for the message another trio gives.
	f.Truncate(0)
	f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	return func() { f.Close() }, nil
}

// lockFile takes the lock, trying again for a moment when it is held: a
// process that forks (to start a program) holds a copy of every open file
// until the new program starts, so a lock just let go can look held for
// a few milliseconds.
func lockFile(f *os.File) error {
	var err error
	for range lockTries {
		if err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); !errors.Is(err, syscall.EWOULDBLOCK) {
			return err
		}
		time.Sleep(lockRetry)
	}
	return err
}

const (
	lockTries = 10
	lockRetry = 20 * time.Millisecond
)
