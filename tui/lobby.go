package tui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/session"
	"trio/tui/draw"
)

// lobby is the home screen of a terminal of one's own: create a room, join
// one by the code someone shared, or go back to a room one is part of.
type lobby struct {
	area
	sh       *Shared
	code     textinput.Model
	selected int    // lobbyCreate, lobbyJoin, then the rooms, newest first
	refusal  string // why the code typed leads nowhere, in the hub's words
}

const (
	lobbyCreate = iota
	lobbyJoin
	lobbyRooms // the first of the person's rooms
)

func newLobby(sh *Shared) *lobby {
	l := &lobby{sh: sh, code: lineInput("ABCD-EFGH", 24)}
	l.restyle()
	return l
}

func (l *lobby) restyle() {
	st := l.sh.Styles.lineStyles()
	l.code.SetStyles(st)
}

// typing: on the code's line, letters are the code.
func (l *lobby) typing() bool { return l.selected == lobbyJoin }

// rooms are the rooms this person is part of, the most recently changed
// first.
func (l *lobby) rooms() []session.Room {
	var mine []session.Room
	for _, r := range l.sh.Hub.Rooms() {
		if _, ok := r.Person(l.sh.Me); ok {
			mine = append(mine, r)
		}
	}
	return mine
}

// chooseRoom puts the cursor on one of the person's rooms, by its code.
func (l *lobby) chooseRoom(code string) {
	if i := slices.IndexFunc(l.rooms(), func(r session.Room) bool { return r.Code == code }); i >= 0 {
		l.choose(lobbyRooms + i)
	}
}

func (l *lobby) choose(i int) tea.Cmd {
	l.selected = i
	if i == lobbyJoin {
		return enterLine(&l.code)
	}
	leaveLine(&l.code)
	return nil
}

// refused brings back a code that led nowhere, with the reason, so it can
// be corrected rather than typed again.
func (l *lobby) refused(code, reason string) tea.Cmd {
	l.code.SetValue(code)
	l.code.CursorEnd()
	l.refusal = reason
	return l.choose(lobbyJoin)
}

func (l *lobby) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return l.key(msg)
	case tea.PasteMsg:
		return l.edit(msg)
	}
	if l.typing() {
		var cmd tea.Cmd
		l.code, cmd = l.code.Update(msg)
		return cmd
	}
	return nil
}

func (l *lobby) key(msg tea.KeyPressMsg) tea.Cmd {
	k, f := l.sh.Keys.List, l.sh.Keys.Form
	rooms := l.rooms()
	// Letters are a room's code here, so only the arrows move, and a code
	// typed anywhere on the screen goes into its field.
	up, down := matches(msg, f.Up), matches(msg, f.Down)
	switch {
	case up:
		return l.choose(max(0, l.selected-1))
	case down:
		return l.choose(min(len(rooms)+lobbyRooms-1, l.selected+1))
	case matches(msg, k.Choose):
		switch {
		case l.selected == lobbyCreate:
			return l.sh.move(setupMsg{})
		case l.selected == lobbyJoin && strings.TrimSpace(l.code.Value()) == "":
			l.refusal = "Type the code someone shared with you, like ABCD-EFGH."
			return nil
		case l.selected == lobbyJoin:
			return l.sh.move(joinMsg{code: l.code.Value()})
		case l.selected-lobbyRooms < len(rooms):
			return l.sh.move(joinMsg{code: rooms[l.selected-lobbyRooms].Code})
		}
		return nil
	case l.typing() && matches(msg, f.Back):
		return l.choose(lobbyCreate)
	case l.typing():
		return l.edit(msg)
	case typed(msg):
		return tea.Batch(l.choose(lobbyJoin), l.edit(msg))
	}
	return nil
}

// edit hands a key or a paste to the code; a changed code makes an old
// refusal stale.
func (l *lobby) edit(msg tea.Msg) tea.Cmd {
	if !l.typing() {
		return nil
	}
	before := l.code.Value()
	var cmd tea.Cmd
	l.code, cmd = l.code.Update(msg)
	if l.code.Value() != before {
		l.refusal = ""
	}
	return cmd
}

func (l *lobby) view(notice string) string {
	st := l.sh.Styles
	width := max(20, l.width-4)
	height := max(1, l.height-3) // the padding and the help footer
	wrap := func(style draw.Ink, indent, text string) []string {
		return markedLines(style, indent, text, width)
	}
	hello := "Hello."
	if l.sh.UserName != "" {
		hello = "Hello, " + l.sh.UserName + "."
	}
	lines := []string{st.Title.Render("trio") + st.Muted.Render("  dialogue, not discussion"), ""}
	lines = append(lines, wrap(st.Muted, "", hello+" Start a room and share its code, or join one with the code someone shared with you.")...)
	lines = append(lines, "")

	row := func(i int, text string) string {
		if i == l.selected {
			return st.Selected.Render("▸ " + text)
		}
		return "  " + text
	}
	lines = append(lines, row(lobbyCreate, "Create a room"), "    "+st.Muted.Render(ansi.Truncate("you facilitate; the others join with its code", width-4, "…")))
	lines = append(lines, row(lobbyJoin, "Join a room by its code"))
	l.code.SetWidth(min(20, width-4))
	lines = append(lines, "  "+l.code.View())
	if l.refusal != "" {
		lines = append(lines, wrap(st.Alarm, "  ✗ ", l.refusal)...)
	}

	var tail []string
	if notice != "" {
		tail = append(tail, "")
		tail = append(tail, wrap(st.Notice, "", notice)...)
	}
	rooms := l.rooms()
	if len(rooms) > 0 {
		lines = append(lines, "", st.Label.Render("Your rooms"))
		lines = append(lines, roomList(st, rooms, l.selected-lobbyRooms, width, height-len(lines)-len(tail), l.about)...)
	}
	lines = append(lines, tail...)
	return lipgloss.NewStyle().Padding(1, 2).Render(strings.Join(lines, "\n"))
}

// about is a room in a line: its code, where it is, the person's part in
// it, and when it last changed.
func (l *lobby) about(r session.Room) string {
	me, _ := r.Person(l.sh.Me)
	part := me.Role
	if r.Facilitator == l.sh.Me {
		part = "you facilitate"
	}
	parts := []string{session.FormatCode(r.Code), phaseOf(r)}
	if part != "" {
		parts = append(parts, part)
	}
	return strings.Join(append(parts, ago(l.sh.Now(), r.UpdatedAt)), " · ")
}

func (l *lobby) helpKeys() []key.Binding {
	k, f := l.sh.Keys.List, l.sh.Keys.Form
	move := relabel(f.Up, "move")
	move.SetHelp("↑/↓", "move")
	if l.typing() {
		return []key.Binding{relabel(k.Choose, "join"), move, f.Back, l.sh.Keys.Quit}
	}
	choose := relabel(k.Choose, "open the room")
	if l.selected == lobbyCreate {
		choose = relabel(k.Choose, "create a room")
	}
	return []key.Binding{choose, move, l.sh.Keys.Quit}
}
