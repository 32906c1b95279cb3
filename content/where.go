package content

import (
	"fmt"
	"strconv"
	"strings"
)

// path names a part of a script as it nests in the file, like
// "phases.2.timebox". Rules checked on decoded values use it to find the
// line a problem is on.
type path string

func (p path) key(k string) path {
	if p == "" {
		return path(k)
	}
	return p + "." + path(k)
}

func (p path) item(i int) path { return p.key(strconv.Itoa(i)) }

// up is the part that holds p; the top of the script holds everything.
func (p path) up() path {
	i := strings.LastIndexByte(string(p), '.')
	if i < 0 {
		return ""
	}
	return p[:i]
}

type position struct{ line, column int }

// where remembers, for each part of a script read from a file, its position
// and the text as written there. A script built in code has none of it, and
// its problems carry no line.
type where struct {
	pos     map[path]position
	written map[path]string
}

func newWhere() *where {
	return &where{pos: map[path]position{}, written: map[path]string{}}
}

// has says whether the file wrote this part at all.
func (w *where) has(p path) bool {
	_, ok := w.pos[p]
	return ok
}

// find gives the position of p, or of the nearest part holding it: a
// missing key is told on the line of the phase that lacks it.
func (w *where) find(p path) position {
	for {
		if pos, ok := w.pos[p]; ok {
			return pos
		}
		if p == "" {
			return position{}
		}
		p = p.up()
	}
}

// ref points a message back at another part, like "the phase at line 12";
// for a script that was not read from a file, it says otherwise.
func (w *where) ref(p path, noun, otherwise string) string {
	if pos, ok := w.pos[p]; ok {
		return fmt.Sprintf("%s at line %d", noun, pos.line)
	}
	return otherwise
}

// wrote gives the value at p quoted, as the file wrote it if it did, and
// whether it did: "timebox:" with nothing after it wrote nothing.
func (w *where) wrote(p path, value string) (string, bool) {
	if s, ok := w.written[p]; ok {
		return quote(s), true
	}
	return quote(value), false
}

// name is the last step of p: the key, or the item number.
func (p path) name() string {
	return string(p[strings.LastIndexByte(string(p), '.')+1:])
}
