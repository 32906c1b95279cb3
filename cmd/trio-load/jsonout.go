package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// writeJSONTo writes v as indented JSON where --json says: nowhere (""),
// standard output ("-"), or a file.
func writeJSONTo(path string, stdout io.Writer, v any) error {
	write := func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	switch path {
	case "":
		return nil
	case "-":
		return write(stdout)
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("cannot write the figures: %w", err)
	}
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("cannot write the figures: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("cannot write the figures: %w", err)
	}
	return nil
}
