package content

import "github.com/goccy/go-yaml/token"

// The YAML reader's cost grows with the square of how deeply lists and
// sets of keys nest: a file of 100,000 opening brackets takes more memory
// than a machine has. A script nests five deep, so the depth is measured
// first, on the file's tokens (read in time proportional to the file, and
// then parsed), and a file nested past MaxNesting is never parsed.

// tooDeep gives where the tokens first nest deeper than MaxNesting; ok is
// false when they never do.
func tooDeep(tokens token.Tokens) (at position, ok bool) {
	var n nesting
	for _, tk := range tokens {
		if n.read(tk) > MaxNesting && tk.Position != nil {
			return position{line: tk.Position.Line, column: tk.Position.Column}, true
		}
	}
	return position{}, false
}

// deepError is a file nested too deep to be parsed, and where.
type deepError struct{ at position }

func (e *deepError) Error() string { return "nested too deep" }

// nesting follows how deep the tokens read so far stand: lists and sets
// of keys in brackets, and, outside brackets, the columns of the open
// blocks (a "- " entry or a key further right than the one before opens
// one more).
type nesting struct {
	blocks   []int // columns of the open blocks, left to right
	brackets int
	previous *token.Token
}

// read takes the next token and gives the depth it stands at.
func (n *nesting) read(tk *token.Token) int {
	defer func() { n.previous = tk }()
	switch tk.Type {
	case token.SequenceStartType, token.MappingStartType:
		n.brackets++
	case token.SequenceEndType, token.MappingEndType:
		n.brackets = max(0, n.brackets-1)
	case token.SequenceEntryType, token.MappingKeyType:
		if n.brackets == 0 {
			n.open(tk)
		}
	case token.MappingValueType:
		// A key's block begins where the key does, before its colon.
		if n.brackets == 0 && n.previous != nil {
			n.open(n.previous)
		}
	}
	return len(n.blocks) + n.brackets
}

// open notes a block at the token's column, closing those to its right.
func (n *nesting) open(tk *token.Token) {
	if tk.Position == nil {
		return
	}
	column := tk.Position.Column
	for len(n.blocks) > 0 && n.blocks[len(n.blocks)-1] > column {
		n.blocks = n.blocks[:len(n.blocks)-1]
	}
	if len(n.blocks) == 0 || n.blocks[len(n.blocks)-1] < column {
		n.blocks = append(n.blocks, column)
	}
}
