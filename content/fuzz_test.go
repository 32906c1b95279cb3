package content

import (
	"errors"
	"os"
	"testing"
)

// FuzzParse feeds Parse anything at all. It never panics; what it rejects
// it rejects with Problems, each with a line and a sentence; and what it
// accepts, Validate accepts too.
func FuzzParse(f *testing.F) {
	for _, name := range BuiltinNames() {
		src, _ := BuiltinSource(name)
		f.Add(src)
	}
	if broken, err := os.ReadFile("testdata/broken.yaml"); err == nil {
		f.Add(broken)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Parse("fuzz.yaml", data)
		if err != nil {
			var ps Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("error %T is not Problems: %v", err, err)
			}
			for _, p := range ps {
				if p.Line < 1 || p.Column < 0 || p.Message == "" || p.File != "fuzz.yaml" {
					t.Fatalf("problem without a place or a sentence: %+v", p)
				}
			}
			return
		}
		if err := s.Validate(); err != nil {
			t.Fatalf("parsed cleanly, but Validate says:\n%v", err)
		}
		if len(s.Phases) == 0 || s.TotalTime() <= 0 {
			t.Fatalf("a clean script with %d phases and %v in all", len(s.Phases), s.TotalTime())
		}
	})
}
