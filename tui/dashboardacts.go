package tui

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"trio/content/prose"
	"trio/session"
	"trio/tui/draw"
)

// menuEntries are the coach's acts on every trio, each with its key when
// it has one.
func (d *dashboardScreen) menuEntries() []menuEntry {
	dk := d.sh.Keys.Dashboard
	var entries []menuEntry
	add := func(title string, b key.Binding, run func()) {
		entries = append(entries, menuEntry{title: title, key: b.Help().Key, run: func() tea.Cmd { run(); return nil }})
	}
	none := key.Binding{}
	if next, ok := d.nextPhase(); ok {
		add("Move every trio on to "+next, dk.MoveOn, d.askMoveOn)
	}
	add("Add a minute to every timer", none, func() { d.do(session.AddTimeToAll{By: time.Minute}) })
	if d.anyClock(false) {
		add("Pause every timer", none, func() { d.do(session.PauseAll{}) })
	}
	if d.anyClock(true) {
		add("Resume every timer", none, func() { d.do(session.ResumeAll{}) })
	}
	if d.dash.Pace == session.Lockstep {
		add("Let each trio move on at its own pace", none, func() { d.do(session.SetPace{Pace: session.OwnPace}) })
	} else {
		add("Move every trio on together (lockstep)", none, func() { d.do(session.SetPace{Pace: session.Lockstep}) })
	}
	add("Send every room a line", dk.Broadcast, func() { d.startLine() })
	if len(d.dash.Trios) > 0 {
		add(fmt.Sprintf("Read trio %d whole", d.dash.Trios[d.chosen].Table), dk.Read, func() { d.reading = true })
		entries = append(entries, menuEntry{title: d.visitTitle(), key: dk.Visit.Help().Key, run: d.visit})
	}
	add("Show the plenary: every trio's point of view", none, d.showPlenary)
	add("Export the plenary (Markdown and JSON files)", none, d.exportPlenary)
	entries = append(entries, menuEntry{title: "Show the projector in this terminal", key: dk.Projector.Help().Key, run: d.showProjector})
	return entries
}

// anyClock reports whether some trio's clock is paused (or running).
func (d *dashboardScreen) anyClock(paused bool) bool {
	for _, t := range d.dash.Trios {
		if t.Paused == paused {
			return true
		}
	}
	return false
}

// nextPhase is where moving every trio on takes them: the phase after the
// furthest trio's, as the hub decides it.
func (d *dashboardScreen) nextPhase() (string, bool) {
	furthest := 0
	for _, t := range d.dash.Trios {
		furthest = max(furthest, t.Phase.Index)
	}
	if furthest == 0 || furthest >= len(d.script) {
		return "", false
	}
	return fmt.Sprintf("%s (%d of %d)", d.script[furthest], furthest+1, len(d.script)), true
}

func (d *dashboardScreen) askMoveOn() {
	if _, ok := d.nextPhase(); !ok {
		d.notice = alarm("Every trio is in the last phase already: the plenary export is ready (ctrl+p).")
		return
	}
	d.asking, d.notice = true, notice{}
}

// question is what the dashboard asks before moving every trio on.
func (d *dashboardScreen) question() string {
	next, _ := d.nextPhase()
	var writing []string
	for _, t := range d.dash.Trios {
		if slices.ContainsFunc(t.People, func(p session.PersonStatus) bool { return p.Typing }) {
			writing = append(writing, fmt.Sprintf("trio %d", t.Table))
		}
	}
	switch len(writing) {
	case 0:
		return "Move every trio on to " + next + "? Nobody is writing now; a trio where someone starts is asked first."
	case 1:
		return "Move every trio on to " + next + "? Someone in " + writing[0] + " is writing: its facilitator is asked first."
	}
	return "Move every trio on to " + next + "? Someone in " + prose.And(writing) + " is writing: their facilitators are asked first."
}

func (d *dashboardScreen) moveOn() { d.do(session.MoveTriosOn{}) }

