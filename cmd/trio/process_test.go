package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"trio/internal/pgserver"
)

// The process tests run trio as people do: the program built from this
// folder, once per test run, without the race detector even under -race
// (which slows a server of a hundred terminals more than tenfold, past
// the time limits that matter to people).
var built struct {
	once sync.Once
	dir  string // removed after the tests
	path string
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
	pgserver.Stop()
	os.Exit(code)
}

// program builds trio once and returns the path of the binary.
func program(t *testing.T) string {
	t.Helper()
	built.once.Do(func() {
		if built.dir, built.err = os.MkdirTemp("", "trio-program-"); built.err != nil {
			return
		}
		// Others may run it: the store tests run it as another user.
		os.Chmod(built.dir, 0o755)
		built.path = filepath.Join(built.dir, "trio")
		out, err := exec.Command("go", "build", "-o", built.path, ".").CombinedOutput()
		if err != nil {
			built.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if built.err != nil {
		t.Fatal(built.err)
	}
	return built.path
}

// process is trio running as a program of its own.
type process struct {
	t      *testing.T
	cmd    *exec.Cmd
	lines  chan string // standard output, line by line
	stderr *syncBuffer
	exited chan struct{}
	state  *os.ProcessState
}

// trioCommand is trio's command line, ready to start or run.
func trioCommand(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	return exec.Command(program(t), args...)
}

// start starts trio and reads its standard output as it comes.
func start(t *testing.T, args ...string) *process {
	t.Helper()
	p := &process{t: t, cmd: trioCommand(t, args...), lines: make(chan string, 100), stderr: &syncBuffer{}, exited: make(chan struct{})}
	p.cmd.Stderr = p.stderr
	stdout, err := p.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		scan := bufio.NewScanner(stdout)
		for scan.Scan() {
			select {
			case p.lines <- scan.Text():
			default: // nobody is waiting for more
			}
		}
		p.cmd.Wait()
		p.state = p.cmd.ProcessState
		close(p.exited)
	}()
	t.Cleanup(func() {
		p.cmd.Process.Kill()
		<-p.exited
	})
	return p
}

// serve starts trio serve on a free loopback port and returns once it
// listens, with the address it printed.
func serve(t *testing.T, db, hostKey string) (*process, string) {
	t.Helper()
	// Every test connection comes from one address, many at once.
	p := start(t, "serve", "--addr", "127.0.0.1:0", "--db", db, "--host-key", hostKey,
		"--connect-rate", "1000", "--max-waiting", "300", "--max-waiting-per-address", "300", "--max-waiting-start", "0")
	deadline := time.After(20 * time.Second)
	for {
		select {
		case line := <-p.lines:
			if addr, ok := strings.CutPrefix(line, "trio is serving on "); ok {
				return p, addr
			}
		case <-p.exited:
			t.Fatalf("trio serve ended at start: %v\n%s", p.state, p.stderr)
		case <-deadline:
			t.Fatalf("trio serve never said where it listens:\n%s", p.stderr)
		}
	}
}

// kill ends trio at once, as kill -9 does: no clean-up of any kind.
func (p *process) kill() {
	p.t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		p.t.Fatal(err)
	}
	<-p.exited
}

// wait waits up to limit for trio to end.
func (p *process) wait(limit time.Duration) (ended bool) {
	select {
	case <-p.exited:
		return true
	case <-time.After(limit):
		return false
	}
}

// syncBuffer is a buffer two goroutines may share.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
