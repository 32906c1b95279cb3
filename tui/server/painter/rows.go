package painter

import (
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// How a painter draws a view: row by row, and in a row cell by cell, only
// what differs from what the terminal shows.

// A row that changed is parsed into cells, as it was and as it is, in
// scratch lines shared by every painter.
var scratchRows sync.Pool

func scratchRow(width int) uv.Line {
	row, _ := scratchRows.Get().(*uv.Line)
	if row == nil || cap(*row) < width {
		return make(uv.Line, width)
	}
	return (*row)[:width]
}

func (p *Painter) draw(v tea.View, as drawnAs, syncOutput bool) {
	first := p.shown == nil
	if first {
		// Entering the alternate screen resets the keyboard protocol's
		// state, as Bubble Tea does before switching screens. With
		// autowrap off, a character the terminal measures wider than we
		// do is clipped at the margin instead of scrolling the screen.
		p.frame.WriteString(ansi.ResetModifyOtherKeys + ansi.SetModeAltScreenSaveCursor + ansi.ResetModeAutoWrap)
		p.entered = true
	}
	if as.graphemes && !p.drawn.graphemes {
		p.frame.WriteString(ansi.SetModeUnicodeCore)
	}
	p.modes(v)

	// Only the rows whose text changed are parsed into cells and compared
	// with what the screen shows; only the cells that differ are sent. A
	// new size, colour profile or way of measuring text draws it all.
	p.cells.Reset()
	p.term.moved = false
	whole := first || as != p.drawn
	if whole {
		p.cells.WriteString(ansi.ResetStyle + ansi.CursorHomePosition + ansi.EraseEntireScreen)
		p.term.forget()
		p.term.x, p.term.y, p.term.known, p.term.moved = 0, 0, true, true
		p.rows = p.rows[:0]
	}
	next := splitRows(v.Content, as.height, p.next[:0])
	was, is := scratchRow(as.width), scratchRow(as.width)
	method := ansi.WcWidth
	if as.graphemes {
		method = ansi.GraphemeWidth
	}
	for y, text := range next {
		shown := ""
		if y < len(p.rows) {
			shown = p.rows[y]
		}
		if !whole && text == shown {
			continue
		}
		parseRow(was, shown, method)
		parseRow(is, text, method)
		p.paintRow(y, was, is, as.profile)
	}
	scratchRows.Put(&was)
	scratchRows.Put(&is)
	p.rows, p.next = next, p.rows
	clear(p.next) // let the older view go

	// Cells written where the cursor stands, and nowhere else, need
	// neither the cursor hidden nor the frame held back: the terminal
	// shows them as the letters come, the cursor moving on with them.
	updates := p.cells.Len() > 0 && p.term.moved
	if syncOutput && updates {
		p.frame.WriteString(ansi.SetModeSynchronizedOutput)
	}
	if first || p.term.visible && (updates || v.Cursor == nil) {
		// Hidden while drawing, so it does not dart about.
		p.frame.WriteString(ansi.ResetModeTextCursorEnable)
		p.term.visible = false
	}
	p.frame.Write(p.cells.Bytes())
	if v.Cursor != nil {
		p.term.moveTo(&p.frame, v.Cursor.X, v.Cursor.Y)
		if !p.term.visible {
			p.frame.WriteString(ansi.SetModeTextCursorEnable)
			p.term.visible = true
		}
	}
	if syncOutput && updates {
		p.frame.WriteString(ansi.ResetModeSynchronizedOutput)
	}
	p.shown, p.drawn = &v, as
}

// splitRows cuts a view into exactly height rows, into rows' storage.
func splitRows(s string, height int, rows []string) []string {
	for range height {
		row := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			row, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		rows = append(rows, strings.TrimSuffix(row, "\r"))
	}
	return rows
}

// rowScreen is one row of cells that a styled string draws into.
type rowScreen struct {
	row    uv.Line
	method ansi.Method
}

func (r rowScreen) Bounds() uv.Rectangle        { return uv.Rect(0, 0, len(r.row), 1) }
func (r rowScreen) WidthMethod() uv.WidthMethod { return r.method }
func (r rowScreen) CellAt(x, y int) *uv.Cell {
	if y != 0 {
		return nil
	}
	return r.row.At(x)
}

func (r rowScreen) SetCell(x, y int, c *uv.Cell) {
	if y == 0 {
		r.row.Set(x, c)
	}
}

// parseRow reads one row of a view into cells, as Bubble Tea's renderer
// reads a whole view: styles, links, wide characters, cut at the margin.
// A row is read on its own: a style left open at the end of a row does not
// carry into the next (lipgloss closes its styles on every row).
func parseRow(row uv.Line, text string, method ansi.Method) {
	uv.NewStyledString(text).Draw(rowScreen{row: row, method: method}, uv.Rect(0, 0, len(row), 1))
}

// joinGap is how many unchanged cells are sent again to join two changes
// in a row rather than move the cursor between them: about what a move
// costs.
const joinGap = 8

// paintRow sends the cells of row y that differ between was (on screen)
// and is (the new view), a run at a time.
func (p *Painter) paintRow(y int, was, is uv.Line, profile colorprofile.Profile) {
	width := len(is)
	// The row ends in blanks from here: erasing to the end of the line is
	// cheaper than writing them.
	blankFrom := blanksFrom(is)
	if p.shifts && p.shiftRow(y, was, is, blankFrom, profile) {
		return
	}
	for x := 0; x < width; {
		if sameLook(&was[x], &is[x]) {
			x++
			continue
		}
		first, last := x, x
		for x++; x < width && x-last <= joinGap; x++ {
			if !sameLook(&was[x], &is[x]) {
				last = x
			}
		}
		// A wide character is written whole: never from its right half.
		for first > 0 && (was[first].Width == 0 || is[first].Width == 0) {
			first--
		}
		for last+1 < width && (was[last+1].Width == 0 || is[last+1].Width == 0) {
			last++
		}
		x = last + 1
		if p.paintRun(y, first, last, is, blankFrom, profile) {
			return // the rest of the row is erased
		}
	}
}

// blanksFrom is where a row ends in blank cells.
func blanksFrom(row uv.Line) int {
	end := len(row)
	for end > 0 && looksBlank(&row[end-1]) {
		end--
	}
	return end
}

// shiftRow sends a row that differs from the one on screen by cells put in
// or taken out at one place, by moving the rest of the row over (ICH, DCH)
// rather than writing it again: a word added in the middle of a line costs
// the word. It reports whether the row was such. Terminals do not agree on
// moving wide characters (x/vt blanks them), so a row where one would move
// is written instead.
func (p *Painter) shiftRow(y int, was, is uv.Line, isEnd int, profile colorprofile.Profile) bool {
	wasEnd := blanksFrom(was)
	first := 0
	for first < isEnd && first < wasEnd && was[first].Equal(&is[first]) {
		first++
	}
	for first > 0 && first < len(is) && (was[first].Width == 0 || is[first].Width == 0) {
		first--
	}
	switch n := isEnd - wasEnd; {
	case n > 0 && first < wasEnd:
		for x := first; x < wasEnd; x++ {
			if was[x].Width != 1 || !is[x+n].Equal(&was[x]) {
				return false
			}
		}
		p.term.moveTo(&p.cells, first, y)
		p.term.plainPen(&p.cells)
		p.cells.WriteString(ansi.InsertCharacter(n))
		p.writeCells(is, first, first+n-1, profile)
		return true
	case n < 0 && first < isEnd:
		for x := first; x < isEnd; x++ {
			if is[x].Width != 1 || !is[x].Equal(&was[x-n]) {
				return false
			}
		}
		p.term.moveTo(&p.cells, first, y)
		p.term.plainPen(&p.cells)
		p.cells.WriteString(ansi.DeleteCharacter(-n))
		return true
	}
	return false
}

// paintRun moves to cell first of row y and writes the cells up to last,
// or up to where the row ends in blanks and then erases the rest of the
// line; it reports whether it did that.
func (p *Painter) paintRun(y, first, last int, row uv.Line, blankFrom int, profile colorprofile.Profile) (erased bool) {
	p.term.moveTo(&p.cells, first, y)
	end := last
	if last >= blankFrom && last-max(first, blankFrom)+1 > len(ansi.EraseLineRight) {
		end, erased = blankFrom-1, true
	}
	p.writeCells(row, first, end, profile)
	if erased {
		p.term.plainPen(&p.cells)
		p.cells.WriteString(ansi.EraseLineRight)
	}
	return erased
}

// writeCells writes the cells of a row from first to last, where the
// cursor is, and leaves the pen as the last cell wanted it.
func (p *Painter) writeCells(row uv.Line, first, last int, profile colorprofile.Profile) {
	pen := p.term.pen
	var link uv.Link
	cells := 0
	for x := first; x <= last; x++ {
		c := &row[x]
		if c.Width == 0 {
			continue // the right half of a wide character, written with it
		}
		// Colours as the terminal can show them, as Bubble Tea's renderer
		// downsamples them.
		if style := uv.ConvertStyle(c.Style, profile); !style.Equal(&pen) {
			seq := style.Diff(&pen)
			if style.IsZero() && len(seq) > len(ansi.ResetStyle) {
				seq = ansi.ResetStyle
			}
			p.cells.WriteString(seq)
			pen = style
		}
		if l := uv.ConvertLink(c.Link, profile); l != link {
			p.cells.WriteString(ansi.SetHyperlink(l.URL, l.Params))
			link = l
		}
		if c.Content == "" {
			p.cells.WriteByte(' ')
		} else {
			p.cells.WriteString(c.Content)
		}
		cells += max(1, c.Width)
	}
	p.term.pen = pen
	if link != (uv.Link{}) {
		p.cells.WriteString(ansi.ResetHyperlink())
	}
	p.term.wrote(cells, len(row))
}

// insertsCharacters reports whether a terminal is known to insert blank
// characters (ICH): the families ultraviolet's renderer trusts with it
// (xtermCaps in terminal_renderer.go, ultraviolet v0.0.0-20261008173134).
func insertsCharacters(term string) bool {
	family, _, _ := strings.Cut(term, "-")
	switch family {
	case "alacritty", "contour", "foot", "ghostty", "kitty", "linux", "rio", "screen", "st", "tmux", "wezterm", "xterm":
		return true
	}
	return false
}
