package painter

import uv "github.com/charmbracelet/ultraviolet"

// looksBlank reports whether a cell shows as an empty one: a space with
// no background, reverse video, underline, strikethrough or link. The
// colour of its letters shows on nothing, so a space lipgloss painted in
// a colour and a space never written look the same, and neither is sent
// for the other.
func looksBlank(c *uv.Cell) bool {
	return (c.Content == " " || c.Content == "") && c.Width == 1 && c.Style.Bg == nil &&
		c.Style.Underline == 0 && c.Style.Attrs&(uv.AttrReverse|uv.AttrStrikethrough) == 0 && c.Link == (uv.Link{})
}

// sameLook reports whether two cells show the same on a terminal.
func sameLook(a, b *uv.Cell) bool { return a.Equal(b) || looksBlank(a) && looksBlank(b) }
