package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// servePeerDouble stands in for ssh-chat when the test binary is started
// as a peer ("--bind ADDR -i KEY"): the floor, in its lobby, is a chat of
// one room. The host key must be one ssh-chat could read.
func servePeerDouble(args []string) int {
	if len(args) != 4 || args[0] != "--bind" || args[2] != "-i" {
		fmt.Fprintf(os.Stderr, "usage: --bind ADDR -i KEY, not %q\n", args)
		return 2
	}
	pem, err := os.ReadFile(args[3])
	if err == nil {
		_, err = gossh.ParsePrivateKey(pem)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "Failed to read identity private key: %v\n", err)
		return 3
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	ln, err := (&net.ListenConfig{}).Listen(ctx, "tcp", args[1])
	if err != nil {
		fmt.Fprintf(os.Stderr, "Failed to listen on socket: %v\n", err)
		return 4
	}
	f, err := startFloor(ln)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	<-ctx.Done()
	f.close()
	return 0
}

// TestPeerAndRunsOptions: --peer and --runs go only where they mean
// something; each refusal is one sentence that says what to do.
func TestPeerAndRunsOptions(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	chat, notRunnable := filepath.Join(dir, "ssh-chat"), filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(chat, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(notRunnable, []byte("hello\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "gone", "ssh-chat")
	refused := []struct {
		args []string
		want string
	}{
		{[]string{"--peer", missing, "--scenario", "crowd"}, "there is no program at " + missing + ": build the chat first, or give --peer its path"},
		{[]string{"--peer", dir, "--scenario", "crowd"}, "is a folder: give --peer the chat's program in it"},
		{[]string{"--peer", notRunnable, "--scenario", "crowd"}, "cannot be run: make it executable (chmod +x"},
		{[]string{"--peer", chat}, "--peer measures the crowd scenario only, not rooms: use --scenario crowd"},
		{[]string{"--peer", chat, "--scenario", "capacity"}, "not capacity: use --scenario crowd"},
		{[]string{"--peer", chat, "--scenario", "targets"}, "not targets: use --scenario crowd"},
		{[]string{"--peer", chat, "--scenario", "crowd", "--addr", "127.0.0.1:2022", "--generic"}, "--peer starts the chat itself: leave out --addr"},
		{[]string{"--peer", chat, "--scenario", "crowd", "--trio=false"}, "leave out --trio=false"},
		{[]string{"--peer", chat, "--scenario", "crowd", "--peer-args", "-p 2022"}, "put {addr} in it"},
		{[]string{"--peer-args", "--bind {addr}"}, "--peer-args goes with --peer"},
		{[]string{"--runs", "0"}, "--runs is how many times to measure: at least 1, not 0"},
		{[]string{"--runs", "-2", "--scenario", "crowd"}, "at least 1, not -2"},
		{[]string{"--runs", "3", "--scenario", "capacity"}, "--runs repeats the rooms, idle and crowd scenarios, not capacity"},
		{[]string{"--runs", "3", "--scenario", "workshop"}, "not workshop: leave out --runs"},
		{[]string{"--runs", "2", "--instances", "2"}, "--instances 2 measures its two stores once: leave out --runs"},
	}
	for _, c := range refused {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), c.args, nil, &stdout, &stderr)
		if code != 2 || !strings.Contains(stderr.String(), c.want) {
			t.Errorf("%s: exit %d, %q; want exit 2 and %q", strings.Join(c.args, " "), code, stderr.String(), c.want)
		}
		if first := firstLine(stderr.String()); first+"\n" != stderr.String() {
			t.Errorf("%s: more than one line: %q", strings.Join(c.args, " "), stderr.String())
		}
	}

	o, err := parseOptions([]string{"--peer", chat, "--scenario", "crowd", "--runs", "5"}, nil)
	if err != nil || o.peer != chat || o.runs != 5 || o.members != 12 || o.sessions != 12 || !o.floor || o.peerArgs != defaultPeerArgs || !o.repeats() || o.idleWindow != peerIdleWindow {
		t.Errorf("--peer with the crowd: %+v, %v; want trio, the floor and the chat, 5 runs of a room of 12", o, err)
	}
	o, err = parseOptions(nil, nil)
	if err != nil || o.runs != 1 || o.peer != "" || o.repeats() {
		t.Errorf("no flags: %+v, %v; want one run without a peer, as before", o, err)
	}
}

// TestPeerArgsFillTheTemplate: the address and the key go where the
// template says, inside an argument too; the column is the program's name.
func TestPeerArgsFillTheTemplate(t *testing.T) {
	t.Parallel()
	got := peerArgs(defaultPeerArgs, "127.0.0.1:40001", "/tmp/k")
	if want := []string{"--bind", "127.0.0.1:40001", "-i", "/tmp/k"}; !slices.Equal(got, want) {
		t.Errorf("ssh-chat's arguments: %q, want %q", got, want)
	}
	got = peerArgs("  --listen={addr}   --host-key {key} -v ", "127.0.0.1:9", "/k")
	if want := []string{"--listen=127.0.0.1:9", "--host-key", "/k", "-v"}; !slices.Equal(got, want) {
		t.Errorf("another template: %q, want %q", got, want)
	}
	for bin, want := range map[string]string{"/tmp/sshchat/ssh-chat": "ssh-chat", "./devzat": "devzat", "/usr/bin/trio": "peer", "floor": "peer"} {
		if got := peerName(bin); got != want {
			t.Errorf("peerName(%q) = %q, want %q", bin, got, want)
		}
	}
}

// TestPeerThatNeverListens: a chat that ends at once is reported in one
// sentence with what it was started with, and nothing is measured.
func TestPeerThatNeverListens(t *testing.T) {
	t.Parallel()
	bin, err := exec.LookPath("false")
	if err != nil {
		t.Skip("no false command")
	}
	_, err = peerTarget(options{peer: bin, peerArgs: defaultPeerArgs})
	if err == nil || !strings.Contains(err.Error(), "ended before it listened") || !strings.Contains(err.Error(), "--bind 127.0.0.1:") {
		t.Errorf("a chat that ends at once: %v", err)
	}
}

// TestPeerMeasuredBesideTrioAndTheFloor: with --peer, one run measures
// trio, the floor and the chat trio-load started (here the test binary
// standing in for ssh-chat), every figure in three columns, the ratios
// the targets name beneath, and each run whole in the JSON.
func TestPeerMeasuredBesideTrioAndTheFloor(t *testing.T) {
	t.Parallel()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "figures.json")
	var stdout, stderr bytes.Buffer
	args := []string{"--smoke", "--scenario", "crowd", "--members", "3", "--duration", "1s", "--idle-window", "300ms", "--peer", self, "--json", out}
	if code := run(context.Background(), args, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr.String())
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var s repeated
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatalf("the JSON does not read back: %v", err)
	}
	peer := peerName(self)
	if !slices.Equal(s.Servers, []string{"trio", "floor", peer}) || len(s.Runs) != 1 || len(s.Runs[0].Results) != 3 {
		t.Fatalf("servers %v in %d runs, want trio, the floor and %s in one", s.Servers, len(s.Runs), peer)
	}
	for _, f := range s.Runs[0].Results {
		checkFigures(t, f, 3, f.Target != peer)
		if f.Server == nil || f.Server.RSSKB == 0 {
			t.Errorf("%s: the server's memory was not read: %+v", f.Target, f.Server)
		}
		if f.Bytes.PerLetterTypist < 1 || f.Bytes.PerContribObserverAll < float64(f.TextLen) {
			t.Errorf("%s: the bytes the targets compare: %+v", f.Target, f.Bytes)
		}
		// trio stores each contribution before anyone sees it, and times
		// each store; the floor and the chat keep nothing.
		if stores := f.Target == "trio"; stores != (f.Append != nil) || stores && (f.Append.N < f.Contributions || f.Append.P50 <= 0) {
			t.Errorf("%s: durable appends %+v for %d contributions", f.Target, f.Append, f.Contributions)
		}
	}
	if line := strings.Fields(lineOf(stdout.String(), "durable append p50")); len(line) < 3 || !slices.Equal(line[len(line)-2:], []string{"–", "–"}) {
		t.Errorf("the durable append's line %q, want trio's figure and none for the floor and the chat", line)
	}
	if len(s.Ratios) != len(targetRatios) {
		t.Errorf("%d ratios, want all %d the targets name: %+v", len(s.Ratios), len(targetRatios), s.Ratios)
	}
	table := stdout.String()
	// Columns are as wide as their widest figure, whatever was measured.
	if head := strings.Fields(lineOf(table, "figure")); len(head) < 3 || !slices.Equal(head[len(head)-3:], []string{"trio", "floor", peer}) {
		t.Errorf("the table's head %q, want trio, floor and %s", head, peer)
	}
	if !strings.Contains(table, "fan-out p99, trio/"+peer) || !strings.Contains(table, "server CPU per contribution, trio/floor") {
		t.Errorf("the table has no ratios:\n%s", table)
	}
}
