// Package pgserver starts a real PostgreSQL server for tests and for the
// load generator: Debian's postgresql package, initdb in a temporary
// folder, listening on a Unix socket only (no TCP), one database per test.
// As root it runs the server as the postgres user, which PostgreSQL
// requires.
package pgserver

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Skip is the one line a test run without PostgreSQL says.
const Skip = "PostgreSQL is not installed: these tests need Debian's postgresql package (apt-get install postgresql), as .ci/run installs it"

// Server is one running PostgreSQL, shared by a test binary's tests.
type Server struct {
	dir    string // the data folder and socket folder's parent
	socket string
	bin    string
	owner  *user.User // the server's user when run as root; nil otherwise
	// durable keeps PostgreSQL's own fsync=on; tests run without it.
	durable bool

	mu   sync.Mutex
	next int
}

var (
	shared     *Server
	sharedErr  error
	sharedOnce sync.Once
)

// Database returns the connection string of a new, empty database on the
// package's server, starting the server on first use. A machine without
// PostgreSQL skips the test, saying how to run it.
func Database(t testing.TB) string {
	t.Helper()
	sharedOnce.Do(func() { shared, sharedErr = Start() })
	if errors.Is(sharedErr, ErrMissing) {
		t.Skip(Skip)
	}
	if sharedErr != nil {
		t.Fatalf("starting PostgreSQL: %v", sharedErr)
	}
	return shared.database(t)
}

// Private starts a server for one test alone, one it may stop and start
// again; it is stopped after the test.
func Private(t testing.TB) *Server {
	t.Helper()
	s, err := Start()
	if errors.Is(err, ErrMissing) {
		t.Skip(Skip)
	}
	if err != nil {
		t.Fatalf("starting PostgreSQL: %v", err)
	}
	t.Cleanup(s.Stop)
	return s
}

// ErrMissing says the machine has no PostgreSQL programs.
var ErrMissing = errors.New("PostgreSQL is not installed (Debian: apt-get install postgresql)")

// binDir finds the server's programs: on PATH, or in Debian's folder.
func binDir() (string, error) {
	if p, err := exec.LookPath("pg_ctl"); err == nil {
		if target, err := filepath.EvalSymlinks(p); err == nil {
			return filepath.Dir(target), nil
		}
		return filepath.Dir(p), nil
	}
	matches, _ := filepath.Glob("/usr/lib/postgresql/*/bin/pg_ctl")
	if len(matches) == 0 {
		return "", ErrMissing
	}
	return filepath.Dir(matches[len(matches)-1]), nil
}

// Option changes how Start runs the server.
type Option func(*Server)

// Durable runs the server with PostgreSQL's defaults, fsync and
// synchronous_commit on, so a commit is on disk when it returns: for
// measuring, where tests turn fsync off for speed.
func Durable() Option {
	return func(s *Server) { s.durable = true }
}

// Start initialises and starts a new server in a temporary folder; Stop
// stops it and removes the folder.
func Start(opts ...Option) (*Server, error) {
	bin, err := binDir()
	if err != nil {
		return nil, err
	}
	var owner *user.User
	parent := "" // the system's temporary folder
	if os.Geteuid() == 0 {
		if owner, err = user.Lookup("postgres"); err != nil {
			return nil, fmt.Errorf("running as root, PostgreSQL needs the postgres user: %w", err)
		}
		// Somewhere the postgres user can reach: a root-only /tmp is not.
		parent = owner.HomeDir
	}
	dir, err := os.MkdirTemp(parent, "trio-pg-")
	if err != nil {
		return nil, err
	}
	s := &Server{dir: dir, socket: filepath.Join(dir, "socket"), bin: bin, owner: owner}
	for _, opt := range opts {
		opt(s)
	}
	if err := os.MkdirAll(s.socket, 0o700); err != nil {
		return nil, err
	}
	if err := s.chown(dir, s.socket); err != nil {
		return nil, err
	}
	if out, err := s.run("initdb", "-D", s.data(), "-U", "trio", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("initdb: %v\n%s", err, out)
	}
	if err := s.Up(); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	return s, nil
}

func (s *Server) data() string { return filepath.Join(s.dir, "data") }

// Up starts the server's process on its folder.
func (s *Server) Up() error {
	opts := fmt.Sprintf("-c listen_addresses='' -c unix_socket_directories=%s -c max_connections=200", s.socket)
	if !s.durable {
		opts += " -c fsync=off"
	}
	if out, err := s.run("pg_ctl", "-D", s.data(), "-o", opts, "-l", filepath.Join(s.dir, "log"), "-w", "-t", "60", "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(s.dir, "log"))
		return fmt.Errorf("pg_ctl start: %v\n%s\n%s", err, out, log)
	}
	return nil
}

// Down stops the server's process at once, as a crash would, keeping its
// folder for Up.
func (s *Server) Down() error {
	if out, err := s.run("pg_ctl", "-D", s.data(), "-m", "immediate", "-w", "stop"); err != nil {
		return fmt.Errorf("pg_ctl stop: %v\n%s", err, out)
	}
	return nil
}

// Stop stops the server and removes its folder.
func (s *Server) Stop() {
	s.Down()
	os.RemoveAll(s.dir)
}

// Stop stops the shared server and removes its folder; TestMain calls it
// after the tests.
func Stop() {
	if shared != nil {
		shared.Stop()
	}
}

// database makes a new database for one test and drops it after.
func (s *Server) database(t testing.TB) string {
	t.Helper()
	dsn, name, err := s.newDatabase()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		s.run("dropdb", "-h", s.socket, "-U", "trio", "--force", name)
	})
	return dsn
}

// NewDatabase makes a new, empty database and returns its connection
// string.
func (s *Server) NewDatabase() (string, error) {
	dsn, _, err := s.newDatabase()
	return dsn, err
}

func (s *Server) newDatabase() (dsn, name string, err error) {
	s.mu.Lock()
	s.next++
	name = fmt.Sprintf("test_%d_%d", os.Getpid(), s.next)
	s.mu.Unlock()
	if out, err := s.run("createdb", "-h", s.socket, "-U", "trio", name); err != nil {
		return "", "", fmt.Errorf("createdb: %v\n%s", err, out)
	}
	return s.DSN(name), name, nil
}

// DSN is the connection string of a database on the server.
func (s *Server) DSN(name string) string {
	return fmt.Sprintf("postgres://trio@/%s?host=%s&sslmode=disable", name, s.socket)
}

// run runs one of the server's programs, as its user when run as root.
func (s *Server) run(program string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, filepath.Join(s.bin, program), args...)
	cmd.Dir = s.dir
	if s.owner != nil {
		uid, _ := strconv.Atoi(s.owner.Uid)
		gid, _ := strconv.Atoi(s.owner.Gid)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}}
	}
	cmd.Env = append(os.Environ(), "LC_ALL=C")
	out, err := cmd.CombinedOutput()
	return []byte(strings.TrimSpace(string(out))), err
}

// chown gives the folders to the server's user when run as root.
func (s *Server) chown(paths ...string) error {
	if s.owner == nil {
		return nil
	}
	uid, _ := strconv.Atoi(s.owner.Uid)
	gid, _ := strconv.Atoi(s.owner.Gid)
	for _, p := range paths {
		if err := os.Chown(p, uid, gid); err != nil {
			return err
		}
	}
	return nil
}
