package draw

import (
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Width is how many cells s takes on screen, as ansi.StringWidth
// measures it, but without segmenting graphemes where no grapheme can
// span two characters: plain text, colour codes, and the few symbols the
// interface draws with (box lines, bullets, marks, Latin letters). That is
// nearly every line of a screen, and segmenting it was most of the cost
// of drawing one. Anything else is measured by ansi.StringWidth.
func Width(s string) int {
	width := 0
	for i := 0; i < len(s); {
		b := s[i]
		switch {
		case b >= 0x20 && b < 0x7f:
			width++
			i++
		case b == ansi.ESC && i+1 < len(s) && s[i+1] == '[':
			// A control sequence (colours): parameters, then
			// intermediates, then one final byte. It takes no cells. Any
			// other order is left to ansi.StringWidth, which reads it
			// otherwise.
			j := i + 2
			for j < len(s) && s[j] >= 0x30 && s[j] < 0x40 {
				j++
			}
			for j < len(s) && s[j] >= 0x20 && s[j] < 0x30 {
				j++
			}
			if j == len(s) || s[j] < 0x40 || s[j] > 0x7e {
				return ansi.StringWidth(s)
			}
			i = j + 1
		case b == ansi.ESC && i+1 < len(s) && (s[i+1] == '_' || s[i+1] == ']'):
			// A string for the terminal, not the screen: an application
			// program command (the cursor's mark) or an operating system
			// command (a link), of printable ASCII, to its terminator.
			j := i + 2
			for j < len(s) && s[j] >= 0x20 && s[j] < 0x7f {
				j++
			}
			switch {
			case j+1 < len(s) && s[j] == ansi.ESC && s[j+1] == '\\':
				i = j + 2
			case j < len(s) && s[j] == ansi.BEL && s[i+1] == ']':
				i = j + 1
			default:
				return ansi.StringWidth(s)
			}
		case b >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !oneCell(r) {
				return ansi.StringWidth(s)
			}
			width++
			i += size
		default:
			return ansi.StringWidth(s)
		}
	}
	return width
}

// oneCell reports whether r is drawn in one cell and starts and ends its
// own grapheme whatever is beside it (see TestOneCellRunesAreMeasuredAlike).
func oneCell(r rune) bool {
	switch {
	case r >= 0xa0 && r <= 0xff && r != 0xad: // Latin-1 letters and signs, not the soft hyphen
		return true
	case r >= 0x100 && r <= 0x24f: // Latin Extended-A and -B
		return true
	case r >= 0x2010 && r <= 0x2027: // dashes, quotes, bullets, the ellipsis
		return true
	case r >= 0x2190 && r <= 0x21ff: // arrows
		return true
	case r >= 0x2500 && r <= 0x25fc: // box drawing, blocks, geometric shapes (◽ ◾ are emoji, two cells)
		return true
	case r == 0x25ff:
		return true
	case r == 0x2605 || r == 0x2713 || r == 0x2717: // ★ ✓ ✗
		return true
	}
	return false
}

// Truncate is ansi.Truncate, without measuring s twice when it fits: a
// string of no more bytes than cells always fits.
func Truncate(s string, width int, tail string) string {
	if len(s) <= width || Width(s) <= width {
		return s
	}
	return ansi.Truncate(s, width, tail)
}
