package content

import "testing"

// BenchmarkParseTheDefaultScript: reading the default script, as trio does
// at start and for every --script file: measuring its depth, parsing it,
// decoding and checking it.
func BenchmarkParseTheDefaultScript(b *testing.B) {
	src, _ := BuiltinSource("dialogue-vs-discussion")
	for b.Loop() {
		if _, err := Parse("default.yaml", src); err != nil {
			b.Fatal(err)
		}
	}
}
