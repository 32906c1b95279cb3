package draw

import "testing"

// A kept drawing is drawn again when its key changes, and not before;
// with kept drawings off, it is drawn every time and nothing is kept.
func TestKeptDrawsAgainOnlyWhenItsKeyChanges(t *testing.T) {
	var k Kept[string, int]
	draws := 0
	of := func(key string) int { return k.Of(key, func() int { draws++; return draws }) }
	for _, step := range []struct {
		key  string
		want int
	}{{"a", 1}, {"a", 1}, {"b", 2}, {"b", 2}, {"a", 3}} {
		if got := of(step.key); got != step.want {
			t.Fatalf("key %q: drawing %d, want %d", step.key, got, step.want)
		}
	}
	SetFresh(true)
	got := of("a")
	SetFresh(false)
	if got != 4 {
		t.Fatalf("with kept drawings off: drawing %d, want a fresh one (4)", got)
	}
	if got := of("a"); got != 3 {
		t.Fatalf("after kept drawings are back: drawing %d, want the one kept before (3)", got)
	}
}

// Kept lines are drawn once per item, and again at another width or in
// the other palette.
func TestKeptLinesAreDrawnOncePerWidthAndPalette(t *testing.T) {
	var k KeptLines
	draws := 0
	of := func(id, width int, dark bool) {
		k.Of(id, width, dark, func() []string { draws++; return []string{"x"} })
	}
	of(1, 80, true)
	of(1, 80, true)
	of(2, 80, true)
	if draws != 2 {
		t.Fatalf("%d drawings for two items, want 2", draws)
	}
	of(1, 60, true)
	of(1, 60, false)
	if draws != 4 {
		t.Fatalf("%d drawings after a new width and palette, want 4", draws)
	}
}
