package main

import (
	"bufio"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"

	gossh "golang.org/x/crypto/ssh"
)

// backend is a server under test, as the child process runs it.
type backend interface {
	// open prepares a room for members with these participant ids and
	// returns what a member passes to `join`.
	open(ctx context.Context, ids []string) (string, error)
	close()
}

// serveChild is the child process: it starts the server named by role on
// a loopback port, says where, and answers requests until its input ends.
func serveChild(ctx context.Context, role string, in io.Reader, out io.Writer) int {
	dir, err := os.MkdirTemp("", "trio-load-")
	if err != nil {
		return childFail(out, err)
	}
	defer os.RemoveAll(dir)
	ln, err := (&net.ListenConfig{}).Listen(ctx, "tcp", "127.0.0.1:0")
	if err != nil {
		return childFail(out, err)
	}
	var b backend
	switch role {
	case "serve-trio":
		b, err = startTrio(ctx, ln, dir, os.Getenv(childDBEnv))
	case "serve-floor":
		b, err = startFloor(ln)
	default:
		err = fmt.Errorf("unknown server %q", role)
	}
	if err != nil {
		ln.Close()
		return childFail(out, err)
	}
	defer b.close()
	enc := json.NewEncoder(out)
	enc.Encode(childReply{Addr: ln.Addr().String(), PID: os.Getpid()})
	lines := bufio.NewScanner(in)
	lines.Buffer(make([]byte, 64*1024), 1<<20)
	for lines.Scan() {
		fields := strings.Fields(lines.Text())
		if len(fields) == 0 {
			continue
		}
		var reply childReply
		switch fields[0] {
		case "open":
			reply.Room, err = b.open(ctx, fields[1:])
		case "stats":
			reply.Stats, err = ownStats(len(fields) > 1 && fields[1] == "gc")
			if t, ok := b.(*trioBackend); ok && err == nil && t.appends != nil {
				reply.Stats.Appended = t.appends.count()
			}
		case "appends":
			reply.AppendMicros, err = appendsRequest(b, fields[1:])
		case "profile":
			err = profile(fields[1:])
		case "coach":
			reply, err = coachRequest(b, fields[1:])
		case "await":
			err = awaitRequest(ctx, b, fields[1:])
		default:
			err = fmt.Errorf("unknown request %q", fields[0])
		}
		if err != nil {
			reply.Error = err.Error()
		}
		enc.Encode(reply)
	}
	return 0
}

// coachRequest starts the workshop scenario's coach ("coach FD WIDTH
// HEIGHT TRIOS") or has them leave ("coach stop"): trio's server only.
func coachRequest(b backend, args []string) (childReply, error) {
	t, ok := b.(*trioBackend)
	if !ok {
		return childReply{}, errors.New("only trio has a coach's dashboard")
	}
	if len(args) == 1 && args[0] == "stop" {
		return childReply{}, t.stopCoach()
	}
	return t.startCoach(args)
}

// appendsRequest answers "appends N": the store's appends after the
// first N, in microseconds (none for a server that times none).
func appendsRequest(b backend, args []string) ([]int64, error) {
	if len(args) != 1 {
		return nil, errors.New("appends takes how many to skip")
	}
	n, err := strconv.Atoi(args[0])
	if err != nil {
		return nil, fmt.Errorf("appends takes a number: %w", err)
	}
	t, ok := b.(*trioBackend)
	if !ok || t.appends == nil {
		return nil, nil
	}
	var us []int64
	for _, d := range t.appends.since(n) {
		us = append(us, d.Microseconds())
	}
	return us, nil
}

// profiling is the CPU profile being written, if any.
var profiling string

// profile starts the server's CPU profile into a file ("profile FILE")
// or stops it ("profile stop") and writes the heap beside it, FILE.heap.
func profile(args []string) error {
	switch {
	case len(args) == 1 && args[0] == "stop":
		pprof.StopCPUProfile()
		f, err := os.Create(profiling + ".heap")
		if err != nil {
			return err
		}
		defer f.Close()
		runtime.GC()
		return pprof.Lookup("heap").WriteTo(f, 0)
	case len(args) == 1:
		f, err := os.Create(args[0])
		if err != nil {
			return err
		}
		profiling = args[0]
		return pprof.StartCPUProfile(f)
	}
	return fmt.Errorf("profile takes a file, or stop")
}

func childFail(out io.Writer, err error) int {
	json.NewEncoder(out).Encode(childReply{Error: err.Error()})
	return 1
}

// ownStats reads this process's figures: the kernel's, and the live Go
// heap. CPU time comes from getrusage, in microseconds, finer than the
// hundredths of a second of /proc.
func ownStats(gc bool) (*serverStats, error) {
	s, err := readProc(os.Getpid())
	if err != nil {
		return nil, err
	}
	s.CPUMicros = selfCPU().CPUMicros
	if gc {
		runtime.GC()
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	s.HeapBytes = int64(m.HeapAlloc)
	s.Goroutines = runtime.NumGoroutine()
	return &s, nil
}

// newHostKey makes a throwaway ed25519 host key.
func newHostKey() (gossh.Signer, []byte, error) {
	_, key, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, nil, err
	}
	block, err := gossh.MarshalPrivateKey(key, "")
	if err != nil {
		return nil, nil, err
	}
	signer, err := gossh.NewSignerFromKey(key)
	if err != nil {
		return nil, nil, err
	}
	return signer, pem.EncodeToMemory(block), nil
}
