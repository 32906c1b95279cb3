package tui

import (
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"trio/tui/draw"
)

// The terminal's own cursor stands where a person writes. An editor marks
// its cursor's row in the text it draws, with the column inside it; the
// app finds the mark in the whole screen, wherever the panels, scrolling
// and columns put that row, takes it out, and places the cursor there.
// A drawn cursor (a cell in reverse video) would be sent again with every
// key, beside the letter; the terminal's own moves by itself as a letter
// is written, so a key costs the letter alone.

// cursorMark opens the mark: an application program command, which takes
// no room on a screen and which no text a person types can hold (their
// escape sequences are removed before anything is stored or shown).
const cursorMark = "\x1b_trio-cursor;"

// markCursor puts the mark for c at the start of its row of view.
func markCursor(view string, c *tea.Cursor) string {
	if c == nil {
		return view
	}
	rows := strings.SplitN(view, "\n", c.Y+2)
	if c.Y < 0 || c.Y >= len(rows) {
		return view
	}
	rows[c.Y] = cursorMark + strconv.Itoa(c.X) + "\x1b\\" + rows[c.Y]
	return strings.Join(rows, "\n")
}

// placeCursor takes the mark out of a screen's lines and says where it
// put the cursor: nil when no editor is drawn, or its row was cut away.
// Only the marked line is changed.
func placeCursor(lines []string) ([]string, *tea.Cursor) {
	for y, line := range lines {
		at := strings.Index(line, cursorMark)
		if at < 0 {
			continue
		}
		end := strings.Index(line[at:], "\x1b\\")
		if end < 0 {
			lines[y] = line[:at]
			return lines, nil
		}
		x, err := strconv.Atoi(line[at+len(cursorMark) : at+end])
		before := line[:at]
		lines[y] = before + line[at+end+2:]
		if err != nil {
			return lines, nil
		}
		return lines, tea.NewCursor(draw.Width(before)+x, y)
	}
	return lines, nil
}
