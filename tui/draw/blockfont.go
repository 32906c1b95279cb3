package draw

import "strings"

// blockFont draws the digits and the colon of a clock three cells wide and
// five high, big enough to read from the back of a room. A cell is two
// columns wide, since a terminal's cell is about twice as tall as wide.
var blockFont = map[rune][5]string{
	'0': {"###", "# #", "# #", "# #", "###"},
	'1': {" # ", "## ", " # ", " # ", "###"},
	'2': {"###", "  #", "###", "#  ", "###"},
	'3': {"###", "  #", " ##", "  #", "###"},
	'4': {"# #", "# #", "###", "  #", "  #"},
	'5': {"###", "#  ", "###", "  #", "###"},
	'6': {"###", "#  ", "###", "# #", "###"},
	'7': {"###", "  #", "  #", " # ", " # "},
	'8': {"###", "# #", "###", "# #", "###"},
	'9': {"###", "# #", "###", "  #", "###"},
	':': {" ", "#", " ", "#", " "},
}

// BlockHeight is how many lines BlockText draws at scale 1.
const BlockHeight = 5

// BlockText draws digits and colons in block letters, each cell of the
// font scale×2 columns wide and scale lines high, a cell apart; any other
// character is left out. Every line is as wide as the whole.
func BlockText(s string, scale int) []string {
	scale = max(1, scale)
	full := strings.Repeat("█", 2*scale)
	empty := strings.Repeat(" ", 2*scale)
	var rows [BlockHeight]strings.Builder
	first := true
	for _, r := range s {
		glyph, ok := blockFont[r]
		if !ok {
			continue
		}
		for y, line := range glyph {
			if !first {
				rows[y].WriteString(empty)
			}
			for _, c := range line {
				if c == '#' {
					rows[y].WriteString(full)
				} else {
					rows[y].WriteString(empty)
				}
			}
		}
		first = false
	}
	out := make([]string, 0, BlockHeight*scale)
	for y := range rows {
		for range scale {
			out = append(out, rows[y].String())
		}
	}
	return out
}

// BlockWidth is how many columns BlockText(s, scale) is wide.
func BlockWidth(s string, scale int) int {
	scale = max(1, scale)
	cells, glyphs := 0, 0
	for _, r := range s {
		if glyph, ok := blockFont[r]; ok {
			cells += len(glyph[0])
			glyphs++
		}
	}
	if glyphs == 0 {
		return 0
	}
	return (cells + glyphs - 1) * 2 * scale
}
