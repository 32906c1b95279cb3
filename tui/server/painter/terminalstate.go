package painter

import (
	"bytes"
	"strconv"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// What the terminal is left with between writes: where its cursor stands
// and the pen it writes with. Knowing them, a letter typed where the
// cursor stands is sent as the letter alone: no move, no colour, no
// hiding of the cursor while it is drawn. With autowrap off, a cell
// written at the last column leaves the cursor there, so the painter
// forgets where it is rather than guess.
type terminalState struct {
	x, y    int
	known   bool // x and y are where the cursor is
	pen     uv.Style
	visible bool // the cursor is shown
	moved   bool // the cells of the frame being drawn moved the cursor
}

// moveTo writes the move of the cursor to cell x of row y (CUP), unless
// it stands there already.
func (t *terminalState) moveTo(b *bytes.Buffer, x, y int) {
	if t.known && t.x == x && t.y == y {
		return
	}
	var seq [24]byte
	s := append(seq[:0], "\x1b["...)
	s = strconv.AppendInt(s, int64(y+1), 10)
	s = append(s, ';')
	s = strconv.AppendInt(s, int64(x+1), 10)
	b.Write(append(s, 'H'))
	t.x, t.y, t.known, t.moved = x, y, true, true
}

// wrote moves the cursor on by the cells written in a row of width.
func (t *terminalState) wrote(cells, width int) {
	t.x += cells
	if t.x >= width {
		t.known = false
	}
}

// plainPen resets the pen before what fills cells with its background
// (erasing, inserting), so nothing is filled in another colour; a pen
// that colours letters alone fills nothing.
func (t *terminalState) plainPen(b *bytes.Buffer) {
	if t.pen.Bg != nil || t.pen.Attrs&uv.AttrReverse != 0 {
		b.WriteString(ansi.ResetStyle)
		t.pen = uv.Style{}
	}
}

// forget says nothing is known of the terminal: after a write of another
// kind, or a new screen.
func (t *terminalState) forget() {
	*t = terminalState{visible: t.visible}
}
