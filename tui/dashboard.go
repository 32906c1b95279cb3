package tui

import (
	"context"
	"slices"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"trio/session"
)

// dashboardScreen is the coach's view of every trio of a workshop at
// once, live: how far each trio is, who is there, and what the coach may
// act on. It shows no word a trio wrote (the hub's Dashboard holds none).
// Every act is a ctrl key or an entry of its menu, and each reaches every
// room through the hub, which decides it.
type dashboardScreen struct {
	area
	sh   *Shared
	code string
	dash session.Dashboard
	// script is the workshop's, for the name of the phase a move goes to.
	script []string
	sub    *session.Subscription
	life   context.Context
	end    context.CancelFunc

	chosen  int  // the trio the cursor is on
	reading bool // the chosen trio, whole
	menu    *roomMenu
	asking  bool // "move every trio on to …?" waits for enter or esc
	line    *textinput.Model
	notice  notice
	// waiting: the notice says some trios wait for their facilitator's
	// yes, and goes once none does.
	waiting bool
	// plenary shows every trio's result, scrolled, as the plenary export
	// has it when it was opened.
	plenary    *viewport.Model
	plenaryDoc *session.WorkshopDocument
}

// CoachFrameRate is how many frames a second the coach's terminal draws:
// a change in any trio's room reaches the dashboard within a frame, and
// at Bubble Tea's 60 the wait for one was most of the dashboard's delay.
const CoachFrameRate = 120

// workshopChangedMsg says the workshop or one of its rooms changed.
type workshopChangedMsg struct{ code string }

// dashboardTickMsg moves the times left on.
type dashboardTickMsg struct{}

// dashboardMsg opens the dashboard of a workshop.
type dashboardMsg struct{ code string }

func newDashboardScreen(sh *Shared, code string) (*dashboardScreen, tea.Cmd) {
	d := &dashboardScreen{sh: sh, code: code}
	d.life, d.end = context.WithCancel(context.Background())
	if w, err := sh.Hub.Workshop(code); err == nil {
		for _, p := range w.Script.Phases {
			d.script = append(d.script, p.Title)
		}
	}
	d.reload()
	sub, err := sh.Hub.SubscribeWorkshop(code)
	if err != nil {
		d.notice = alarm(err.Error())
		return d, nil
	}
	d.sub = sub
	return d, tea.Batch(d.listen(), d.tick())
}

func (d *dashboardScreen) listen() tea.Cmd {
	sub, life, code := d.sub, d.life, d.code
	return waits(func() tea.Msg {
		select {
		case <-sub.C:
			return workshopChangedMsg{code: code}
		case <-life.Done():
			return nil
		}
	})
}

func (d *dashboardScreen) tick() tea.Cmd {
	return waits(tea.Tick(time.Second, func(time.Time) tea.Msg { return dashboardTickMsg{} }))
}

// close stops listening to the workshop.
func (d *dashboardScreen) close() {
	d.end()
	if d.sub != nil {
		d.sub.Close()
	}
}

// reload reads the newest dashboard; a refusal stays on screen in words.
func (d *dashboardScreen) reload() {
	dash, err := d.sh.Hub.Dashboard(d.code, d.sh.Coach)
	if err != nil {
		d.notice = alarm(err.Error())
		return
	}
	d.dash = dash
	d.chosen = min(d.chosen, max(0, len(dash.Trios)-1))
	if d.waiting && !slices.ContainsFunc(dash.Trios, func(t session.TrioStatus) bool { return t.MoveAsked }) {
		d.waiting, d.notice = false, news("Every trio the move waited for has moved on.")
	}
}

func (d *dashboardScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case workshopChangedMsg:
		d.reload()
		return d.listen()
	case dashboardTickMsg:
		d.reload()
		return d.tick()
	case tea.KeyPressMsg:
		return d.key(msg)
	case tea.PasteMsg:
		if d.line != nil {
			var cmd tea.Cmd
			*d.line, cmd = d.line.Update(msg)
			return cmd
		}
	}
	return nil
}

// key handles a key: a question's answer, the menu, the line being
// written, or the dashboard's own keys. Letters act nowhere.
func (d *dashboardScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	k := d.sh.Keys
	switch {
	case d.asking:
		d.asking = false
		if matches(msg, k.Question.Yes) {
			d.moveOn()
			return nil
		}
		if matches(msg, k.Question.No) {
			return nil
		}
	case d.menu != nil:
		action, entry := d.menu.update(msg)
		switch action {
		case menuClosed:
			d.menu = nil
		case menuChosen:
			d.menu = nil
			return entry.run()
		}
		return nil
	case d.line != nil:
		return d.lineKey(msg)
	case d.reading:
		if matches(msg, k.Reader.Close) || matches(msg, k.Question.No) {
			d.reading = false
		}
		return nil
	case d.plenary != nil:
		d.plenaryKey(msg)
		return nil
	}
	dk := k.Dashboard
	switch {
	case matches(msg, k.Room.Menu):
		d.menu = newRoomMenu(d.sh.Styles, k.Menu, d.menuEntries())
		d.notice = notice{}
	case matches(msg, dk.MoveOn):
		d.askMoveOn()
	case matches(msg, dk.Broadcast):
		d.startLine()
		return d.line.Focus()
	case matches(msg, dk.Visit):
		return d.visit()
	case matches(msg, dk.Read):
		d.reading = len(d.dash.Trios) > 0
	case matches(msg, dk.Projector):
		return d.showProjector()
	case msg.String() == "up":
		d.chosen = max(0, d.chosen-1)
	case msg.String() == "down":
		d.chosen = min(max(0, len(d.dash.Trios)-1), d.chosen+1)
	}
	return nil
}

func (d *dashboardScreen) helpKeys() []key.Binding {
	k := d.sh.Keys
	switch {
	case d.asking:
		return []key.Binding{relabel(k.Question.Yes, "yes, move them"), relabel(k.Question.No, "no"), k.Quit}
	case d.menu != nil:
		return d.menu.help()
	case d.line != nil:
		return []key.Binding{k.Dashboard.Send, k.Dashboard.Cancel, k.Quit}
	case d.reading:
		return []key.Binding{relabel(k.Reader.Close, "back to every trio"), k.Quit}
	case d.plenary != nil:
		return []key.Binding{k.Summary.Scroll, relabel(k.Reader.Close, "back to every trio"), k.Quit}
	}
	var all []key.Binding
	for _, column := range d.fullHelp() {
		all = append(all, column...)
	}
	return fittedHelp(d.width, all, k.List.Help)
}

// fullHelp is every key of the dashboard, in columns: acting on every
// trio, looking at one, leaving.
func (d *dashboardScreen) fullHelp() [][]key.Binding {
	k := d.sh.Keys
	dk := k.Dashboard
	if d.asking || d.menu != nil || d.line != nil || d.reading || d.plenary != nil {
		return [][]key.Binding{d.helpKeys()}
	}
	return [][]key.Binding{
		{relabel(k.Room.Menu, "menu"), dk.MoveOn, dk.Broadcast},
		{dk.Choose, dk.Visit, dk.Read, dk.Projector},
		{k.Quit},
	}
}

func (d *dashboardScreen) typing() bool { return d.line != nil }

func (d *dashboardScreen) restyle() {
	if d.menu != nil {
		d.menu.restyle(d.sh.Styles)
	}
	if d.line != nil {
		d.line.SetStyles(d.sh.Styles.lineStyles())
	}
}
