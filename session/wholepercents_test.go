package session

import (
	"slices"
	"testing"
)

// Airtime shown in whole percent adds up to 100 for the trio, as a table
// of shares is read: thirds are 34, 33 and 33, not 33 three times, and
// the demo's 37.6, 32.9 and 29.5 are 38, 33 and 29, not 38, 33 and 30.
func TestAirtimeInWholePercentAddsUpTo100(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		words []int
		total int
		want  []int
	}{
		{[]int{1, 1, 1}, 3, []int{34, 33, 33}},
		{[]int{376, 329, 295}, 1000, []int{38, 33, 29}},
		{[]int{5, 0, 0}, 5, []int{100, 0, 0}},
		{[]int{0, 0, 0}, 0, []int{0, 0, 0}},
		{[]int{2, 2, 2}, 12, []int{17, 17, 16}}, // half the words are someone else's
	} {
		people := make([]PersonFigures, len(tc.words))
		for i, w := range tc.words {
			people[i].Figures.Words = w
		}
		if got := wholePercents(people, tc.total); !slices.Equal(got, tc.want) {
			t.Errorf("wholePercents(%v of %d) = %v, want %v", tc.words, tc.total, got, tc.want)
		}
	}
}
