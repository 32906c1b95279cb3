package content

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/lexer"
	"github.com/goccy/go-yaml/parser"
)

// document reads the YAML text into its tree and gives the one document a
// script file holds. ok is false when there is nothing to check further.
func document(r *report, data []byte) (body ast.Node, ok bool) {
	// What is wrong with the file as a whole is told on its first line.
	r.at.pos[""] = position{line: 1, column: 1}
	if len(data) > MaxFileBytes {
		r.add("", "the file is larger than %d KB, and a script is a few KB at most: is this the right file?", MaxFileBytes>>10)
		return nil, false
	}
	// Some Windows editors start a UTF-8 file with a byte order mark.
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if !utf8.Valid(data) {
		r.add("", "the file is not UTF-8 text: save it as UTF-8 in your editor and try again.")
		return nil, false
	}
	if strings.TrimSpace(string(data)) == "" {
		r.add("", "the file is empty: a script needs name:, title: and phases:. Start from a copy of the default script.")
		return nil, false
	}
	file, err := parseYAML(data)
	var deep *deepError
	if errors.As(err, &deep) {
		r.tell(deep.at, fmt.Sprintf("lists and sets of keys sit more than %d deep in one another here, and a script needs five at most: is this the right file?", MaxNesting))
		return nil, false
	}
	if err != nil {
		r.tell(syntaxPosition(err), syntaxMessage(err))
		return nil, false
	}
	var docs []*ast.DocumentNode
	for _, doc := range file.Docs {
		if doc != nil && doc.Body != nil {
			docs = append(docs, doc)
		}
	}
	if len(docs) == 0 {
		r.add("", "the file holds only comments: a script needs name:, title: and phases:. Start from a copy of the default script.")
		return nil, false
	}
	for _, doc := range docs[1:] {
		pos := startOf(doc.Body)
		if doc.Start != nil && doc.Start.Position != nil {
			pos = position{line: doc.Start.Position.Line, column: doc.Start.Position.Column}
		}
		r.tell(pos, "a second script starts here, after a --- line: keep one script per file.")
	}
	body = plain(docs[0].Body)
	r.at.pos[""] = startOf(body)
	if _, isMap := entries(body); !isMap {
		hint := "start from a copy of the default script."
		if _, isList := items(body); isList {
			hint = "if these are the phases, put them under a phases: line."
		}
		r.add("", "the file should start with keys like name:, title: and phases:, but it is %s: %s", describe(body), hint)
		return nil, false
	}
	return body, true
}

// parseYAML parses with the YAML library, unless the file nests too deep
// (deepError), turning a panic on strange input into an error: a script
// file is typed by a person and may be anything.
func parseYAML(data []byte) (file *ast.File, err error) {
	defer func() {
		if p := recover(); p != nil {
			file, err = nil, fmt.Errorf("the YAML reader gave up on this file (%v)", p)
		}
	}()
	tokens := lexer.Tokenize(string(data))
	if at, ok := tooDeep(tokens); ok {
		return nil, &deepError{at}
	}
	// Repeated keys are told by the decoder, with both lines, and without
	// stopping at the first.
	return parser.Parse(tokens, 0, parser.AllowDuplicateMapKey())
}

func syntaxPosition(err error) position {
	var ye yaml.Error
	if errors.As(err, &ye) {
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			return position{line: tk.Position.Line, column: tk.Position.Column}
		}
	}
	return position{line: 1, column: 1}
}

// syntaxMessages turn what the YAML reader says into plain words, with
// the usual cause; the first whose clue is in its message wins.
var syntaxMessages = []struct{ clue, says string }{
	{"tab character", "there is a tab here: YAML indents with spaces only, so replace the tab with spaces."},
	{"'\t'", "there is a tab here: YAML indents with spaces only, so replace the tab with spaces."},
	{"end character of double-quoted", `a double quote (") opens here but never closes: add the closing quote.`},
	{"end character of single-quoted", "a single quote (') opens here but never closes: add the closing quote, " +
		"and write an apostrophe inside single quotes as two ('')."},
	{"unknown escape character", `a backslash (\) in double quotes starts an escape YAML does not know: ` +
		`write \\ for a backslash, or use single quotes.`},
	{"mapping value is not allowed", `there is a colon here YAML cannot place: if the text has ": " in it, ` +
		"put the whole text in quotes; otherwise check the indentation."},
	{"value is not allowed", "something here does not fit: check the indentation against the lines around it, " +
		"and that quoted text closes where it should."},
	{"block sequence entries", `a list item ("- ") here is not indented like the rest of its list: line them up.`},
	{"']'", "a [ here has no matching ]: close it, or put the text in quotes."},
	{"'['", "a ] here has no matching [: remove it, or put the text in quotes."},
	{"'}'", "a { here has no matching }: close it, or put the text in quotes."},
	{"flow map", "a { here has no matching }: close it, or put the text in quotes."},
	{"'{'", "a } here has no matching {: remove it, or put the text in quotes."},
}

// syntaxMessage says in plain words what the YAML reader could not read.
func syntaxMessage(err error) string {
	msg := err.Error()
	var ye yaml.Error
	if errors.As(err, &ye) {
		msg = ye.GetMessage()
	}
	for _, m := range syntaxMessages {
		if strings.Contains(msg, m.clue) {
			return m.says
		}
	}
	return fmt.Sprintf("YAML cannot read this line (%s): check the indentation, the colons and the quotes.", msg)
}
