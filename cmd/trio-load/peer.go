package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// A peer is another SSH chat, measured beside trio and the floor in the
// same run: trio-load starts its program on a free loopback port with a
// throwaway host key, drives it as the generic client drives any chat
// (everyone in one room, a line typed, then Enter), reads its memory and
// CPU from /proc, and stops it.

// defaultPeerArgs is how ssh-chat is told where to listen and which host
// key is its own.
const defaultPeerArgs = "--bind {addr} -i {key}"

// peerArgs fills the template's {addr} (HOST:PORT) and {key} (a private
// host key file, OpenSSH format) and splits it into arguments.
func peerArgs(template, addr, key string) []string {
	args := strings.Fields(template)
	for i, a := range args {
		args[i] = strings.NewReplacer("{addr}", addr, "{key}", key).Replace(a)
	}
	return args
}

// peerName is the peer's column: its program's name, unless that is one
// of the other two.
func peerName(bin string) string {
	name := filepath.Base(bin)
	if name == "trio" || name == "floor" || name == "." || name == string(filepath.Separator) {
		return "peer"
	}
	return name
}

// checkPeer checks what measuring a peer asks: a program to run, the one
// scenario a chat of one room can do like trio, and trio beside it.
func (o *options) checkPeer(set map[string]bool) error {
	if o.peer == "" {
		if set["peer-args"] {
			return errors.New("--peer-args goes with --peer: add --peer BINARY, the chat to start")
		}
		return nil
	}
	info, err := os.Stat(o.peer)
	switch {
	case err != nil:
		return fmt.Errorf("there is no program at %s: build the chat first, or give --peer its path", o.peer)
	case info.IsDir():
		return fmt.Errorf("%s is a folder: give --peer the chat's program in it", o.peer)
	case info.Mode()&0o111 == 0:
		return fmt.Errorf("%s cannot be run: make it executable (chmod +x %s)", o.peer, o.peer)
	case o.scenario != "crowd":
		return fmt.Errorf("a chat has one room, so --peer measures the crowd scenario only, not %s: use --scenario crowd", o.scenario)
	case o.addr != "" || o.generic || o.planFile != "" || o.serverPID != 0:
		return errors.New("--peer starts the chat itself: leave out --addr, --generic, --plan and --server-pid")
	case !o.trio:
		return errors.New("--peer measures the chat beside trio: leave out --trio=false")
	case !strings.Contains(o.peerArgs, "{addr}"):
		return errors.New("--peer-args must say where the chat listens: put {addr} in it, as in " + defaultPeerArgs)
	}
	return nil
}

// peerIdleWindow is how long each server is measured idle beside a peer,
// unless --idle-window says otherwise. Its CPU then is taken off what the
// contributions cost; a quiet chat's few milliseconds a contribution need
// a longer look at its idle than the default's 3 seconds.
const peerIdleWindow = 10 * time.Second

func (o *options) peerDefaults(set map[string]bool) {
	if o.peer != "" && !o.smoke && !set["idle-window"] {
		o.idleWindow = peerIdleWindow
	}
}

// peerTarget starts the peer and waits until it takes connections.
func peerTarget(o options) (*target, error) {
	dir, err := os.MkdirTemp("", "trio-load-peer-")
	if err != nil {
		return nil, err
	}
	key := filepath.Join(dir, "host_key")
	_, pem, err := newHostKey()
	if err == nil {
		err = os.WriteFile(key, pem, 0o600)
	}
	var addr string
	if err == nil {
		addr, err = freeLoopbackAddr()
	}
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	out := &lastLines{}
	// Not CommandContext: the peer lives until close, which stops it
	// with an interrupt first, as a person would.
	cmd := exec.Command(o.peer, peerArgs(o.peerArgs, addr, key)...) //nolint:noctx
	cmd.Dir, cmd.Stdout, cmd.Stderr = dir, out, out
	if err := cmd.Start(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("cannot start %s: %w", o.peer, err)
	}
	ended := make(chan struct{})
	go func() { cmd.Wait(); close(ended) }()
	stop := func() {
		cmd.Process.Signal(os.Interrupt)
		select {
		case <-ended:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-ended
		}
		os.RemoveAll(dir)
	}
	if err := awaitListening(addr, ended, 10*time.Second); err != nil {
		stop()
		return nil, fmt.Errorf("%s %s: %w%s", o.peer, strings.Join(cmd.Args[1:], " "), err, out.said())
	}
	t := genericTarget(addr, cmd.Process.Pid)
	t.name = peerName(o.peer)
	t.stop = stop
	return t, nil
}

// freeLoopbackAddr finds a port on 127.0.0.1 that nobody listens on now.
// The peer binds it a moment later: another program could take it in
// between, and then the peer says so.
func freeLoopbackAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0") //nolint:noctx
	if err != nil {
		return "", fmt.Errorf("cannot find a free loopback port for the chat: %w", err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr, nil
}

// awaitListening waits until addr takes a connection, the program ends,
// or the time runs out.
func awaitListening(addr string, ended <-chan struct{}, within time.Duration) error {
	deadline := time.Now().Add(within)
	for {
		conn, err := net.DialTimeout("tcp", addr, time.Second) //nolint:noctx
		if err == nil {
			conn.Close()
			return nil
		}
		select {
		case <-ended:
			return errors.New("ended before it listened")
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("did not listen on %s within %v", addr, within)
		}
	}
}

// lastLines keeps the end of what a program wrote, to say why it failed.
type lastLines struct {
	mu  sync.Mutex
	buf []byte
}

func (l *lastLines) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf = append(l.buf, p...)
	if len(l.buf) > 2048 {
		l.buf = l.buf[len(l.buf)-2048:]
	}
	return len(p), nil
}

// said is the program's last line, as the end of an error, or nothing.
func (l *lastLines) said() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	lines := strings.Split(strings.TrimSpace(string(l.buf)), "\n")
	if last := strings.TrimSpace(lines[len(lines)-1]); last != "" {
		return "; it said: " + last
	}
	return ""
}
