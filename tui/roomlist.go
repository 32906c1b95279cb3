package tui

import (
	"fmt"
	"strconv"

	"github.com/charmbracelet/x/ansi"

	"trio/session"
)

// roomList lists rooms to go back to, two lines each: the question and a
// line about the room. A question is cut to its line, but the chosen
// room's shows whole, as it is what a person picks a room by. As many
// rooms fit as height allows, the chosen one always among them; chosen is
// -1 while none is.
func roomList(st *Styles, rooms []session.Room, chosen, width, height int, about func(session.Room) string) []string {
	var whole []string
	if chosen >= 0 && chosen < len(rooms) {
		whole = markedLines(st.Selected, "▸ ", rooms[chosen].Question, width)
	}
	more := func(shown int) []string {
		if shown == len(rooms) {
			return nil
		}
		return []string{st.Muted.Render(fmt.Sprintf("  %d of your %d rooms · ↑/↓ for the others", shown, len(rooms)))}
	}
	fits := max(1, (height-max(0, len(whole)-1))/2)
	if fits < len(rooms) {
		fits = max(1, (height-1-max(0, len(whole)-1))/2) // and a line to say so
	}
	first := max(0, min(chosen-fits+1, len(rooms)-fits))
	if chosen < 0 {
		first = 0
	}
	var lines []string
	for i := first; i < len(rooms) && i < first+fits; i++ {
		question := []string{"  " + ansi.Truncate(rooms[i].Question, width-2, "…")}
		if i == chosen {
			question = whole
		}
		lines = append(append(lines, question...), "    "+st.Muted.Render(ansi.Truncate(about(rooms[i]), width-4, "…")))
	}
	return append(lines, more(min(len(rooms), first+fits)-first)...)
}

// phaseOf is where a room is, for a list of rooms: "phase 3 of 12:
// Discussion round".
func phaseOf(r session.Room) string {
	return "phase " + strconv.Itoa(r.Phase+1) + " of " + strconv.Itoa(len(r.Script.Phases)) + ": " + r.CurrentPhase().Title
}
