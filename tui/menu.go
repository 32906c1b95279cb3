package tui

import (
	"io"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/tui/draw"
)

// roomMenu is everything a person may do in the room besides writing, one
// action a line, each with its key when it has one: the full help of the
// room and a way to act without learning a key. It opens with ctrl+p;
// ↑/↓ choose and enter does it. Letters do nothing here, so a word typed
// into an open menu cannot act.
type roomMenu struct {
	list list.Model
	keys MenuKeys
}

// menuEntry is one action of the menu.
type menuEntry struct {
	title string         // what it does, in words: "Move on to Reveal round"
	key   string         // the chord that does the same, or "" when only here
	run   func() tea.Cmd // does it, or asks first
}

func (e menuEntry) FilterValue() string { return e.title }

func newRoomMenu(st *Styles, keys MenuKeys, entries []menuEntry) *roomMenu {
	items := make([]list.Item, len(entries))
	for i, e := range entries {
		items[i] = e
	}
	l := list.New(items, menuDelegate{styles: st}, 0, 0)
	l.SetShowTitle(false)
	l.SetShowFilter(false)
	l.SetFilteringEnabled(false)
	l.SetShowStatusBar(false)
	l.SetShowHelp(false)
	l.SetShowPagination(true)
	l.DisableQuitKeybindings()
	l.Styles.PaginationStyle = lipgloss.NewStyle()
	l.Styles.ActivePaginationDot, l.Styles.InactivePaginationDot = st.pageDots()
	// Only keys that cannot be text move the cursor: the list's own
	// letters (j, k, g, G, /, q) stay out.
	l.KeyMap = list.KeyMap{
		CursorUp:   key.NewBinding(key.WithKeys("up")),
		CursorDown: key.NewBinding(key.WithKeys("down")),
		PrevPage:   key.NewBinding(key.WithKeys("pgup", "left")),
		NextPage:   key.NewBinding(key.WithKeys("pgdown", "right")),
		GoToStart:  key.NewBinding(key.WithKeys("home")),
		GoToEnd:    key.NewBinding(key.WithKeys("end")),
	}
	return &roomMenu{list: l, keys: keys}
}

// menuAction is what a key did in the menu.
type menuAction int

const (
	menuMoved  menuAction = iota // the cursor moved, or nothing happened
	menuChosen                   // enter: the chosen entry is to be run
	menuClosed                   // esc or ctrl+p: the menu closes
)

func (m *roomMenu) update(msg tea.KeyPressMsg) (menuAction, menuEntry) {
	switch {
	case matches(msg, m.keys.Close):
		return menuClosed, menuEntry{}
	case matches(msg, m.keys.Choose):
		if e, ok := m.list.SelectedItem().(menuEntry); ok {
			return menuChosen, e
		}
		return menuClosed, menuEntry{}
	case typed(msg):
		return menuMoved, menuEntry{}
	}
	m.list, _ = m.list.Update(msg)
	return menuMoved, menuEntry{}
}

// view draws the menu in width×height cells, under a heading.
func (m *roomMenu) view(st *Styles, heading string, width, height int) string {
	head := st.Label.Render(ansi.Truncate(heading, width, "…"))
	m.list.SetSize(width, max(1, height-2))
	return head + "\n\n" + m.list.View()
}

// restyle gives the menu the new colours when the background changes.
func (m *roomMenu) restyle(st *Styles) { m.list.SetDelegate(menuDelegate{styles: st}) }

func (m *roomMenu) help() []key.Binding {
	move := m.keys.Up
	move.SetHelp("↑/↓", "choose")
	return []key.Binding{move, m.keys.Choose, m.keys.Close}
}

// menuDelegate draws an entry on one line: the action, and its key at the
// right edge when it has one.
type menuDelegate struct{ styles *Styles }

func (d menuDelegate) Height() int                         { return 1 }
func (d menuDelegate) Spacing() int                        { return 0 }
func (d menuDelegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

func (d menuDelegate) Render(w io.Writer, m list.Model, index int, item list.Item) {
	e, ok := item.(menuEntry)
	if !ok {
		return
	}
	st := d.styles
	width := m.Width()
	mark, title := "  ", e.title
	if index == m.Index() {
		mark, title = st.Accent.Render("▸ "), st.Selected.Render(e.title)
	}
	keyText := ""
	if e.key != "" {
		keyText = st.Key.Render(e.key)
	}
	room := width - 2 - lipgloss.Width(keyText) - 1
	if room < 10 {
		keyText, room = "", width-2
	}
	title = draw.Truncate(title, room, "…")
	gap := max(1, width-2-lipgloss.Width(title)-lipgloss.Width(keyText))
	line := mark + title
	if keyText != "" {
		line += strings.Repeat(" ", gap) + keyText
	}
	_, _ = io.WriteString(w, line)
}
