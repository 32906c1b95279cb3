package content

import "testing"

// goldenFile names the file under testdata (less its .golden) that
// golden.RequireEqual compares with; it would otherwise use the test's name.
type goldenFile struct {
	testing.TB
	name string
}

func (g goldenFile) Name() string { return g.name }
