package content

import (
	"fmt"
	"slices"
	"strings"
)

// Problem is one mistake in a script, where it is, and a sentence that says
// how to fix it.
type Problem struct {
	File    string
	Line    int // 1-based; 0 when the script was not read from a file
	Column  int
	Message string
}

// String gives the problem as "file:line:col: sentence", the form editors
// and terminals know how to jump to.
func (p Problem) String() string {
	switch {
	case p.Line == 0 && p.File == "":
		return p.Message
	case p.Line == 0:
		return p.File + ": " + p.Message
	case p.File == "":
		return fmt.Sprintf("%d:%d: %s", p.Line, p.Column, p.Message)
	}
	return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Column, p.Message)
}

// Problems is every mistake found in a script at once, in the order of the
// file, so a coach can fix them all in one go. Parse and
// Script.Validate return it as their error.
type Problems []Problem

// Error prints one problem a line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// report gathers problems while a script is read and checked. It tells each
// part of a script at most once, the first problem found winning, so one
// slip does not come back as three messages.
type report struct {
	file string
	at   *where
	list Problems
	told map[path]bool
}

func newReport(file string) *report {
	return &report{file: file, at: newWhere(), told: map[path]bool{}}
}

// add tells a problem with the part of the script at p, unless p or a part
// holding it was told already: a phase that is not a set of keys at all
// needs no message about each key it lacks.
func (r *report) add(p path, format string, args ...any) {
	if !r.ok(p) {
		return
	}
	r.told[p] = true
	pos := r.at.find(p)
	r.list = append(r.list, Problem{
		File:    r.file,
		Line:    pos.line,
		Column:  pos.column,
		Message: fmt.Sprintf(format, args...),
	})
}

// tell adds a problem at a position of its own, for what belongs to no
// part of a script: a YAML syntax error, a second document.
func (r *report) tell(pos position, msg string) {
	r.list = append(r.list, Problem{File: r.file, Line: pos.line, Column: pos.column, Message: msg})
}

// hush marks p as told without a message of its own, when another problem
// already covers it (a misspelt "timbox" covers the missing timebox).
func (r *report) hush(p path) { r.told[p] = true }

// ok says whether nothing has been told yet about p or a part holding it.
func (r *report) ok(p path) bool {
	for {
		if r.told[p] {
			return false
		}
		if p == "" {
			return true
		}
		p = p.up()
	}
}

// err returns the problems in the order of the file, or nil.
func (r *report) err() error {
	if len(r.list) == 0 {
		return nil
	}
	ps := slices.Clone(r.list)
	slices.SortStableFunc(ps, func(a, b Problem) int {
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Column - b.Column
	})
	return ps
}
