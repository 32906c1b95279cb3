package tui

import (
	"hash/fnv"
	"image/color"
	"strings"

	"charm.land/lipgloss/v2"
)

// Styles are every style the interface uses, built for one terminal's
// background: each terminal (over SSH, each person's) gets its own.
type Styles struct {
	IsDark bool

	Text      color.Color // the colour of text nothing else colours
	Title     Ink         // the question in the header
	Muted     Ink         // secondary text: purposes, hints, times
	Strong    Ink
	Accent    Ink // the current step, selected items
	Prompt    Ink // the phase's prompt
	Rule      Ink // horizontal rules and separators
	Notice    Ink // a refusal or a message for the person at the keyboard
	Success   Ink
	Warning   Ink            // the time box nearly over
	Alarm     Ink            // the time box over
	Nudge     Ink            // an advocacy cue and its kinder form
	Selected  Ink            // the focused row or card
	Card      lipgloss.Style // a perspective card
	CardFocus lipgloss.Style // the card in focus or in the spotlight
	Label     Ink            // field labels
	Key       Ink            // a key in running text ("press enter")
	Curtain   lipgloss.Style // the "pass the keyboard" screen
	Bar       Ink            // airtime bars

	roleColors []color.Color
	coach      color.Color
}

// NewStyles builds the styles for a dark or a light background. Colours
// are downsampled to the terminal's profile by the renderer; nothing is
// said by colour alone.
func NewStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	var (
		text   = ld(lipgloss.Color("#1f1f28"), lipgloss.Color("#e6e6ea"))
		muted  = ld(lipgloss.Color("#5c5c6e"), lipgloss.Color("#9a9aae"))
		accent = ld(lipgloss.Color("#6b3fd4"), lipgloss.Color("#b79cff"))
		rule   = ld(lipgloss.Color("#858597"), lipgloss.Color("#767690"))
		notice = ld(lipgloss.Color("#a3530a"), lipgloss.Color("#ffb86b"))
		good   = ld(lipgloss.Color("#1d7a3e"), lipgloss.Color("#7ee2a0"))
		alarm  = ld(lipgloss.Color("#b4232c"), lipgloss.Color("#ff7b85"))
		nudge  = ld(lipgloss.Color("#0f6f86"), lipgloss.Color("#7fd8ec"))
		focus  = ld(lipgloss.Color("#ece6fb"), lipgloss.Color("#2c2640"))
	)
	s := Styles{IsDark: isDark}
	s.Text = text
	s.Title = newInk(text, nil, true)
	s.Muted = newInk(muted, nil, false)
	s.Strong = newInk(nil, nil, true)
	s.Accent = newInk(accent, nil, true)
	s.Prompt = newInk(text, nil, false)
	s.Rule = newInk(rule, nil, false)
	s.Notice = newInk(notice, nil, false)
	s.Success = newInk(good, nil, false)
	s.Warning = newInk(notice, nil, true)
	s.Alarm = newInk(alarm, nil, true)
	s.Nudge = newInk(nudge, nil, false)
	s.Selected = newInk(accent, focus, true)
	s.Card = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(rule).Padding(0, 1)
	s.CardFocus = s.Card.BorderForeground(accent)
	s.Label = newInk(accent, nil, true)
	s.Key = newInk(nil, nil, true)
	s.Curtain = lipgloss.NewStyle().Border(lipgloss.DoubleBorder()).BorderForeground(accent).Padding(1, 3)
	s.Bar = newInk(accent, nil, false)
	s.roleColors = []color.Color{
		ld(lipgloss.Color("#1f5fbf"), lipgloss.Color("#79aaff")), // product
		ld(lipgloss.Color("#b0307a"), lipgloss.Color("#ff8fcf")), // design
		ld(lipgloss.Color("#237a55"), lipgloss.Color("#74dba8")), // engineering
		ld(lipgloss.Color("#8a5a00"), lipgloss.Color("#f0c060")),
		ld(lipgloss.Color("#5b4bb0"), lipgloss.Color("#b3a6ff")),
		ld(lipgloss.Color("#9b3d1e"), lipgloss.Color("#ff9e7a")),
	}
	s.coach = muted
	return s
}

// Role is the style of a person's name: the colour of their role. The role
// is always written beside it too.
func (s Styles) Role(role string, observer bool) Ink {
	if observer {
		return newInk(s.coach, nil, true)
	}
	switch strings.ToLower(role) {
	case "product", "pm", "product manager":
		return newInk(s.roleColors[0], nil, true)
	case "design", "designer", "ux":
		return newInk(s.roleColors[1], nil, true)
	case "engineering", "engineer", "tech", "dev":
		return newInk(s.roleColors[2], nil, true)
	}
	h := fnv.New32a()
	h.Write([]byte(strings.ToLower(role)))
	return newInk(s.roleColors[3+int(h.Sum32()%3)], nil, true)
}
