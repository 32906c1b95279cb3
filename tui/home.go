package tui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"trio/content/prose"
	"trio/session"
)

// homeScreen starts a new workshop or resumes a saved one; on a terminal
// of one's own it is the lobby (lobby.go). It reads the rooms from the hub
// every time: it remembers nothing the store does not.
type homeScreen struct {
	area
	sh       *Shared
	selected int // 0 is "new workshop"; 1… are the rooms, newest first
	notice   string
	lobby    *lobby // remote mode only
}

func newHomeScreen(sh *Shared) *homeScreen {
	h := &homeScreen{sh: sh}
	if !sh.Local {
		h.lobby = newLobby(sh)
	}
	return h
}

// chooseRoom puts the cursor on a room, the one just left: leaving it
// made it the newest, so it moved to the top of the list.
func (h *homeScreen) chooseRoom(code string) {
	if h.lobby != nil {
		h.lobby.chooseRoom(code)
		return
	}
	if i := slices.IndexFunc(h.sh.Hub.Rooms(), func(r session.Room) bool { return r.Code == code }); i >= 0 {
		h.selected = i + 1
	}
}

func (h *homeScreen) typing() bool { return h.lobby != nil && h.lobby.typing() }

// setSize sizes the lobby with the screen: it is the whole screen.
func (h *homeScreen) setSize(width, height int) {
	h.area.setSize(width, height)
	if h.lobby != nil {
		h.lobby.setSize(width, height)
	}
}

func (h *homeScreen) restyle() {
	if h.lobby != nil {
		h.lobby.restyle()
	}
}

func (h *homeScreen) update(msg tea.Msg) tea.Cmd {
	if h.lobby != nil {
		if _, ok := msg.(tea.KeyPressMsg); ok {
			h.notice = ""
		}
		return h.lobby.update(msg)
	}
	key, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	k := h.sh.Keys.List
	rooms := h.sh.Hub.Rooms()
	switch {
	case matches(key, k.Up):
		h.selected = max(0, h.selected-1)
	case matches(key, k.Down):
		h.selected = min(len(rooms), h.selected+1)
	case matches(key, k.New):
		return h.sh.move(setupMsg{})
	case matches(key, k.Choose):
		if h.selected == 0 {
			return h.sh.move(setupMsg{})
		}
		return h.sh.move(openRoomMsg{code: rooms[h.selected-1].Code})
	case matches(key, k.Quit):
		return tea.Quit
	}
	return nil
}

func (h *homeScreen) view() string {
	if h.lobby != nil {
		return h.lobby.view(h.notice)
	}
	st := h.sh.Styles
	width := max(20, h.width-4)
	height := max(1, h.height-3) // the padding and the help footer
	lines := []string{st.Title.Render("trio") + st.Muted.Render("  dialogue, not discussion"), "",
		st.Muted.Render("A product trio frames one question, writes alone, listens, asks, builds,"),
		st.Muted.Render("and leaves with a point of view they share."), ""}
	row := func(i int, text string) string {
		if i == h.selected {
			return st.Selected.Render("▸ " + text)
		}
		return "  " + text
	}
	lines = append(lines, row(0, "Start a new workshop"))
	var tail []string
	if h.notice != "" {
		tail = []string{"", st.Notice.Render(h.notice)}
	}
	if rooms := h.sh.Hub.Rooms(); len(rooms) > 0 {
		lines = append(lines, "", st.Label.Render("Resume a workshop"))
		lines = append(lines, roomList(st, rooms, h.selected-1, width, height-len(lines)-len(tail), func(r session.Room) string {
			return fmt.Sprintf("%s · %s · %s", session.FormatCode(r.Code), phaseOf(r), ago(h.sh.Now(), r.UpdatedAt))
		})...)
	}
	lines = append(lines, tail...)
	return lipgloss.NewStyle().Padding(1, 2).Render(strings.Join(lines, "\n"))
}

func (h *homeScreen) helpKeys() []key.Binding {
	if h.lobby != nil {
		return h.lobby.helpKeys()
	}
	k := h.sh.Keys.List
	choose := relabel(k.Choose, "start")
	if h.selected > 0 {
		choose = relabel(k.Choose, "resume")
	}
	return []key.Binding{choose, k.Up, k.Down, k.New, k.Quit, h.sh.Keys.Quit}
}

// ago says how long ago something changed, as a person would.
func ago(now, then time.Time) string {
	d := now.Sub(then)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return prose.Plural(int(d.Minutes()), "minute") + " ago"
	case d < 24*time.Hour:
		return prose.Plural(int(d.Hours()), "hour") + " ago"
	case d < 7*24*time.Hour:
		return prose.Plural(int(d.Hours()/24), "day") + " ago"
	}
	return then.Local().Format("2 Jan 2006")
}
