package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"
)

// A server under test runs as a child process of trio-load (the same
// binary, with a hidden subcommand), so its memory and CPU are its own and
// never the clients'. The two talk over the child's standard input and
// output: one request a line, one JSON reply a line.

// childReply is every answer the child gives; fields unused by a request
// stay empty.
type childReply struct {
	Addr  string       `json:"addr,omitempty"`
	PID   int          `json:"pid,omitempty"`
	Room  string       `json:"room,omitempty"`
	Stats *serverStats `json:"stats,omitempty"`
	Error string       `json:"error,omitempty"`

	// Workshop and Rooms are the coach's workshop and its trios' rooms.
	Workshop string   `json:"workshop,omitempty"`
	Rooms    []string `json:"rooms,omitempty"`

	// AppendMicros are the store's appends, each in microseconds.
	AppendMicros []int64 `json:"append_us,omitempty"`
}

// child is a server running as a child process.
type child struct {
	cmd  *exec.Cmd
	in   io.WriteCloser
	out  *bufio.Scanner
	addr string
	pid  int

	mu sync.Mutex // one request at a time
}

// childDBEnv names the PostgreSQL database a trio child serves; empty,
// a fresh file store of its own. It is in the child's environment, not on
// its command line, where anyone on the machine could read a password.
const childDBEnv = "TRIO_LOAD_DB"

// startChild starts this program as the server named by role
// ("serve-trio", "serve-floor") and waits for its address. The child has
// the extra files from file descriptor 3 on.
func startChild(ctx context.Context, role string, stderr io.Writer, extra ...*os.File) (*child, error) {
	return startChildOn(ctx, role, "", stderr, extra...)
}

// startChildOn starts the server as startChild does; a trio server serves
// the PostgreSQL database at dsn, unless dsn is empty.
func startChildOn(_ context.Context, role, dsn string, stderr io.Writer, extra ...*os.File) (*child, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("cannot find this program to start the server: %w", err)
	}
	// Not CommandContext: the server lives until close, which ends it cleanly.
	cmd := exec.Command(self, role) //nolint:noctx
	cmd.Env = append(os.Environ(), childDBEnv+"="+dsn)
	cmd.Stderr = stderr
	cmd.ExtraFiles = extra
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("cannot start the %s server: %w", strings.TrimPrefix(role, "serve-"), err)
	}
	c := &child{cmd: cmd, in: in, out: bufio.NewScanner(out), pid: cmd.Process.Pid}
	c.out.Buffer(make([]byte, 64*1024), 1<<20)
	var hello childReply
	if err := c.read(&hello); err != nil {
		c.close()
		return nil, fmt.Errorf("the %s server did not start: %w", strings.TrimPrefix(role, "serve-"), err)
	}
	c.addr = hello.Addr
	return c, nil
}

func (c *child) read(reply *childReply) error {
	if !c.out.Scan() {
		if err := c.out.Err(); err != nil {
			return err
		}
		return errors.New("the server process ended")
	}
	if err := json.Unmarshal(c.out.Bytes(), reply); err != nil {
		return fmt.Errorf("the server answered %q: %w", c.out.Text(), err)
	}
	if reply.Error != "" {
		return errors.New(reply.Error)
	}
	return nil
}

// ask sends one request and reads its reply.
func (c *child) ask(request string) (childReply, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var reply childReply
	if _, err := io.WriteString(c.in, request+"\n"); err != nil {
		return reply, fmt.Errorf("the server process is gone: %w", err)
	}
	return reply, c.read(&reply)
}

// stats reads the server's figures; with gc, after a garbage collection,
// so the heap is what is live.
func (c *child) stats(gc bool) (serverStats, error) {
	req := "stats"
	if gc {
		req = "stats gc"
	}
	reply, err := c.ask(req)
	if err != nil {
		return serverStats{}, err
	}
	if reply.Stats == nil {
		return serverStats{}, errors.New("the server sent no figures")
	}
	return *reply.Stats, nil
}

// appendsSince is how long the store's appends took, after the first n.
func (c *child) appendsSince(n int) ([]time.Duration, error) {
	reply, err := c.ask("appends " + strconv.Itoa(n))
	if err != nil {
		return nil, err
	}
	took := make([]time.Duration, len(reply.AppendMicros))
	for i, us := range reply.AppendMicros {
		took[i] = time.Duration(us) * time.Microsecond
	}
	return took, nil
}

// openRoom asks the server for a room with these members and returns the
// room's code.
func (c *child) openRoom(ids []string) (string, error) {
	reply, err := c.ask("open " + strings.Join(ids, " "))
	return reply.Room, err
}

// close ends the server: closing its input is its signal to stop.
func (c *child) close() {
	c.in.Close()
	done := make(chan struct{})
	go func() { c.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		c.cmd.Process.Kill()
		<-done
	}
}

// profile starts (a file) or stops ("stop") the server's CPU profile.
func (c *child) profile(arg string) error {
	_, err := c.ask("profile " + arg)
	return err
}
