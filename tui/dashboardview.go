package tui

import (
	"fmt"
	"strings"

	"trio/session"
	"trio/tui/draw"
)

// lineLabel stands before the line the coach writes to every room.
const lineLabel = "To every room: "

// wideDashboard is the width from which each trio takes one line with its
// join command beside it; narrower, a trio takes two lines.
const wideDashboard = 120

// view draws the workshop: a header, every trio, then the question, the
// menu, the line being written or the latest word.
func (d *dashboardScreen) view() string {
	st := d.sh.Styles
	w := d.width
	lines := []string{
		st.Title.Render(draw.Truncate("Workshop "+d.dash.Code+" · "+d.dash.Title, w, "…")),
		st.Muted.Render(draw.Truncate(paceText(d.dash.Pace)+" · join: "+d.joinCommand("CODE"), w, "…")),
		// One command for everyone: it lists the tables to pick from.
		st.Muted.Render(draw.Truncate("Any trio: "+d.joinCommand(d.dash.Code), w, "…")),
	}
	if b := d.dash.Broadcast; b != nil {
		// Rooms show the line for a while; the coach sees until when.
		said := "Your last line, no longer shown in the rooms: “" + b.Text + "”"
		if until := b.At.Add(coachHeard); d.sh.Now().Before(until) {
			said = "Every room reads, until " + until.Local().Format("15:04") + ": “" + b.Text + "”"
		}
		lines = append(lines, st.Muted.Render(draw.Truncate(said, w, "… ctrl+t")))
	}
	lines = append(lines, st.Rule.Render(strings.Repeat("─", w)))
	body := d.height - len(lines) - 3
	switch {
	case d.menu != nil:
		lines = append(lines, d.menu.view(st, "What would you like to do for every trio?", w, body))
	case d.plenary != nil:
		lines = append(lines, d.plenaryView(body)...)
	case d.reading && len(d.dash.Trios) > 0:
		lines = append(lines, d.whole(d.dash.Trios[d.chosen], w)...)
	default:
		for i, t := range d.dash.Trios {
			lines = append(lines, d.row(t, i == d.chosen, w)...)
		}
	}
	// The app draws the keys on the terminal's last line.
	status := d.status(w)
	out := fit(strings.Join(lines, "\n"), max(1, d.height-1-len(status)))
	return strings.Join(append([]string{out}, status...), "\n")
}

// status is the dashboard's last lines, above the keys: the question,
// the line being written, or the latest word, wrapped whole.
func (d *dashboardScreen) status(w int) []string {
	st := d.sh.Styles
	say := func(ink func(...string) string, text string) []string {
		lines := draw.Wrap(text, w)
		for i := range lines {
			lines[i] = ink(lines[i])
		}
		return lines
	}
	switch {
	case d.asking:
		return say(st.Notice.Render, d.question())
	case d.line != nil:
		return []string{st.Label.Render(lineLabel) + d.line.View()}
	case d.notice.alarm:
		return say(st.Alarm.Render, d.notice.text)
	case d.notice.text != "":
		return say(st.Success.Render, d.notice.text)
	}
	return []string{""}
}

// row is one trio at a glance: one line on a wide terminal, two on a
// narrow one, then its signals, each a line of its own when wide.
func (d *dashboardScreen) row(t session.TrioStatus, chosen bool, w int) []string {
	st := d.sh.Styles
	mark := "  "
	if chosen {
		mark = st.Accent.Render("▸ ")
	}
	head := fmt.Sprintf("%d %s  ", t.Table, t.Room) + column(draw.Truncate(phaseText(t), 24, "…"), 23) + column(leftOf(t), 10)
	people := peopleText(t)
	facts := fmt.Sprintf("%s · %s", cardsText(t.CardsWritten), consentText(t.Consent))
	signals := signalsOf(t)
	if w >= wideDashboard {
		line := mark + head + column(people, 26) + column(facts, 22) + st.Muted.Render(d.joinCommand(t.Room))
		out := []string{draw.Truncate(line, w, "… ctrl+t")}
		for _, s := range signals {
			out = append(out, st.Notice.Render(draw.Truncate("      ! "+s, w, "…")))
		}
		return out
	}
	first := draw.Truncate(mark+head+people, w, "…")
	second := "    " + facts
	if len(signals) > 0 {
		second += " · " + st.Notice.Render("! "+strings.Join(signals, " ! "))
	}
	return []string{first, draw.Truncate(second, w, "… ctrl+t")}
}

// column is text padded to a column's width, and two spaces after it
// however long it is, so the next column never runs into it.
func column(text string, width int) string {
	return text + strings.Repeat(" ", max(0, width-draw.Width(text))) + "  "
}

