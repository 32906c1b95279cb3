package main

import (
	"strings"
	"testing"

	"trio/tui/server"
)

// TestConnectionLimitFlagsReachTheServer: the flags set when connections
// start being refused at random and how addresses count together; a value
// out of range is one line and the usage.
func TestConnectionLimitFlagsReachTheServer(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		args []string
		want server.Config
	}{
		{nil, server.Config{MaxWaitingStart: 30, IPv4Block: 24, IPv6Block: 64}},
		{[]string{"--max-waiting-start", "0", "--ipv4-block", "32", "--ipv6-block", "128"}, server.Config{IPv4Block: 32, IPv6Block: 128}},
	} {
		f := newFlags(commandNamed("serve"))
		conns := connLimitFlags(f)
		if _, err := f.parse(tc.args); err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		var cfg server.Config
		conns.apply(&cfg)
		if cfg.MaxWaitingStart != tc.want.MaxWaitingStart || cfg.IPv4Block != tc.want.IPv4Block || cfg.IPv6Block != tc.want.IPv6Block {
			t.Errorf("%v: start %d, blocks /%d and /%d", tc.args, cfg.MaxWaitingStart, cfg.IPv4Block, cfg.IPv6Block)
		}
	}
	for flag, want := range map[string]string{
		"--max-waiting-start=-1": "trio serve: --max-waiting-start is 0 (never at random) or a whole number from 1 to 100000, not -1",
		"--ipv4-block=33":        "trio serve: --ipv4-block is a whole number from 1 to 32, not 33",
		"--ipv6-block=0":         "trio serve: --ipv6-block is a whole number from 1 to 128, not 0",
	} {
		out, errOut, code := trio(t, "serve", flag)
		first, rest, _ := strings.Cut(errOut, "\n")
		if code != 2 || out != "" || first != want || !strings.Contains(rest, "Usage:") {
			t.Errorf("%s: exit %d, %q, first line %q, want %q and the usage", flag, code, out, first, want)
		}
	}
}
