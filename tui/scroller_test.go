package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func numberedLines(n int) string {
	var l []string
	for i := range n {
		l = append(l, fmt.Sprintf("line %d", i))
	}
	return strings.Join(l, "\n")
}

func TestTheScrollerSaysWhatIsAboveAndBelow(t *testing.T) {
	t.Parallel()
	st := NewStyles(true)
	s := newScroller()
	v := panelView{body: numberedLines(20), pinned: "pinned one\npinned two", anchor: anchor{key: "a"}}
	draw := func() []string { return strings.Split(ansi.Strip(s.view(st, v, 60, 8)), "\n") }

	got := draw()
	want := []string{"line 0", "line 1", "line 2", "line 3", "line 4", "↓ 15 more lines below (pgdn)", "pinned one", "pinned two"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("the first page is\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if s.seen != 4 {
		t.Errorf("seen is %d after the first page, want 4", s.seen)
	}
	s.pageDown()
	if got := draw(); got[0] != "line 5" || got[5] != "↓ 10 more lines below (pgdn) · ↑ 5 more lines above (pgup)" {
		t.Errorf("the second page is\n%s", strings.Join(got, "\n"))
	}
	s.bottom()
	if got := draw(); got[4] != "line 19" || got[5] != "↑ 15 more lines above (pgup)" || s.seen != 19 {
		t.Errorf("the last page is\n%s\n(seen %d)", strings.Join(got, "\n"), s.seen)
	}

	// The body changes under the same anchor: the person's place stays.
	v.body = numberedLines(21)
	if got := draw(); got[0] != "line 15" {
		t.Errorf("a changed body moved the person's place:\n%s", strings.Join(got, "\n"))
	}
	// A new anchor brings its line into view and starts reading anew.
	v.anchor = anchor{key: "b", line: 3}
	if got := draw(); got[0] != "line 3" || s.seen != 7 {
		t.Errorf("a new anchor shows\n%s\n(seen %d)", strings.Join(got, "\n"), s.seen)
	}
	// Narrow, the marker is short rather than cut.
	if got := strings.Split(ansi.Strip(s.view(st, v, 30, 8)), "\n")[5]; got != "↓ 13 more (pgdn) · ↑ 3 (pgup)" {
		t.Errorf("at 30 columns the marker is %q", got)
	}
	// A body that fits has no marker.
	v = panelView{body: numberedLines(3), anchor: anchor{key: "c"}}
	if got := draw(); strings.Contains(strings.Join(got, "\n"), "more") || len(got) != 8 {
		t.Errorf("a body that fits is drawn as\n%s", strings.Join(got, "\n"))
	}
}

// The field being written comes back into view as it is typed in, but a
// person may still scroll away from it to read.
func TestTheFieldBeingWrittenComesBackWhenTypedIn(t *testing.T) {
	t.Parallel()
	st := NewStyles(true)
	s := newScroller()
	v := panelView{body: numberedLines(30), anchor: anchor{key: "field", line: 25, keep: 3}}
	first := func() string { return strings.Split(ansi.Strip(s.view(st, v, 60, 8)), "\n")[0] }
	if got := first(); got != "line 23" {
		t.Fatalf("the field is not in view: the window starts at %q", got)
	}
	s.pageUp()
	s.pageUp()
	if got := first(); got != "line 9" {
		t.Errorf("scrolling up to read was undone: the window starts at %q", got)
	}
	v.body = numberedLines(30) + " typed"
	if got := first(); got != "line 21" {
		t.Errorf("a key typed in the field did not bring it back: the window starts at %q", got)
	}
}
