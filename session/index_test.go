package session

import (
	"maps"
	"math/rand/v2"
	"testing"

	"trio/content"
)

// TestAnIndexNeverChangesOnceMade keeps every version of an index through
// random changes, beside a map copied at each step, and checks at the end
// that each version still holds what it held.
func TestAnIndexNeverChangesOnceMade(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(3, 4))
	var versions []index[int]
	var want []map[int]int
	var x index[int]
	model := map[int]int{}
	for step := range 2000 {
		key := rng.IntN(3000) - 100 // some negative, many shared
		x = x.with(key, func(v int) int { return v + step })
		model = maps.Clone(model)
		model[key] += step
		versions, want = append(versions, x), append(want, model)
	}
	for v, x := range versions {
		for key := -100; key < 2900; key++ {
			if got := x.get(key); got != want[v][key] {
				t.Fatalf("version %d: key %d holds %d, want %d", v, key, got, want[v][key])
			}
		}
	}
}

// TestAboutReadsOnlyWhatIsAboutTheThing: the questions about a card are
// found, in order, without the room's other contributions, and a
// withdrawn one is left out.
func TestAboutReadsOnlyWhatIsAboutTheThing(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.writeCards()
	f.goTo(content.KindInquiry)
	sams, lees := f.card(sam), f.card(lee)
	var asked []int
	for i := range 40 {
		card := sams
		if i%4 == 3 {
			card = lees
		}
		id := f.do(maya, AskQuestion{Perspective: card, Text: "Why is that?"}).Event.Seq
		if card == sams {
			asked = append(asked, id)
		}
	}
	f.do(maya, Withdraw{ID: asked[5]})
	asked = append(asked[:5], asked[6:]...)
	got := f.room().About(Question, sams)
	if len(got) != len(asked) {
		t.Fatalf("%d questions about Sam's card, want %d", len(got), len(asked))
	}
	for i, q := range got {
		if q.ID != asked[i] || q.About != sams {
			t.Fatalf("question %d is %d about %d, want %d about Sam's card %d", i, q.ID, q.About, asked[i], sams)
		}
	}
	if n := len(f.room().About(Answer, sams)); n != 0 {
		t.Fatalf("%d answers about Sam's card itself, want none", n)
	}
}
