package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// trio runs the command line in-process and returns what it printed.
func trio(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, &out, &errOut)
	return out.String(), errOut.String(), code
}

func TestHelpPrintsTheUsage(t *testing.T) {
	t.Parallel()
	out, _, code := trio(t, "help")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, name := range []string{"demo", "list", "export", "rooms", "script", "version", "help"} {
		if !strings.Contains(out, "trio "+name) {
			t.Errorf("usage does not list %q:\n%s", name, out)
		}
	}
	help, _, _ := trio(t, "--help")
	if help != out {
		t.Error("--help and help print different usages")
	}
}

func TestWrongCommandLinesGetOneLineAndTheUsage(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "trio.db")
	for _, tc := range []struct {
		args      []string
		firstLine string
	}{
		{[]string{"fly"}, `trio: unknown command "fly"`},
		{[]string{"--nope"}, "trio: unknown flag --nope"},
		{[]string{"list", "--nope"}, "trio list: unknown flag --nope"},
		{[]string{"export", "--db", db}, "trio export: which room? Give its code, like ABCD-EFGH (trio list shows them)"},
		{[]string{"export", "A", "B", "--db", db}, "trio export: export takes one room code, got 2 arguments"},
		{[]string{"export", "ABCD-EFGH", "--format", "pdf", "--db", db}, `trio export: --format is md or json, not "pdf"`},
		{[]string{"export", "ABCD-EFGH", "--format"}, "trio export: flag needs an argument: -format"},
		{[]string{"script"}, "trio script: say check FILE or show [NAME]"},
		{[]string{"script", "show", "nope"}, `trio script: no built-in script "nope": choose dialogue-vs-discussion, short, or defaults`},
		{[]string{"version", "extra"}, "trio version: version takes no arguments"},
		{[]string{"serve", "--max-participants", "13"}, "trio serve: --max-participants is a whole number from 1 to 12, not 13"},
		{[]string{"serve", "--max-contributions", "0"}, "trio serve: --max-contributions is a whole number from 1 to 2000, not 0"},
		{[]string{"serve", "--max-rooms", "-1"}, "trio serve: --max-rooms is 0 (no limit) or a whole number from 1 to 1000000, not -1"},
		{[]string{"serve", "--commands-per-second", "-2"}, "trio serve: --commands-per-second is 0 (no limit) or a number from 1 to 1000, not -2"},
		{[]string{"serve", "--facilitator-away", "-30s"}, "trio serve: --facilitator-away is 0 (never) or a time from 1s to 1d, not -30s"},
		{[]string{"serve", "--live-for", "10m"}, "trio serve: --live-for is a time from 1h to 3650d, not 10m"},
		{[]string{"serve", "--rooms-per-minute", "NaN"}, "trio serve: --rooms-per-minute is 0 (no limit) or a number from 0.01 to 60, not NaN"},
		{[]string{"serve", "--rooms-per-minute-per-address", "-1"}, "trio serve: --rooms-per-minute-per-address is 0 (no limit) or a number from 0.01 to 60, not -1"},
		{[]string{"rooms"}, "trio rooms: say archive --older-than DURATION"},
		{[]string{"rooms", "list"}, `trio rooms: unknown rooms command "list": say archive --older-than DURATION`},
		{[]string{"rooms", "archive", "--db", db}, "trio rooms: archive needs --older-than, like --older-than 90d"},
		{[]string{"rooms", "archive", "--older-than", "-3d", "--db", db}, "trio rooms: --older-than is a time like 90d or 12h, more than 0, not -3d"},
		{[]string{"rooms", "archive", "--older-than", "soon"}, `trio rooms: invalid value "soon" for flag -older-than: "soon" is not a length of time: write it like 90d, 1d12h or 36h`},
	} {
		out, errOut, code := trio(t, tc.args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", tc.args, code)
		}
		if out != "" {
			t.Errorf("%v: printed on standard output: %q", tc.args, out)
		}
		first, rest, _ := strings.Cut(errOut, "\n")
		if first != tc.firstLine {
			t.Errorf("%v: first line %q, want %q", tc.args, first, tc.firstLine)
		}
		if !strings.Contains(rest, "Usage:") {
			t.Errorf("%v: no usage after the error:\n%s", tc.args, errOut)
		}
	}
}

