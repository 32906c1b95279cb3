package tui

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"trio/tui/draw"
)

// Terminal backgrounds the palettes are measured on: the plain ones and
// the common themes people keep (One Dark, Catppuccin, Solarized light).
var (
	darkBackgrounds  = []string{"#000000", "#1e1e2e", "#282c34"}
	lightBackgrounds = []string{"#ffffff", "#f5f5f5", "#eeeeee", "#fdf6e3"}
)

// WCAG 2's minimums: text, and the marks and borders that carry meaning.
const (
	textContrast = 4.5
	markContrast = 3.0
)

// luminance is WCAG 2's relative luminance of a colour.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	channel := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*channel(r) + 0.7152*channel(g) + 0.0722*channel(b)
}

func contrast(a, b color.Color) float64 {
	x, y := luminance(a), luminance(b)
	if x < y {
		x, y = y, x
	}
	return (x + 0.05) / (y + 0.05)
}

// paint is one colour the interface draws with, on the terminal's
// background or on a background of its own.
type paint struct {
	what string
	fg   color.Color
	bg   color.Color // nil: the terminal's
	min  float64
}

// paints lists every colour a palette draws with, its own and the ones it
// gives bubbles' text areas, lines and help.
func paints(s *Styles) []paint {
	var all []paint
	text := func(what string, st lipgloss.Style) {
		all = append(all, paint{what, st.GetForeground(), bgOf(st), textContrast})
	}
	mark := func(what string, st lipgloss.Style) {
		all = append(all, paint{what, st.GetForeground(), bgOf(st), markContrast})
	}
	all = append(all, paint{"text", s.Text, nil, textContrast})
	for what, ink := range map[string]draw.Ink{"title": s.Title, "muted": s.Muted, "strong": s.Strong, "accent": s.Accent,
		"prompt": s.Prompt, "notice": s.Notice, "success": s.Success, "warning": s.Warning, "alarm": s.Alarm,
		"nudge": s.Nudge, "selected": s.Selected, "label": s.Label, "key": s.Key} {
		text(what, ink.Style)
	}
	for _, role := range []string{"Product", "Design", "Engineering", "Research", "Data", "Sales", "Marketing"} {
		text("role "+role, s.Role(role, false).Style)
	}
	text("observer", s.Role("", true).Style)
	mark("rule", s.Rule.Style)
	mark("airtime bar", s.Bar.Style)
	all = append(all,
		paint{"card border", s.Card.GetBorderTopForeground(), nil, markContrast},
		paint{"card in focus border", s.CardFocus.GetBorderTopForeground(), nil, markContrast},
		paint{"curtain border", s.Curtain.GetBorderTopForeground(), nil, markContrast},
		paint{"cursor", s.cursor(), nil, markContrast})

	area, line, help := s.areaStyles(), s.lineStyles(), s.helpStyles()
	for state, st := range map[string]struct{ text, placeholder, prompt lipgloss.Style }{
		"text area, written in": {area.Focused.Text, area.Focused.Placeholder, area.Focused.Prompt},
		"text area, left":       {area.Blurred.Text, area.Blurred.Placeholder, area.Blurred.Prompt},
		"line, written in":      {line.Focused.Text, line.Focused.Placeholder, line.Focused.Prompt},
		"line, left":            {line.Blurred.Text, line.Blurred.Placeholder, line.Blurred.Prompt},
	} {
		text(state+": text", st.text)
		text(state+": hint", st.placeholder)
		mark(state+": bar", st.prompt)
	}
	text("text area's cursor line", area.Focused.CursorLine)
	text("help: key", help.ShortKey)
	text("help: what it does", help.ShortDesc)
	mark("help: separator", help.ShortSeparator)
	shown, other := s.pageDots()
	mark("menu: page shown", shown)
	mark("menu: other page", other)
	return all
}

func bgOf(st lipgloss.Style) color.Color {
	if _, none := st.GetBackground().(lipgloss.NoColor); none {
		return nil
	}
	return st.GetBackground()
}

func TestEveryColourCanBeReadOnItsBackground(t *testing.T) {
	t.Parallel()
	for _, dark := range []bool{true, false} {
		s := NewStyles(dark)
		backgrounds := lightBackgrounds
		if dark {
			backgrounds = darkBackgrounds
		}
		for _, p := range paints(s) {
			if _, none := p.fg.(lipgloss.NoColor); none || p.fg == nil {
				continue // the terminal's own text colour
			}
			on := backgrounds
			if p.bg != nil {
				on = []string{hexOf(p.bg)}
			}
			// A terminal of 256 colours (tmux, screen, many SSH clients)
			// draws each colour as the nearest of its palette.
			for _, profile := range []colorprofile.Profile{colorprofile.TrueColor, colorprofile.ANSI256} {
				fg := profile.Convert(p.fg)
				for _, bg := range on {
					if got := contrast(fg, lipgloss.Color(bg)); got < p.min {
						t.Errorf("dark=%v, %s: %s (%s, drawn %s) on %s has a contrast of %.2f:1; it needs %.1f:1", dark, profile, p.what, hexOf(p.fg), hexOf(fg), bg, got, p.min)
					}
				}
			}
		}
	}
}

func hexOf(c color.Color) string {
	r, g, b, _ := c.RGBA()
	return fmt.Sprintf("#%02x%02x%02x", r>>8, g>>8, b>>8)
}

// Without colour (NO_COLOR, or a terminal that has none), what reaches
// the terminal still tells a hint from typed text: the hint is in italics.
func TestWithoutColourAHintDoesNotLookTyped(t *testing.T) {
	t.Parallel()
	for _, dark := range []bool{true, false} {
		s := NewStyles(dark)
		hint, typed := newAreaEditor(field{hint: "What rings true for you?"}), newAreaEditor(field{})
		hint.restyle(s)
		typed.restyle(s)
		typed.SetValue("What rings true for you?")
		for _, e := range []*areaEditor{hint, typed} {
			e.SetWidth(60)
			e.Blur()
		}
		plain := func(view string) string {
			var b bytes.Buffer
			w := colorprofile.NewWriter(&b, []string{"NO_COLOR=1", "TERM=xterm-256color"})
			w.Profile = colorprofile.ASCII
			w.WriteString(view)
			return b.String()
		}
		italic := "\x1b[3m"
		if got := plain(hint.View()); !strings.Contains(got, italic) {
			t.Errorf("dark=%v: the hint reaches a colourless terminal as %q: nothing tells it from typed text", dark, got)
		}
		if got := plain(typed.View()); strings.Contains(got, italic) {
			t.Errorf("dark=%v: typed text reaches a colourless terminal in italics, as a hint does: %q", dark, got)
		}
	}
}
