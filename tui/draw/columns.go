package draw

// Columns sets a block to the right of a left column, line by line; what
// does not fit is cut, never wrapped, so neither column can push the
// layout down. It keeps the lines it set: on the next frame a line whose
// two halves are as they were is not measured or cut again, as most lines
// of a room's screen stay as they were from one key to the next.
type Columns struct {
	width            int
	left, right, set []string
}

// Beside sets the lines of r beside those of the column l, each cut to
// rightWidth: as many lines as the column has.
func (c *Columns) Beside(l, r []string, rightWidth int) []string {
	keep := !Fresh()
	if keep && rightWidth != c.width {
		c.width, c.left, c.right, c.set = rightWidth, nil, nil, nil
	}
	set := make([]string, len(l))
	for i, line := range l {
		half := lineAt(r, i)
		if keep && i < len(c.set) && c.left[i] == line && lineAt(c.right, i) == half {
			set[i] = c.set[i]
		} else {
			set[i] = line + Truncate(half, rightWidth, "")
		}
	}
	if keep {
		c.left, c.right, c.set = l, r, set
	}
	return set
}

// lineAt is line i of lines, or an empty line past their end. (The lines
// are the caller's, kept for the next frame: never appended to.)
func lineAt(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return ""
}
