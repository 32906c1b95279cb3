package content

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// top is the start of a valid script; its first phase begins at line 4.
var top = []string{"name: t", "title: T", "phases:"}

// phase writes a valid phase in six lines: id, kind, title, purpose,
// prompt, timebox. Each change "key: value" takes the place of the line of
// that key, or comes after the six; "-key" leaves the key out; "+line"
// comes after the six whatever it says.
func phase(id, kind string, changes ...string) []string {
	lines := []string{"id: " + id, "kind: " + kind, "title: T", "purpose: Why.", "prompt: Do.", "timebox: 3m"}
	keyed := func(k string) func(string) bool {
		return func(l string) bool { return strings.HasPrefix(l, k+":") }
	}
	for _, c := range changes {
		if k, ok := strings.CutPrefix(c, "-"); ok {
			lines = slices.DeleteFunc(lines, keyed(k))
			continue
		}
		if extra, ok := strings.CutPrefix(c, "+"); ok {
			lines = append(lines, extra)
			continue
		}
		k, _, _ := strings.Cut(c, ":")
		if i := slices.IndexFunc(lines, keyed(k)); i >= 0 {
			lines[i] = c
		} else {
			lines = append(lines, c)
		}
	}
	for i := range lines {
		if i == 0 {
			lines[i] = "  - " + lines[i]
		} else {
			lines[i] = "    " + lines[i]
		}
	}
	return lines
}

// script joins parts of a file, one string a line.
func script(parts ...[]string) []byte {
	var all []string
	for _, p := range parts {
		all = append(all, p...)
	}
	return []byte(strings.Join(all, "\n") + "\n")
}

func lines(l ...string) []string { return l }

// problemsOf parses src and gives its problems as "line:col: sentence".
func problemsOf(t *testing.T, src []byte) []string {
	t.Helper()
	s, err := Parse("", src)
	if err == nil {
		if vErr := s.Validate(); vErr != nil {
			t.Fatalf("parsed cleanly, yet Validate says:\n%v", vErr)
		}
		return nil
	}
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("error is %T, not Problems: %v", err, err)
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return out
}

func long(n int) string { return strings.Repeat("a", n) }

func numbered(prefix string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s%d", prefix, i+1)
	}
	return out
}
