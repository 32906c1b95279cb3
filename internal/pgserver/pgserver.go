// Package pgserver starts a real PostgreSQL server for tests: Debian's
// postgresql package, initdb in a temporary folder, listening on a Unix
// socket only (no TCP), one database per test. As root it runs the server
// as the postgres user, which PostgreSQL requires.
package pgserver

import (
	"context"
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
	sharedOnce.Do(func() { shared, sharedErr = start() })
	if sharedErr == errMissing {
		t.Skip(Skip)
	}
	if sharedErr != nil {
		t.Fatalf("starting PostgreSQL: %v", sharedErr)
	}
	return shared.database(t)
}

var errMissing = fmt.Errorf("missing")

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
		return "", errMissing
	}
	return filepath.Dir(matches[len(matches)-1]), nil
}

func start() (*Server, error) {
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
	if err := os.MkdirAll(s.socket, 0o700); err != nil {
		return nil, err
	}
	if err := s.chown(dir, s.socket); err != nil {
		return nil, err
	}
	data := filepath.Join(dir, "data")
	if out, err := s.run("initdb", "-D", data, "-U", "trio", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"); err != nil {
		return nil, fmt.Errorf("initdb: %v\n%s", err, out)
	}
	opts := fmt.Sprintf("-c listen_addresses='' -c unix_socket_directories=%s -c fsync=off -c max_connections=200", s.socket)
	if out, err := s.run("pg_ctl", "-D", data, "-o", opts, "-l", filepath.Join(dir, "log"), "-w", "-t", "60", "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "log"))
		return nil, fmt.Errorf("pg_ctl start: %v\n%s\n%s", err, out, log)
	}
	return s, nil
}

// Stop stops the shared server and removes its folder; TestMain calls it
// after the tests.
func Stop() {
	if shared == nil {
		return
	}
	shared.run("pg_ctl", "-D", filepath.Join(shared.dir, "data"), "-m", "immediate", "-w", "stop")
	os.RemoveAll(shared.dir)
}

// database makes a new database for one test and drops it after.
func (s *Server) database(t testing.TB) string {
	t.Helper()
	s.mu.Lock()
	s.next++
	name := fmt.Sprintf("test_%d_%d", os.Getpid(), s.next)
	s.mu.Unlock()
	if out, err := s.run("createdb", "-h", s.socket, "-U", "trio", name); err != nil {
		t.Fatalf("createdb: %v\n%s", err, out)
	}
	t.Cleanup(func() {
		s.run("dropdb", "-h", s.socket, "-U", "trio", "--force", name)
	})
	return s.DSN(name)
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