// whole is one trio read whole: everyone in it, every signal, its join
// command.
func (d *dashboardScreen) whole(t session.TrioStatus, w int) []string {
	st := d.sh.Styles
	out := []string{
		st.Strong.Render(fmt.Sprintf("Trio %d, room %s", t.Table, t.Room)),
		"Join: " + d.joinCommand(t.Room),
		"Question: " + t.Question,
		"Phase: " + phaseText(t) + ", " + leftOf(t),
		"Cards written: " + fmt.Sprint(t.CardsWritten) + " · Vote: " + consentText(t.Consent),
		"",
	}
	if len(t.People) == 0 {
		out = append(out, st.Muted.Render("Nobody has joined yet."))
	}
	for _, p := range t.People {
		out = append(out, "  "+personText(p))
	}
	if t.CoachObserving {
		out = append(out, "  You are in the room, observing.")
	}
	for _, s := range signalsOf(t) {
		out = append(out, st.Notice.Render("! "+s))
	}
	if b := d.dash.Broadcast; b != nil {
		out = append(out, "", st.Muted.Render("Your last line to every room: “"+b.Text+"”"))
	}
	var wrapped []string
	for _, l := range out {
		if l == "" {
			wrapped = append(wrapped, "")
			continue
		}
		wrapped = append(wrapped, draw.Wrap(l, w)...)
	}
	return wrapped
}

// joinCommand is how a trio's people reach their room from their own
// terminal.
func (d *dashboardScreen) joinCommand(code string) string {
	hint := strings.TrimSpace(d.sh.ExportHint)
	if hint == "" {
		hint = "ssh HOST"
	}
	return strings.Replace(hint, "ssh ", "ssh -t ", 1) + " join " + code
}

func paceText(p session.Pace) string {
	if p == session.OwnPace {
		return "Own pace (each trio moves itself)"
	}
	return "Lockstep (you move every trio on)"
}

func phaseText(t session.TrioStatus) string {
	return fmt.Sprintf("%d/%d %s", t.Phase.Index, t.Phase.Of, t.Phase.Title)
}

// leftOf is the trio's time left, in words a glance reads.
func leftOf(t session.TrioStatus) string {
	switch {
	case t.Paused:
		return "paused"
	case t.Left < 0:
		return "over " + leftText(-t.Left)
	}
	return leftText(t.Left) + " left"
}

// peopleText counts the trio's members (the coach is in none of them).
func peopleText(t session.TrioStatus) string {
	var here, away, writing, ready int
	for _, p := range t.People {
		if p.Observer {
			continue
		}
		switch {
		case p.Here:
			here++
		default:
			away++
		}
		if p.Typing {
			writing++
		}
		if p.Ready {
			ready++
		}
	}
	if here+away == 0 {
		return "nobody yet"
	}
	s := fmt.Sprintf("%d here", here)
	if away > 0 {
		s += fmt.Sprintf(", %d away", away)
	}
	if writing > 0 {
		s += fmt.Sprintf(", %d writing", writing)
	}
	return s + fmt.Sprintf(", %d ready", ready)
}

func personText(p session.PersonStatus) string {
	s := p.Name
	if p.Role != "" {
		s += " (" + p.Role + ")"
	}
	var marks []string
	if p.Facilitator {
		marks = append(marks, "facilitates")
	}
	if p.Observer {
		marks = append(marks, "observes")
	}
	if p.Here {
		marks = append(marks, "here")
	} else {
		marks = append(marks, "away")
	}
	if p.Typing {
		marks = append(marks, "writing")
	}
	if p.Ready {
		marks = append(marks, "ready ✓")
	}
	return s + ": " + strings.Join(marks, ", ")
}

func cardsText(n int) string {
	if n == 1 {
		return "1 card"
	}
	return fmt.Sprintf("%d cards", n)
}

func consentText(c session.ConsentStatus) string {
	switch c.State {
	case session.VoteOpen:
		return fmt.Sprintf("vote open, %d of %d voted", c.Voted, c.Voters)
	case session.Consented:
		return "consented"
	case session.NoConsent:
		return fmt.Sprintf("no consent in round %d", c.Round)
	case session.ClosedEarly:
		return "vote closed early"
	}
	return "no vote yet"
}

// signalsOf are what the coach may act on in a trio, in words.
func signalsOf(t session.TrioStatus) []string {
	var out []string
	if t.MoveAsked {
		out = append(out, "Asked to move on: waits for the facilitator's yes.")
	}
	for _, s := range t.Signals {
		out = append(out, s.Say)
	}
	return out
}
