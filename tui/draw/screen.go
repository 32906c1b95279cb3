package draw

import (
	"image/color"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Screen makes whole screens: each line cut or padded to the width and
// drawn in the text colour. Measuring each line once, rather than once per
// layout step, was most of the cost of a frame; and a line that is as it
// was on the last screen is not measured again, since most of a screen
// stays as it was from one frame to the next.
type Screen struct {
	width        int
	text         color.Color
	given, drawn []string // the last screen's lines, before and after
}

// Lines fits a screen's lines to its width, each in the text colour, and
// joins them. The lines are kept to compare with the next screen's: the
// caller must not change them afterwards.
func (sc *Screen) Lines(given []string, width int, text color.Color) string {
	if len(given) == 0 || len(given) == 1 && given[0] == "" {
		return ""
	}
	keep := !Fresh()
	if keep && (width != sc.width || !sameColor(text, sc.text)) {
		sc.width, sc.text, sc.given, sc.drawn = width, text, nil, nil
	}
	style := ansi.Style{}.ForegroundColor(text)
	drawn := make([]string, len(given))
	for i, line := range given {
		if keep && i < len(sc.given) && sc.given[i] == line {
			drawn[i] = sc.drawn[i]
			continue
		}
		drawn[i] = style.Styled(Pad(line, width))
	}
	if keep {
		sc.given, sc.drawn = given, drawn
	}
	return strings.Join(drawn, "\n")
}

func sameColor(a, b color.Color) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	ar, ag, ab, aa := a.RGBA()
	br, bg, bb, ba := b.RGBA()
	return ar == br && ag == bg && ab == bb && aa == ba
}
