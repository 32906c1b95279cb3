package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/content/prose"
	"trio/session"
)

// homeScreen starts a new workshop or resumes a saved one; on a terminal
// of one's own it is the lobby (lobby.go). It reads the rooms from the hub
// every time: it remembers nothing the store does not.
type homeScreen struct {
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

func (h *homeScreen) typing() bool { return h.lobby != nil && h.lobby.typing() }

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
	var b strings.Builder
	b.WriteString(st.Title.Render("trio") + st.Muted.Render("  dialogue, not discussion") + "\n\n")
	b.WriteString(st.Muted.Render("A product trio frames one question, writes alone, listens, asks, builds,\nand leaves with a point of view they share.") + "\n\n")

	row := func(i int, text string) {
		if i == h.selected {
			b.WriteString(st.Selected.Render("▸ "+text) + "\n")
		} else {
			b.WriteString("  " + text + "\n")
		}
	}
	row(0, "Start a new workshop")
	rooms := h.sh.Hub.Rooms()
	if len(rooms) > 0 {
		b.WriteString("\n" + st.Label.Render("Resume a workshop") + "\n")
	}
	width := max(20, h.sh.Width-4)
	// Show as many rooms as fit, keeping the selected one on screen.
	fits := max(1, h.sh.Height-14)
	first := max(0, min(h.selected-1, len(rooms)-fits))
	for i := first; i < len(rooms) && i < first+fits; i++ {
		r := rooms[i]
		phase := fmt.Sprintf("%d/%d %s", r.Phase+1, len(r.Script.Phases), r.CurrentPhase().Title)
		meta := fmt.Sprintf("%s · %s · %s", session.FormatCode(r.Code), phase, ago(h.sh.Now(), r.UpdatedAt))
		question := ansi.Truncate(r.Question, width-2, "…")
		row(i+1, question)
		b.WriteString("  " + st.Muted.Render(ansi.Truncate(meta, width-2, "…")) + "\n")
	}
	if h.notice != "" {
		b.WriteString("\n" + st.Notice.Render(h.notice) + "\n")
	}
	return lipgloss.NewStyle().Padding(1, 2).Render(b.String())
}

func (h *homeScreen) help() bindingsHelp {
	if h.lobby != nil {
		return h.lobby.help()
	}
	k := h.sh.Keys.List
	short := []key.Binding{k.Choose, k.Up, k.Down, k.New, k.Quit, h.sh.Keys.Quit}
	return bindingsHelp{short: short, full: [][]key.Binding{short}}
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
