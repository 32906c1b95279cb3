package tui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"trio/content/prose"
	"trio/session"
	"trio/tui/draw"
)

// overviewView is the whole workshop at a glance, large and calm: its
// title and question, the phase most trios are in with its purpose and
// prompt, one clock in block digits, and a line for each table. It shows
// no word a trio wrote: the phases and prompts are the script's, the
// questions the coach's.
func (p *projectorScreen) overviewView() string {
	st := p.sh.Styles
	col := p.column()
	title := p.workshop.title
	if title == "" {
		title = fmt.Sprintf("A workshop of %d trios", len(p.workshop.tables))
	}
	if len(p.rooms) == 0 {
		return p.centerColumn([]string{"", st.Title.Render(draw.Truncate(title, col, "…")), "",
			st.Muted.Render("No trio’s room can be read just now.")}, col)
	}
	views := make([]session.View, len(p.rooms))
	for i, w := range p.rooms {
		views[i] = w.view()
	}
	lead, together := leadingTrio(views, p.sh.Now())
	v := views[lead]
	phase := v.CurrentPhase()
	clock := projectorClock(st, v.Timer, phase.Timebox, p.sh.Now())
	if first, differ := p.firstToEnd(views, lead); differ {
		clock.words += " at " + first + ", the first to end"
	}
	scale := clockScale(clock.digits, col, p.height)
	question, same := p.oneQuestion()
	rows := p.tableLines(views, col, !same)

	// What must show takes its lines first; then, while there is room,
	// the blanks and the longer texts, most useful first.
	spare := p.height - 1 - (4 + draw.BlockHeight*scale + len(rows))
	take := func(n int) int {
		got := min(max(spare, 0), n)
		spare -= got
		return got
	}
	beforeTables, beforeClock := take(1), take(1)
	questionLines := 0
	if same {
		questionLines = take(1)
	}
	whyLines, top, afterTitle := take(1), take(1), take(1)
	promptLines := 1 + take(2)
	if same && questionLines > 0 {
		questionLines += take(1)
	}
	if whyLines > 0 {
		whyLines += take(1)
	}
	if p.height >= 40 {
		top += take(1)
	}

	lines := make([]string, top)
	lines = append(lines, st.Title.Render(draw.Truncate(title, col, "…")))
	if questionLines > 0 {
		lines = append(lines, firstLines(st.Prompt, question, col, questionLines)...)
	}
	lines = append(lines, make([]string, afterTitle)...)
	phaseLine := p.phaseLine(v) + st.Muted.Render(fmt.Sprintf(" · %d of %d trios", together, len(views)))
	if together == len(views) {
		phaseLine = p.phaseLine(v) + st.Muted.Render(fmt.Sprintf(" · all %d trios", together))
	}
	lines = append(lines, phaseLine)
	if whyLines > 0 {
		lines = append(lines, firstLines(st.Muted, "Why: "+phase.Purpose, col, whyLines)...)
	}
	lines = append(lines, firstLines(st.Prompt, phase.Prompt, col, promptLines)...)
	lines = append(lines, make([]string, beforeClock)...)
	for _, l := range draw.BlockText(clock.digits, scale) {
		lines = append(lines, centered(clock.ink.Render(l), draw.Width(l), col))
	}
	words := draw.Truncate(clock.words, col, "…")
	lines = append(lines, centered(clock.ink.Render(words), draw.Width(words), col))
	lines = append(lines, make([]string, beforeTables)...)
	lines = append(lines, rows...)
	return p.centerColumn(lines, col)
}

// leadingTrio finds the phase most trios are in (of two as many, the
// further on) and, of the trios in it, the one whose time ends first. It
// returns that trio and how many are in its phase.
func leadingTrio(views []session.View, now time.Time) (lead, together int) {
	count := map[int]int{}
	for _, v := range views {
		count[v.Phase]++
	}
	phase := -1
	for ph, n := range count {
		if phase < 0 || n > count[phase] || n == count[phase] && ph > phase {
			phase = ph
		}
	}
	lead = -1
	for i, v := range views {
		if v.Phase == phase && (lead < 0 || v.Timer.Remaining(now) < views[lead].Timer.Remaining(now)) {
			lead = i
		}
	}
	return lead, count[phase]
}

// firstToEnd names the tables in the leading trio's phase that show its
// time ("table 2", "tables 1, 2 and 4"), and whether others in that phase
// show another time.
func (p *projectorScreen) firstToEnd(views []session.View, lead int) (string, bool) {
	shown := tableTime(views[lead], p.sh.Now())
	var first []string
	differ := false
	for i, v := range views {
		switch {
		case v.Phase != views[lead].Phase:
		case tableTime(v, p.sh.Now()) == shown:
			first = append(first, strconv.Itoa(p.rooms[i].table))
		default:
			differ = true
		}
	}
	noun := "table "
	if len(first) > 1 {
		noun = "tables "
	}
	return noun + prose.And(first), differ
}

// oneQuestion is the question every table has, if they all have one.
func (p *projectorScreen) oneQuestion() (string, bool) {
	q := p.rooms[0].question
	for _, w := range p.rooms {
		if w.question != q {
			return "", false
		}
	}
	return q, true
}

// tableLines are a line for each table: its number, its phase, its time
// left and how many of the trio are here, in columns; and, when the
// tables have questions of their own, each one's as far as it fits. A
// locked room says so in place of who is here.
func (p *projectorScreen) tableLines(views []session.View, width int, questions bool) []string {
	st := p.sh.Styles
	cells := make([][4]string, len(views))
	widths := [4]int{}
	for i, v := range views {
		w := p.rooms[i]
		cells[i] = [4]string{fmt.Sprintf("Table %d", w.table), v.CurrentPhase().Title, tableTime(v, p.sh.Now()), hereText(w, v)}
		for c, cell := range cells[i] {
			widths[c] = max(widths[c], draw.Width(cell))
		}
	}
	lines := make([]string, len(views))
	for i, row := range cells {
		var b strings.Builder
		for c, cell := range row {
			b.WriteString(cell + strings.Repeat(" ", widths[c]-draw.Width(cell)+3))
		}
		line := b.String()
		if rest := width - draw.Width(line); questions && rest >= 12 {
			line += draw.Truncate(p.rooms[i].question, rest, "…")
		}
		line = draw.Truncate(strings.TrimRight(line, " "), width, "…")
		if rest, ok := strings.CutPrefix(line, row[0]); ok {
			line = st.Muted.Render(row[0]) + rest
		}
		lines[i] = line
	}
	return lines
}

// tableTime is a table's time left, in words as short as they are clear.
func tableTime(v session.View, now time.Time) string {
	left := v.Timer.Remaining(now)
	switch {
	case v.Timer.Paused:
		return "paused, " + leftText(max(left, 0)) + " left"
	case left <= 0:
		return "time is up"
	}
	return leftText(left) + " left"
}

// hereText counts the trio's members here now (a coach observing is
// none of them); a locked room keeps even that to itself.
func hereText(w *watchedRoom, v session.View) string {
	if w.private() {
		return "locked"
	}
	members, here := 0, 0
	for _, person := range v.People {
		if person.Observer || v.IsCoach(person.ID) {
			continue
		}
		members++
		if w.here[person.ID] {
			here++
		}
	}
	if members == 0 {
		return "nobody yet"
	}
	return fmt.Sprintf("%d of %d here", here, members)
}
