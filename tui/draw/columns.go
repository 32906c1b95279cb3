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
		half := ""
		if i < len(r) {
			half = r[i]
		}
		if keep && i < len(c.set) && c.left[i] == line && c.right[i] == half {
			set[i] = c.set[i]
		} else {
			set[i] = line + Truncate(half, rightWidth, "")
		}
	}
	if keep {
		c.left, c.right, c.set = l, padTo(r, len(l)), set
	}
	return set
}

// padTo is lines, with empty ones added to make at least n.
func padTo(lines []string, n int) []string {
	for len(lines) < n {
		lines = append(lines, "")
	}
	return lines
}