func TestDemoThenExport(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "trio.db")
	out, errOut, code := trio(t, "demo", "--db", db)
	if code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errOut)
	}
	roomCode := strings.TrimSpace(out)
	if len(roomCode) != 9 || roomCode[4] != '-' {
		t.Fatalf("demo printed %q, want a room code", out)
	}
	if !strings.Contains(errOut, "trio export "+roomCode) {
		t.Errorf("demo does not say how to see the result: %q", errOut)
	}

	list, _, _ := trio(t, "list", "--db", db)
	if !strings.Contains(list, roomCode) || !strings.Contains(list, "12/12 Close") {
		t.Errorf("list:\n%s", list)
	}

	md, _, code := trio(t, "export", strings.ToLower(roomCode), "--db", db)
	if code != 0 {
		t.Fatalf("export: exit %d", code)
	}
	for _, want := range []string{"# What should we do", "## Team point of view", "Consent reached in round 2.", "## Perspectives", "## Reflections", "## Discussion against dialogue", "Dialogue went better than the discussion round", "## Timeline"} {
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown export lacks %q", want)
		}
	}

	js, _, code := trio(t, "export", roomCode, "--format", "json", "--db", db)
	if code != 0 || !json.Valid([]byte(js)) {
		t.Fatalf("json export: exit %d, valid %v", code, json.Valid([]byte(js)))
	}

	file := filepath.Join(dir, "pov.md")
	_, errOut, code = trio(t, "export", "-o", file, roomCode, "--db", db)
	written, err := os.ReadFile(file)
	if code != 0 || err != nil || string(written) != md {
		t.Fatalf("export -o: exit %d, %v, same as stdout: %v", code, err, string(written) == md)
	}
	if errOut != "Wrote "+file+"\n" {
		t.Errorf("export -o says %q", errOut)
	}
}

func TestExportOfAMissingRoom(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "trio.db")
	_, errOut, code := trio(t, "export", "ZZZZ-ZZZZ", "--db", db)
	if code != 1 || errOut != "trio: There is no room with the code ZZZZ-ZZZZ. Check the code and try again.\n" {
		t.Errorf("exit %d: %q", code, errOut)
	}
}

func TestAStoreThatIsNotTriosGivesAClearError(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "notes.txt")
	os.WriteFile(db, []byte("not a database at all, just notes"), 0o600)
	_, errOut, code := trio(t, "list", "--db", db)
	if code != 1 || !strings.Contains(errOut, "is not a trio database") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("exit %d: %q", code, errOut)
	}
}

func TestScriptShowPrintsAScriptThatChecksClean(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"", "short"} {
		args := []string{"script", "show"}
		if name != "" {
			args = append(args, name)
		}
		out, _, code := trio(t, args...)
		if code != 0 || !strings.Contains(out, "phases:") {
			t.Fatalf("script show %s: exit %d:\n%s", name, code, out)
		}
		file := filepath.Join(t.TempDir(), "mine.yaml")
		os.WriteFile(file, []byte(out), 0o600)
		checked, errOut, code := trio(t, "script", "check", file)
		if code != 0 || !strings.HasPrefix(checked, file+": a good script:") {
			t.Errorf("check of the shown %q script: exit %d: %s%s", name, code, checked, errOut)
		}
	}
}

func TestScriptCheckListsEveryProblemWithItsLine(t *testing.T) {
	t.Parallel()
	file := filepath.Join(t.TempDir(), "broken.yaml")
	os.WriteFile(file, []byte(`name: mine
title: Mine
phases:
  - id: frame
    kind: frame
    title: Frame
    purpose: One question.
    prompt: Write it.
    timbox: 3m
  - id: frame
    kind: debate
    title: Debate
    purpose: Argue.
    prompt: Argue.
    timebox: 0m
`), 0o600)
	out, errOut, code := trio(t, "script", "check", file)
	if code != 1 || out != "" {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	for _, want := range []string{file + ":9:", file + ":10:", file + ":11:", file + ":15:", "problems to fix."} {
		if !strings.Contains(errOut, want) {
			t.Errorf("missing %q in:\n%s", want, errOut)
		}
	}
}

func TestScriptShowDefaultsPrintsWhatScriptsInherit(t *testing.T) {
	t.Parallel()
	out, _, code := trio(t, "script", "show", "defaults")
	if code != 0 || !strings.Contains(out, "prompt_cards:") || !strings.Contains(out, "cues:") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
}

func TestVersion(t *testing.T) {
	t.Parallel()
	out, _, code := trio(t, "version")
	if code != 0 || !strings.HasPrefix(out, "trio ") || !strings.Contains(out, "go1.") {
		t.Errorf("exit %d: %q", code, out)
	}
}

// TestScriptCheckOfADeeplyNestedFile: a file of 100,000 opening brackets
// (which once ran trio out of memory) gets one problem with its line.
func TestScriptCheckOfADeeplyNestedFile(t *testing.T) {
	t.Parallel()
	file := filepath.Join(t.TempDir(), "deep.yaml")
	os.WriteFile(file, []byte("name: deep\ntitle: Deep\nphases: "+strings.Repeat("[", 100_000)+"\n"), 0o600)
	out, errOut, code := trio(t, "script", "check", file)
	want := file + ":3:28: lists and sets of keys sit more than 20 deep in one another here, and a script needs five at most: is this the right file?\n" +
		file + ": 1 problem to fix.\n"
	if code != exitError || out != "" || errOut != want {
		t.Errorf("exit %d, said\n%s\nwant exit 1 and\n%s", code, errOut, want)
	}
}
