package main

import (
	"fmt"
	"io"
)

// output is standard output that remembers the first write that failed
// (a full disk, a closed pipe), so that a command whose result was lost
// does not end as if it had been written.
type output struct {
	w   io.Writer
	err error
}

func (o *output) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err != nil {
		o.err = err
	}
	return n, err
}

// lost is the error to report when a write failed, or nil.
func (o *output) lost() error {
	if o.err == nil {
		return nil
	}
	return fmt.Errorf("could not write to standard output (%v). Check where it goes, and try again.", cause(o.err))
}
