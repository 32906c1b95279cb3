package content

import (
	"slices"
	"testing"
)

// A kind in Kinds without its entry would run with no rules at all.
func TestEveryKindHasItsEntry(t *testing.T) {
	t.Parallel()
	for _, k := range Kinds {
		if _, ok := kindRules[k]; !ok {
			t.Errorf("%s is in Kinds but has no entry in kindRules", k)
		}
	}
	for k := range kindRules {
		if !slices.Contains(Kinds, k) {
			t.Errorf("%s has an entry in kindRules but is not in Kinds", k)
		}
	}
}
