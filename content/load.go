package content

import (
	"fmt"
	"io"
	"os"
)

// Load reads a coach's script from a file. Its error is Problems when the
// file was read but has mistakes, each with its line.
func Load(file string) (Script, error) {
	f, err := os.Open(file)
	if err != nil {
		return Script{}, fmt.Errorf("cannot open the script: %w", err)
	}
	defer f.Close()
	// One byte past the limit is enough to tell the file is too big.
	data, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return Script{}, fmt.Errorf("cannot read the script %s: %w", file, err)
	}
	return Parse(file, data)
}

// Parse reads a script from YAML text; filename names it in problems. The
// script comes back with defaults applied. Every mistake is reported at
// once, as Problems.
func Parse(filename string, data []byte) (Script, error) {
	r := newReport(filename)
	body, ok := document(r, data)
	if !ok {
		return Script{}, r.err()
	}
	s := decoder{r}.script(body)
	inherit(&s, r.at, defaults())
	check(r, s)
	if err := r.err(); err != nil {
		return Script{}, err
	}
	return s, nil
}
