package session

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestAListNeverChangesOnceMade keeps every version of a list through
// random appends and changes, beside a slice copied at each step, and
// checks at the end that each version still holds what it held.
func TestAListNeverChangesOnceMade(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	var versions []List[int]
	var want [][]int
	var l List[int]
	var model []int
	for step := range 1500 {
		if len(model) > 0 && rng.IntN(3) == 0 {
			i := rng.IntN(len(model))
			l = l.Changed(i, func(x *int) { *x = -step })
			model = slices.Clone(model)
			model[i] = -step
		} else {
			l = l.Append(step)
			model = append(slices.Clip(model), step)
		}
		// A version made from an older one must not write over a newer
		// one made from it before.
		if len(versions) > 0 && rng.IntN(10) == 0 {
			older := versions[rng.IntN(len(versions))]
			versions, want = append(versions, older.Append(-1)), append(want, append(older.Slice(), -1))
		}
		versions, want = append(versions, l), append(want, model)
	}
	for v, l := range versions {
		if got := l.Slice(); !slices.Equal(got, want[v]) {
			t.Fatalf("version %d of %d changed after it was made: %d items, want %d", v, len(versions), len(got), len(want[v]))
		}
		if l.Len() != len(want[v]) {
			t.Fatalf("version %d: Len %d, want %d", v, l.Len(), len(want[v]))
		}
	}
}

// TestAddingToAFullRoomCopiesNoneOfWhatItHeld: the newest list shares
// every full chunk of the one before, so adding the 2,000th contribution
// copies none of the other 1,999.
func TestAddingToAFullRoomCopiesNoneOfWhatItHeld(t *testing.T) {
	t.Parallel()
	var before List[Contribution]
	for i := range 1999 {
		before = before.Append(Contribution{ID: i + 1, Text: "a position"})
	}
	after := before.Append(Contribution{ID: 2000, Text: "one more"})
	if after.Len() != 2000 || before.Len() != 1999 {
		t.Fatalf("lengths %d and %d, want 2000 and 1999", after.Len(), before.Len())
	}
	shared := 0
	for i := range before.full {
		if &before.full[i][0] == &after.full[i][0] {
			shared++
		}
	}
	if copied := len(before.full) - shared; copied > 0 {
		t.Fatalf("adding one contribution copied %d of %d chunks of the ones before", copied, len(before.full))
	}
	// Withdrawing one copies its chunk alone.
	withdrawn := after.Changed(100, func(c *Contribution) { c.Withdrawn = true })
	for i := range after.full {
		if same := &after.full[i][0] == &withdrawn.full[i][0]; same == (i == 100/listChunk) {
			t.Fatalf("withdrawing contribution 100: chunk %d shared %v", i, same)
		}
	}
	if before.At(100).Withdrawn || after.At(100).Withdrawn || !withdrawn.At(100).Withdrawn {
		t.Fatal("withdrawing a contribution changed a list made before")
	}
}

func TestAListIsReadAsASliceIs(t *testing.T) {
	t.Parallel()
	l := ListOf(1, 2, 3)
	for i := 4; i <= 70; i++ {
		l = l.Append(i)
	}
	var forward, backward []int
	for i, x := range l.All() {
		if x != i+1 {
			t.Fatalf("All: item %d is %d", i, x)
		}
		forward = append(forward, x)
	}
	for i, x := range l.Backward() {
		if x != i+1 {
			t.Fatalf("Backward: item %d is %d", i, x)
		}
		backward = append(backward, x)
	}
	slices.Reverse(backward)
	if !slices.Equal(forward, backward) || len(forward) != 70 || l.At(69) != 70 || l.At(31) != 32 || l.At(32) != 33 {
		t.Fatalf("forward %v, backward reversed %v", forward, backward)
	}
	for _, id := range []int{1, 32, 33, 64, 70} {
		if i, ok := l.Search(func(x int) int { return x - id }); !ok || i != id-1 {
			t.Fatalf("Search(%d) = %d, %v", id, i, ok)
		}
	}
	if i, ok := l.Search(func(x int) int { return x - 71 }); ok || i != 70 {
		t.Fatalf("Search(71) = %d, %v: want 70, false", i, ok)
	}
}

// TestAListIsWrittenAsItsSliceWouldBe: the JSON of a room, and of anything
// built from it, does not change with how the room keeps its lists.
func TestAListIsWrittenAsItsSliceWouldBe(t *testing.T) {
	t.Parallel()
	for _, n := range []int{0, 1, 32, 33, 100} {
		var items []Contribution
		for i := range n {
			items = append(items, Contribution{ID: i + 1, Kind: Position, Text: "a position"})
		}
		l := ListOf(items...)
		got, _ := json.Marshal(l)
		want, _ := json.Marshal(items)
		if string(got) != string(want) {
			t.Fatalf("%d items written as %s, want %s", n, got, want)
		}
		var back List[Contribution]
		if err := json.Unmarshal(got, &back); err != nil || !slices.Equal(back.Slice(), items) {
			t.Fatalf("%d items read back as %d (%v)", n, back.Len(), err)
		}
	}
}