// do sends a workshop command through the hub and says what it did in
// every room, or why not.
func (d *dashboardScreen) do(cmd session.WorkshopCommand) {
	res, err := d.sh.Hub.DoWorkshop(context.Background(), d.code, d.sh.Coach, cmd)
	d.reload()
	if err != nil {
		var refusal *session.Refusal
		if errors.As(err, &refusal) {
			d.notice = alarm(refusal.Reason)
		} else {
			d.notice = alarm("That did not reach every room: " + err.Error() + ". Try again.")
		}
		return
	}
	d.notice = news(d.outcome(cmd, res))
	_, moved := cmd.(session.MoveTriosOn)
	d.waiting = moved && len(res.Asked) > 0
}

// outcome says in a sentence what a command did across the workshop.
func (d *dashboardScreen) outcome(cmd session.WorkshopCommand, res session.WorkshopResult) string {
	var what string
	switch c := cmd.(type) {
	case session.MoveTriosOn:
		what = fmt.Sprintf("Moved %d %s on.", len(res.Rooms)-len(res.Asked), trios(len(res.Rooms)-len(res.Asked)))
		if n := len(res.Asked); n > 0 {
			what += fmt.Sprintf(" %d %s someone writing: their facilitator is asked first.", n, hasHave(n))
		}
	case session.AddTimeToAll:
		what = "Every timer has a minute more."
	case session.PauseAll:
		what = "Every timer is paused."
	case session.ResumeAll:
		what = "Every timer runs again."
	case session.SetPace:
		what = "You move every trio on together now."
		if c.Pace == session.OwnPace {
			what = "Each trio moves on at its own pace now."
		}
	case session.BroadcastLine:
		what = fmt.Sprintf("Sent to %d %s.", len(res.Rooms), rooms(len(res.Rooms)))
	}
	for _, u := range res.Unchanged {
		what += " " + session.FormatCode(u.Room) + ": " + u.Reason
	}
	return what
}

func trios(n int) string {
	if n == 1 {
		return "trio"
	}
	return "trios"
}

func rooms(n int) string {
	if n == 1 {
		return "room"
	}
	return "rooms"
}

func hasHave(n int) string {
	if n == 1 {
		return "trio has"
	}
	return "trios have"
}

// startLine opens the field for a line to every room.
func (d *dashboardScreen) startLine() {
	in := textinput.New()
	in.Placeholder = "A line every trio reads, like: five minutes left"
	in.CharLimit = 200
	in.SetStyles(d.sh.Styles.lineStyles())
	// Beside its label, "To every room: ", and the cursor: the whole
	// line stays in sight as it is written.
	in.SetWidth(max(10, d.width-draw.Width(lineLabel)-3))
	d.line, d.notice = &in, notice{}
	d.line.Focus()
}

// lineKey handles a key while the line to every room is written: enter
// sends it, esc drops it; every other key is writing.
func (d *dashboardScreen) lineKey(msg tea.KeyPressMsg) tea.Cmd {
	k := d.sh.Keys.Dashboard
	switch {
	case matches(msg, k.Cancel):
		d.line = nil
		return nil
	case matches(msg, k.Send):
		text := strings.TrimSpace(d.line.Value())
		if text == "" {
			d.notice = alarm("Write the line first: every room reads it.")
			return nil
		}
		d.do(session.BroadcastLine{Text: text})
		if !d.notice.alarm {
			d.line = nil
		}
		return nil
	}
	var cmd tea.Cmd
	*d.line, cmd = d.line.Update(msg)
	return cmd
}

// exportPlenary writes the plenary as Markdown and JSON beside each
// other, as the summary writes a room's, and says where.
func (d *dashboardScreen) exportPlenary() {
	md, err := d.sh.Hub.PlenaryMarkdown(d.code, d.sh.Coach)
	if err != nil {
		d.notice = alarm(err.Error())
		return
	}
	js, err := d.sh.Hub.PlenaryJSON(d.code, d.sh.Coach)
	if err != nil {
		d.notice = alarm(err.Error())
		return
	}
	dir := d.sh.ExportDir
	if dir == "" {
		dir = "."
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	base := filepath.Join(dir, "trio-workshop-"+session.FormatCode(d.code))
	for ext, data := range map[string][]byte{".md": md, ".json": js} {
		if err := replaceFile(base+ext, data); err != nil {
			d.notice = alarm(fmt.Sprintf("Could not write %s: %v. Nothing is lost: try again, or start trio from another folder.", base+ext, err))
			return
		}
	}
	d.notice = news("Wrote " + base + ".md and .json")
}
