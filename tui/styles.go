package tui

import (
	"hash/fnv"
	"image/color"
	"strings"
	"sync"

	"charm.land/lipgloss/v2"

	"trio/tui/draw"
)

// Styles are every style the interface uses, for a dark or a light
// background: each terminal (over SSH, each person's) reads the palette
// of its own background.
type Styles struct {
	IsDark bool

	Text      color.Color // the colour of text nothing else colours
	Title     draw.Ink    // the question in the header
	Muted     draw.Ink    // secondary text: purposes, hints, times
	Strong    draw.Ink
	Accent    draw.Ink // the current step, selected items
	Prompt    draw.Ink // the phase's prompt
	Rule      draw.Ink // horizontal rules and separators
	Notice    draw.Ink // a refusal or a message for the person at the keyboard
	Success   draw.Ink
	Warning   draw.Ink       // the time box nearly over
	Alarm     draw.Ink       // the time box over
	Nudge     draw.Ink       // an advocacy cue and its kinder form
	Selected  draw.Ink       // the focused row or card
	Card      lipgloss.Style // a perspective card
	CardFocus lipgloss.Style // the card in focus or in the spotlight
	Label     draw.Ink       // field labels
	Key       draw.Ink       // a key in running text ("press enter")
	Curtain   lipgloss.Style // the "pass the keyboard" screen
	Bar       draw.Ink       // airtime bars

	// The inks of names: the coach's, then a role's (product, design,
	// engineering, then three that other roles hash to). Made once: a
	// screen draws every name of the room.
	coachInk draw.Ink
	roleInks []draw.Ink
}

// NewStyles are the styles for a dark or a light background. Colours are
// downsampled to the terminal's profile by the renderer; nothing is said
// by colour alone. Each palette is made once and shared by every terminal
// of the process: the styles are read, never changed, and a copy for
// each terminal held 12 KB.
func NewStyles(isDark bool) *Styles {
	if isDark {
		return darkStyles()
	}
	return lightStyles()
}

var (
	darkStyles  = sync.OnceValue(func() *Styles { return newStyles(true) })
	lightStyles = sync.OnceValue(func() *Styles { return newStyles(false) })
)

func newStyles(isDark bool) *Styles {
	ld := lipgloss.LightDark(isDark)
	var (
		text   = ld(lipgloss.Color("#1f1f28"), lipgloss.Color("#e6e6ea"))
		muted  = ld(lipgloss.Color("#5c5c6e"), lipgloss.Color("#9b9bae"))
		accent = ld(lipgloss.Color("#6139c0"), lipgloss.Color("#b79cff"))
		rule   = ld(lipgloss.Color("#858597"), lipgloss.Color("#767690"))
		notice = ld(lipgloss.Color("#9a4e09"), lipgloss.Color("#ffb86b"))
		good   = ld(lipgloss.Color("#1b723a"), lipgloss.Color("#7ee2a0"))
		alarm  = ld(lipgloss.Color("#b4232c"), lipgloss.Color("#ff7b85"))
		nudge  = ld(lipgloss.Color("#0f6f86"), lipgloss.Color("#7fd8ec"))
		focus  = ld(lipgloss.Color("#ece6fb"), lipgloss.Color("#2c2640"))
	)
	s := &Styles{IsDark: isDark}
	s.Text = text
	s.Title = draw.NewInk(text, nil, true)
	s.Muted = draw.NewInk(muted, nil, false)
	s.Strong = draw.NewInk(nil, nil, true)
	s.Accent = draw.NewInk(accent, nil, true)
	s.Prompt = draw.NewInk(text, nil, false)
	s.Rule = draw.NewInk(rule, nil, false)
	s.Notice = draw.NewInk(notice, nil, false)
	s.Success = draw.NewInk(good, nil, false)
	s.Warning = draw.NewInk(notice, nil, true)
	s.Alarm = draw.NewInk(alarm, nil, true)
	s.Nudge = draw.NewInk(nudge, nil, false)
	s.Selected = draw.NewInk(accent, focus, true)
	s.Card = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(rule).Padding(0, 1)
	s.CardFocus = s.Card.BorderForeground(accent)
	s.Label = draw.NewInk(accent, nil, true)
	s.Key = draw.NewInk(nil, nil, true)
	s.Curtain = lipgloss.NewStyle().Border(lipgloss.DoubleBorder()).BorderForeground(accent).Padding(1, 3)
	s.Bar = draw.NewInk(accent, nil, false)
	for _, c := range []color.Color{
		ld(lipgloss.Color("#1f5fbf"), lipgloss.Color("#79aaff")), // product
		ld(lipgloss.Color("#ae2f78"), lipgloss.Color("#ff8fcf")), // design
		ld(lipgloss.Color("#20724f"), lipgloss.Color("#74dba8")), // engineering
		ld(lipgloss.Color("#8a5a00"), lipgloss.Color("#f0c060")),
		ld(lipgloss.Color("#5b4bb0"), lipgloss.Color("#b3a6ff")),
		ld(lipgloss.Color("#9b3d1e"), lipgloss.Color("#ff9e7a")),
	} {
		s.roleInks = append(s.roleInks, draw.NewInk(c, nil, true))
	}
	s.coachInk = draw.NewInk(muted, nil, true)
	return s
}

// Role is the style of a person's name: the colour of their role. The role
// is always written beside it too.
func (s *Styles) Role(role string, observer bool) draw.Ink {
	if observer {
		return s.coachInk
	}
	switch strings.ToLower(role) {
	case "product", "pm", "product manager":
		return s.roleInks[0]
	case "design", "designer", "ux":
		return s.roleInks[1]
	case "engineering", "engineer", "tech", "dev":
		return s.roleInks[2]
	}
	h := fnv.New32a()
	h.Write([]byte(strings.ToLower(role)))
	return s.roleInks[3+int(h.Sum32()%3)]
}
