package main

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestEveryFlagRefusesValuesOutsideItsRange: no value switches a
// protection off. NaN, infinities, negatives, 0 where 0 means nothing and
// values past the range are refused at start, exit 2, with one line that
// names the flag and its range; the ends of the range, and 0 where it
// means "no limit" or "never", are taken.
func TestEveryFlagRefusesValuesOutsideItsRange(t *testing.T) {
	t.Parallel()
	// Past the table's own values, every flag is tried with these.
	everyFlag := []string{"-1", "NaN", "Inf", "-Inf", "+Inf", "1e999", "ten", ""}
	for _, tc := range []struct {
		flag, span string
		bad        []string // besides everyFlag
		good       []string
	}{
		{"idle-timeout", "a time from 1m to 1d", []string{"0", "-1s", "59s", "24h1s", "30"}, []string{"1m", "24h", "1d"}},
		{"max-session", "a time from 1m to 1d", []string{"0", "-8h", "59s", "25h", "2d"}, []string{"1m", "24h"}},
		{"login-grace", "a time from 1s to 10m", []string{"0", "-1s", "999ms", "10m1s"}, []string{"1s", "10m"}},
		{"facilitator-away", "0 (never) or a time from 1s to 1d", []string{"-30s", "1ms", "25h"}, []string{"0", "1s", "24h"}},
		{"live-for", "a time from 1h to 3650d", []string{"0", "-1d", "59m", "3651d"}, []string{"1h", "12h", "3650d"}},
		{"max-sessions", "a whole number from 1 to 100000", []string{"0", "100001", "1.5", "1e3"}, []string{"1", "100000"}},
		{"max-waiting", "a whole number from 1 to 100000", []string{"0", "100001"}, []string{"1", "100000"}},
		{"max-waiting-per-address", "a whole number from 1 to 100000", []string{"0", "100001"}, []string{"1", "100000"}},
		{"max-waiting-start", "0 (never at random) or a whole number from 1 to 100000", []string{"100001"}, []string{"0", "1", "100000"}},
		{"max-sessions-per-connection", "a whole number from 1 to 1000", []string{"0", "1001"}, []string{"1", "1000"}},
		{"ipv4-block", "a whole number from 1 to 32", []string{"0", "33"}, []string{"1", "32"}},
		{"ipv6-block", "a whole number from 1 to 128", []string{"0", "129"}, []string{"1", "128"}},
		{"max-rooms", "0 (no limit) or a whole number from 1 to 1000000", []string{"1000001"}, []string{"0", "1", "1000000"}},
		{"max-participants", "a whole number from 1 to 12", []string{"0", "13"}, []string{"1", "12"}},
		{"max-contributions", "a whole number from 1 to 2000", []string{"0", "2001"}, []string{"1", "2000"}},
		{"connect-rate", "a number from 0.01 to 10000", []string{"0", "-0", "0.001", "10001"}, []string{"0.01", "10000"}},
		{"code-guesses", "a number from 0.1 to 1000", []string{"0", "0.01", "1001"}, []string{"0.1", "1000"}},
		{"commands-per-second", "0 (no limit) or a number from 1 to 1000", []string{"0.5", "1001"}, []string{"0", "1", "1000"}},
		{"rooms-per-minute", "0 (no limit) or a number from 0.01 to 60", []string{"0.001", "61"}, []string{"0", "0.01", "60"}},
		{"rooms-per-minute-per-address", "0 (no limit) or a number from 0.01 to 60", []string{"0.001", "61"}, []string{"0", "0.01", "60"}},
	} {
		for _, bad := range append(slices.Clone(everyFlag), tc.bad...) {
			out, errOut, code := serveStopped(t, "--"+tc.flag, bad)
			want := "trio serve: --" + tc.flag + " is " + tc.span + ", not " + shown(bad)
			first, rest, _ := strings.Cut(errOut, "\n")
			if code != exitUsage || out != "" || first != want || !strings.HasPrefix(rest, "\nUsage: trio serve") {
				t.Errorf("--%s %q: exit %d, said\n\t%s\nwant exit 2 and\n\t%s", tc.flag, bad, code, first, want)
			}
		}
		for _, good := range tc.good {
			// A stray argument stops serve right after its flags are taken.
			_, errOut, _ := serveStopped(t, "--"+tc.flag, good, "stray")
			if first, _, _ := strings.Cut(errOut, "\n"); first != `trio serve: serve takes no arguments, got "stray"` {
				t.Errorf("--%s %s was not taken: %s", tc.flag, good, first)
			}
		}
	}
}

// serveStopped runs trio serve as already asked to stop, so that a value
// that slipped through ends the test at once rather than serving.
func serveStopped(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	dir := t.TempDir()
	args = append([]string{"serve", "--addr", "127.0.0.1:0", "--db", filepath.Join(dir, "trio.db"), "--host-key", filepath.Join(dir, "host_ed25519")}, args...)
	ctx, stop := context.WithCancel(context.Background())
	stop()
	var out, errOut bytes.Buffer
	code = run(ctx, args, &out, &errOut)
	return out.String(), errOut.String(), code
}

// TestEveryNumberFlagHasARange: a flag added to serve is either one of
// the few that take a path or an address, or a number held to a range
// (numberFlag) that the test above tries.
func TestEveryNumberFlagHasARange(t *testing.T) {
	t.Parallel()
	help, _, _ := trio(t, "help", "serve")
	tried := map[string]bool{"addr": true, "host-key": true, "allow-keys": true, "db": true, "proxy-from": true}
	for _, name := range []string{"idle-timeout", "max-session", "login-grace", "facilitator-away", "live-for",
		"max-sessions", "max-waiting", "max-waiting-per-address", "max-waiting-start", "max-sessions-per-connection",
		"ipv4-block", "ipv6-block", "max-rooms", "max-participants", "max-contributions",
		"connect-rate", "code-guesses", "commands-per-second", "rooms-per-minute", "rooms-per-minute-per-address"} {
		tried[name] = true
	}
	flagLine := regexp.MustCompile(`(?m)^  --([a-z0-9-]+) (\S+)`)
	for _, m := range flagLine.FindAllStringSubmatch(help, -1) {
		name, placeholder := m[1], m[2]
		switch {
		case slices.Contains([]string{"int", "float", "duration", "uint", "int64", "value"}, placeholder):
			t.Errorf("--%s takes any %s: define it with numberFlag and its range", name, placeholder)
		case !tried[name]:
			t.Errorf("--%s is not tried by TestEveryFlagRefusesValuesOutsideItsRange", name)
		}
	}
}
