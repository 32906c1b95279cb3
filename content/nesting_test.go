package content

import (
	"errors"
	"strings"
	"testing"
)

// A file nested deeper than any script is refused before the YAML reader
// sees it (its cost grows with the square of the depth), with the line
// where it goes too deep and nothing else to fix first.
func TestADeeplyNestedScriptIsRefusedWithItsLine(t *testing.T) {
	t.Parallel()
	const deep = 2000
	tooDeep := "lists and sets of keys sit more than 20 deep in one another here, and a script needs five at most: is this the right file?"
	for _, tc := range []struct {
		name, src, want string
	}{
		{"open brackets", "name: deep\ntitle: Deep\nphases: " + strings.Repeat("[", deep) + "\n",
			"deep.yaml:3:28: " + tooDeep},
		{"closed brackets", "name: deep\ntitle: Deep\n\nphases: " + strings.Repeat("[", deep) + strings.Repeat("]", deep) + "\n",
			"deep.yaml:4:28: " + tooDeep},
		{"sets of keys", "name: deep\nphases:\n  " + strings.Repeat("{a: ", deep) + "\n",
			"deep.yaml:3:79: " + tooDeep},
		{"100,000 open brackets", "name: deep\ntitle: Deep\nphases: " + strings.Repeat("[", 100_000) + "\n",
			"deep.yaml:3:28: " + tooDeep},
		{"list entries", "name: deep\nphases:\n" + strings.Repeat("- ", deep) + "x\n",
			"deep.yaml:3:41: " + tooDeep},
	} {
		_, err := Parse("deep.yaml", []byte(tc.src))
		var ps Problems
		if !errors.As(err, &ps) || len(ps) != 1 {
			t.Errorf("%s: %v, want one problem", tc.name, err)
			continue
		}
		if got := ps[0].String(); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got, tc.want)
		}
	}
}

// The scripts trio ships, and one nested as deep as a script may be, are
// read as before.
func TestScriptsNestedAsUsualAreRead(t *testing.T) {
	t.Parallel()
	for _, name := range BuiltinNames() {
		src, _ := BuiltinSource(name)
		if _, err := Parse(name+".yaml", src); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	src := "name: t\ntitle: T\ndescription: " + strings.Repeat("[", MaxNesting-1) + strings.Repeat("]", MaxNesting-1) + "\n"
	_, err := Parse("t.yaml", []byte(src))
	if err == nil || strings.Contains(err.Error(), "deep") {
		t.Errorf("a file %d deep: %v, want the usual problems only", MaxNesting, err)
	}
}
