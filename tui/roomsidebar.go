package tui

import (
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/session"
)

// sidebarWidth is the people's column, beside the phase's area.
const sidebarWidth = 24

// sidebarKey is what the sidebar shows depends on: the room, who speaks,
// who is here and typing, the colours and the size. (Printing the
// presence's maps with fmt cost more than drawing what they changed.)
func (r *roomScreen) sidebarKey() string {
	w, h := r.areaSize()
	var b strings.Builder
	b.WriteString(r.room.Code)
	for _, n := range []int{r.room.Seq, w, h} {
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(n))
	}
	b.WriteString(" " + string(r.speaker) + " " + strconv.FormatBool(r.sh.Styles.IsDark) + " ")
	for _, p := range r.room.People {
		switch {
		case r.remote.presence.Typing[p.ID]:
			b.WriteByte('t')
		case r.remote.presence.Here[p.ID]:
			b.WriteByte('h')
		default:
			b.WriteByte('-')
		}
	}
	return b.String()
}

// sidebar lists the people: role colour and role, who is speaking, who is
// ready, and each one's share of the airtime.
func (r *roomScreen) sidebar(c *roomCtx) string {
	st := r.sh.Styles
	// Airtime counts what everyone may see, so the bars do not change with
	// who is at the keyboard and never hint at a hidden card.
	metrics := r.airtime.of(session.ViewFor(r.room, session.Nobody))
	share := map[session.ParticipantID]float64{}
	for _, p := range metrics.People {
		share[p.Person] = p.Airtime
	}
	stick, _ := r.room.Speaker()
	var b strings.Builder
	b.WriteString(st.Label.Render("People") + "\n")
	for _, p := range r.room.People {
		if r.room.Gone(p.ID) {
			continue
		}
		mark := "  "
		switch {
		case p.ID == r.speaker:
			mark = st.Accent.Render("▶ ")
		case p.ID == stick:
			mark = "🎤"
		case !r.sh.Local:
			mark = r.presenceMark(p.ID)
		}
		status := ""
		if p.Ready {
			status += st.Success.Render(" ✓")
		}
		if p.ID == r.room.Facilitator {
			status += st.Muted.Render(" ★")
		}
		status += r.presenceWord(p.ID)
		// The name gives way to the marks and words: they say what colour cannot.
		name := ansi.Truncate(p.Name, max(4, sidebarWidth-2-lipgloss.Width(status)), "…")
		b.WriteString(mark + st.Role(p.Role, p.Observer).Render(name) + status + "\n")
		role := p.Role
		if role == "" {
			role = "no role"
		}
		bar := ""
		if p.Observer {
			role += " · observer"
		} else {
			n := int(share[p.ID]*8 + 0.5)
			bar = " " + st.Bar.Render(strings.Repeat("▮", n)) + st.Rule.Render(strings.Repeat("▯", 8-n))
			role = ansi.Truncate(role, 12, "…")
		}
		b.WriteString("  " + st.Muted.Render(ansi.Truncate(role, sidebarWidth-3, "…")) + bar + "\n")
	}
	if !r.sh.Local {
		b.WriteString(r.remoteSidebar())
		return b.String()
	}
	speaking := st.Muted.Render("Speaking as ") + c.name(r.speaker)
	b.WriteString("\n" + ansi.Truncate(speaking, sidebarWidth, "…") + "\n" + st.Muted.Render("ctrl+s: next, or 1–9") + "\n")
	b.WriteString("\n" + st.Muted.Render("▶ speaking  ✓ ready") + "\n" + st.Muted.Render("★ facilitates  ▮ airtime") + "\n")
	return b.String()
}
