package tui

import (
	"strconv"
	"strings"

	"trio/session"
	"trio/tui/draw"
)

// sidebarWidth is the people's column, beside the phase's area.
const sidebarWidth = 24

// sidebarKey is everything the sidebar shows, and nothing more: a word
// checked in or a card written leaves it as it was, and none of a room's
// terminals draws it again. (Printing the presence's maps with fmt cost
// more than drawing what they changed.)
func (r *roomScreen) sidebarKey() string {
	w, h := r.areaSize()
	bars := r.airtimeBars()
	stick, _ := r.room.Speaker()
	var b strings.Builder
	b.Grow(64 + 48*len(r.room.People))
	for _, s := range []string{r.room.Code, string(r.sh.Me), string(r.speaker), string(stick)} {
		b.WriteString(s)
		b.WriteByte(0)
	}
	for _, n := range []int{w, h} {
		b.WriteString(strconv.Itoa(n))
		b.WriteByte(' ')
	}
	for _, f := range []bool{r.sh.Styles.IsDark, r.sh.Local, r.room.Locked} {
		b.WriteString(strconv.FormatBool(f))
	}
	for _, p := range r.room.People {
		b.WriteByte(0)
		if r.room.Gone(p.ID) {
			b.WriteByte('g')
			continue
		}
		for _, s := range []string{string(p.ID), p.Name, p.Role} {
			b.WriteString(s)
			b.WriteByte(0)
		}
		for _, f := range []bool{p.Observer, p.Ready, p.ID == r.room.Facilitator} {
			b.WriteString(strconv.FormatBool(f))
		}
		switch {
		case r.remote.presence.Typing[p.ID]:
			b.WriteByte('t')
		case r.remote.presence.Here[p.ID]:
			b.WriteByte('h')
		default:
			b.WriteByte('-')
		}
		b.WriteByte(byte('0' + bars[p.ID]))
	}
	return b.String()
}

// airtimeBars is each person's share of the airtime in eighths, as the
// sidebar's bars show it. Airtime counts what everyone may see, so the
// bars do not change with who is at the keyboard and never hint at a
// hidden card.
func (r *roomScreen) airtimeBars() map[session.ParticipantID]int {
	metrics := r.sh.Hub.PublicMetrics(r.room)
	bars := make(map[session.ParticipantID]int, len(metrics.People))
	for _, p := range metrics.People {
		n := int(p.Airtime*8 + 0.5)
		if n == 0 && p.Figures.Words > 0 {
			n = 1 // whoever spoke never looks as if they had not
		}
		bars[p.Person] = n
	}
	return bars
}

// sidebar lists the people: role colour and role, who is speaking, who is
// ready, and each one's share of the airtime.
func (r *roomScreen) sidebar(c *roomCtx) string {
	st := r.sh.Styles
	bars := r.airtimeBars()
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
		name := draw.Truncate(p.Name, max(4, sidebarWidth-2-draw.Width(status)), "…")
		b.WriteString(mark + st.Role(p.Role, p.Observer).Render(name) + status + "\n")
		role := p.Role
		if role == "" {
			role = "no role"
		}
		bar := ""
		if p.Observer {
			role += " · observer"
		} else {
			n := bars[p.ID]
			bar = " " + st.Bar.Render(strings.Repeat("▮", n)) + st.Rule.Render(strings.Repeat("▯", 8-n))
			role = draw.Truncate(role, 12, "…")
		}
		b.WriteString("  " + st.Muted.Render(draw.Truncate(role, sidebarWidth-3, "…")) + bar + "\n")
	}
	if !r.sh.Local {
		b.WriteString(r.remoteSidebar())
		return b.String()
	}
	speaking := st.Muted.Render("Speaking as ") + c.name(r.speaker)
	b.WriteString("\n" + draw.Truncate(speaking, sidebarWidth, "…") + "\n" + st.Muted.Render("ctrl+s: next, or "+speakerNumbers(len(r.room.People))) + "\n")
	b.WriteString("\n" + st.Muted.Render("▶ speaking  ✓ ready") + "\n" + st.Muted.Render("★ facilitates  ▮ airtime") + "\n")
	return b.String()
}
