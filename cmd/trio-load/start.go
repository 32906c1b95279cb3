package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/creack/pty"
)

// Local start is how long `trio` takes, from the command to its first
// screen in a terminal: the process starting, the store opening (and
// replaying its rooms), the first frame drawn.

// localHome is on trio's first screen in local mode.
const localHome = "Start a new workshop"

// startFigures is what the start scenario measured.
type startFigures struct {
	Binary   string `json:"binary"`
	Store    string `json:"store"` // "fresh" or the --db file
	Runs     int    `json:"runs"`
	Failures int    `json:"failures"`
	Start    dist   `json:"start"`
	FirstErr string `json:"first_error,omitempty"`
}

// findTrio is the trio binary to start: --trio-bin, or trio beside
// trio-load, or on the PATH.
func findTrio(flag string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	if self, err := os.Executable(); err == nil {
		beside := filepath.Join(filepath.Dir(self), "trio")
		if _, err := os.Stat(beside); err == nil {
			return beside, nil
		}
	}
	if path, err := exec.LookPath("trio"); err == nil {
		return path, nil
	}
	return "", errors.New("there is no trio to start: build it (go build -o trio ./cmd/trio) and pass --trio-bin ./trio")
}

// measureStart starts trio o.sessions times, each in a terminal of its own
// and on a fresh store unless --db names one, and times its first screen.
func measureStart(ctx context.Context, o options, log io.Writer) (startFigures, error) {
	bin, err := trioToStart(ctx, o.trioBin)
	if err != nil {
		return startFigures{}, err
	}
	fig := startFigures{Binary: bin, Store: "fresh", Runs: o.sessions}
	if o.db != "" {
		fig.Store = o.db
	}
	fmt.Fprintf(log, "starting %s %d times\n", bin, o.sessions)
	var took []time.Duration
	for range o.sessions {
		if ctx.Err() != nil {
			break
		}
		d, err := startOnce(o, bin)
		if err != nil {
			fig.Failures++
			if fig.FirstErr == "" {
				fig.FirstErr = err.Error()
			}
			continue
		}
		took = append(took, d)
	}
	fig.Start = summarise(took)
	return fig, nil //nolint:nilerr // a run cut short reports the starts it timed
}

func startOnce(o options, bin string) (time.Duration, error) {
	db := o.db
	if db == "" {
		dir, err := os.MkdirTemp("", "trio-load-start-")
		if err != nil {
			return 0, err
		}
		defer os.RemoveAll(dir)
		db = filepath.Join(dir, "trio.db")
	}
	// Not CommandContext: each start is killed as soon as its screen is timed.
	cmd := exec.Command(bin, "--db", db) //nolint:noctx
	cmd.Env = append(os.Environ(), "TERM=xterm-256color")
	began := time.Now()
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(o.width), Rows: uint16(o.height)})
	if err != nil {
		return 0, fmt.Errorf("cannot start %s: %w", bin, err)
	}
	cl := newClient("local", tty, tty, o.width, o.height, func() { tty.Close() })
	at, ok := cl.until(cl.expectShown(localHome), began.Add(o.timeout))
	screen := cl.screen()
	// ctrl+c, as a person would; then make sure.
	cl.send("\x03")
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	select {
	case <-exited:
	case <-time.After(2 * time.Second):
		cmd.Process.Kill()
		<-exited
	}
	cl.close()
	if !ok {
		return 0, fmt.Errorf("trio did not show %q within %v; it showed:\n%s", localHome, o.timeout, screen)
	}
	return at.Sub(began), nil
}
