package tui

import (
	"context"
	"fmt"
	"slices"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"trio/session"
)

// watchMsg opens the projector on a room, by its code.
type watchMsg struct{ code string }

// projectorScreen is the view for a shared screen: read-only, large and
// calm. It draws each room only as nobody in particular may see it
// (session.Nobody), so it shows nothing a participant's own screen would
// not show the whole room. It holds no seat, is never shown as present,
// and sends no command: its keys only step through what it shows.
//
// It holds a list of rooms and draws the one chosen: one room, or each
// trio's room of a workshop, with the whole workshop at a glance
// (projectorworkshop.go).
type projectorScreen struct {
	area
	sh    *Shared
	rooms []*watchedRoom
	// chosen is the room on screen, an index of rooms, or overview: the
	// whole workshop.
	chosen int
	// workshop is the workshop whose trios' rooms these are; nil for one
	// room alone.
	workshop *projectedWorkshop
	// fromDashboard: the coach opened it over their dashboard, which
	// leaving goes back to.
	fromDashboard bool
	keys          ProjectorKeys
	life          context.Context // ends when the projector closes
	cancel        context.CancelFunc
	// The clock's ticks, as the room screen's: clock is the phase and
	// timer they are for, ticks which run of them is current.
	clock     string
	ticks     int
	tickLife  context.Context
	stopTicks context.CancelFunc
}

// watchedRoom is one room on the projector: its newest snapshot, the
// change notices it sends, and which of its slides is on screen.
type watchedRoom struct {
	code string
	room session.Room
	sub  *session.Subscription
	at   string   // the slide on screen
	ids  []string // the slides there were, to notice a new one
	// table is the room's table in a workshop, from 1; 0 for a room alone.
	// question is the one the coach set for it.
	table    int
	question string
	// here is who is in the room now, for a workshop's table lines.
	here map[session.ParticipantID]bool
}

// openProjector starts watching a room, or every room of a workshop by
// the workshop's code; it fails only when neither can be read.
func openProjector(sh *Shared, code string) (*projectorScreen, tea.Cmd, error) {
	w, err := watchRoom(sh, code)
	if err != nil {
		if _, notWorkshop := sh.Hub.Workshop(code); notWorkshop == nil {
			return openWorkshopProjector(sh, code, 0)
		}
		return nil, nil, err
	}
	p := newProjector(sh)
	p.rooms = []*watchedRoom{w}
	return p, p.listen(), nil
}

func newProjector(sh *Shared) *projectorScreen {
	p := &projectorScreen{sh: sh, keys: sh.Keys.Projector}
	p.life, p.cancel = context.WithCancel(context.Background())
	return p
}

// watchRoom reads a room and subscribes to its changes.
func watchRoom(sh *Shared, code string) (*watchedRoom, error) {
	room, err := sh.Hub.Room(code)
	if err != nil {
		return nil, err
	}
	sub, err := sh.Hub.Subscribe(room.Code)
	if err != nil {
		return nil, err
	}
	w := &watchedRoom{code: room.Code, room: room, sub: sub}
	w.follow()
	return w, nil
}

// listen waits for a change to every room, and starts the clock.
func (p *projectorScreen) listen() tea.Cmd {
	cmds := []tea.Cmd{p.retick()}
	for _, w := range p.rooms {
		cmds = append(cmds, waitForChange(p.life, w.sub, w.code))
	}
	return tea.Batch(cmds...)
}

// close stops listening to the rooms; closing twice is harmless.
func (p *projectorScreen) close() {
	p.cancel()
	for _, w := range p.rooms {
		w.sub.Close()
	}
}

// shown is the room on screen, or nil while the whole workshop is.
func (p *projectorScreen) shown() *watchedRoom {
	if p.chosen == overview {
		return nil
	}
	return p.rooms[p.chosen]
}

// view is the room as nobody in particular may see it; a workshop's room
// as its shared screen may show it to the other trios too.
func (w *watchedRoom) view() session.View {
	if w.table > 0 {
		return session.SharedScreenView(w.room)
	}
	return session.ViewFor(w.room, session.Nobody)
}

// private is a workshop's room its trio locked: the projector shows only
// where it stands.
func (w *watchedRoom) private() bool { return w.table > 0 && w.room.Locked }

// slides are what the room shows one at a time; none for a locked room.
func (w *watchedRoom) slides(v session.View) []slide {
	if w.private() {
		return nil
	}
	return projectorSlides(v)
}

// follow reads the room's slides after a change: a slide that was not
// there before is what the room just turned to (the card just revealed,
// the point of view just reached), so the projector goes to it.
func (w *watchedRoom) follow() {
	v := w.view()
	slides := w.slides(v)
	ids := make([]string, len(slides))
	for i, s := range slides {
		ids[i] = s.id
	}
	switch {
	case w.ids == nil && w.at == "":
		w.at = firstSlide(v, slides)
	default:
		for _, id := range ids {
			if !slices.Contains(w.ids, id) {
				w.at = id
				break
			}
		}
	}
	if !slices.Contains(ids, w.at) && len(ids) > 0 {
		w.at = ids[0] // a card withdrawn: back to the first
	}
	w.ids = ids
}

// step moves by one slide, stopping at either end.
func (w *watchedRoom) step(by int) {
	i := slices.Index(w.ids, w.at)
	if i < 0 {
		return
	}
	w.at = w.ids[min(max(i+by, 0), len(w.ids)-1)]
}

// typing is true, as in a room: letters are never a command here, so ?
// opens no help over the shared screen either.
func (p *projectorScreen) typing() bool { return true }

func (p *projectorScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case roomChangedMsg:
		for _, w := range p.rooms {
			if w.code != msg.code {
				continue
			}
			p.refresh(w)
			return tea.Batch(waitForChange(p.life, w.sub, w.code), p.retick())
		}
	case tickMsg:
		if msg.gen == p.ticks {
			return p.nextTick()
		}
	case tea.KeyPressMsg:
		return p.key(msg)
	}
	return nil
}

// refresh reads a room again after its change notice.
func (p *projectorScreen) refresh(w *watchedRoom) {
	if room, err := p.sh.Hub.Room(w.code); err == nil {
		w.room = room
	}
	if w.table > 0 {
		w.here = p.sh.Hub.Presence(w.code).Here
	}
	w.follow()
}

// key steps through what is shown, chooses a table, or leaves. Keys that
// have nothing to do here are off (keysNow), so they do nothing.
func (p *projectorScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	k := p.keysNow()
	switch w := p.shown(); {
	case matches(msg, k.Leave):
		return p.leave()
	case matches(msg, k.Overview) && w == nil:
		return p.leave() // back to the dashboard
	case matches(msg, k.Overview):
		p.chosen = overview
	case matches(msg, k.NextTable):
		p.chooseNext(1)
	case matches(msg, k.PrevTable):
		p.chooseNext(-1)
	case matches(msg, k.Table):
		p.chooseTable(int(msg.Code - '0'))
	case matches(msg, k.Next):
		w.step(1)
	case matches(msg, k.Prev):
		w.step(-1)
	}
	return p.retick()
}

// leave closes the projector: back to the coach's dashboard when it was
// opened over it, otherwise out of the app.
func (p *projectorScreen) leave() tea.Cmd {
	p.close()
	if p.fromDashboard {
		return p.sh.move(backToDashboardMsg{})
	}
	return tea.Quit
}

// keysNow are the projector's keys, each on only where it does something:
// stepping while there is more than one thing to step through, tables on
// a workshop's projector.
func (p *projectorScreen) keysNow() ProjectorKeys {
	k := p.keys
	w := p.shown()
	many := w != nil && len(w.ids) > 1
	k.Next, k.Prev = enable(k.Next, many), enable(k.Prev, many)
	tables := p.workshop != nil
	k.NextTable, k.PrevTable = enable(k.NextTable, tables), enable(k.PrevTable, tables)
	k.Table = enable(k.Table, tables)
	if tables {
		k.Table.SetHelp(fmt.Sprintf("1–%d", len(p.workshop.tables)), "a table")
	}
	k.Overview = enable(k.Overview, tables && (w != nil || p.fromDashboard))
	if p.fromDashboard {
		k.Leave = relabel(k.Leave, "back to the dashboard")
		if w == nil {
			k.Leave.SetHelp("esc/q", "back to the dashboard")
		}
	}
	return k
}

// helpKeys are the footer's one quiet line.
func (p *projectorScreen) helpKeys() []key.Binding {
	k := p.keysNow()
	if p.shown() == nil {
		return []key.Binding{k.NextTable, k.Table, k.Leave}
	}
	if p.workshop != nil {
		// The way back first: a narrow footer cuts from the end.
		return []key.Binding{k.Overview, k.Leave, k.Prev, k.Next, k.NextTable}
	}
	return []key.Binding{k.Prev, k.Next, k.Leave}
}

// retick starts the clock's ticks afresh when a clock on screen changed.
func (p *projectorScreen) retick() tea.Cmd {
	clock := fmt.Sprint(p.chosen)
	for _, w := range p.clocks() {
		clock += fmt.Sprint(w.room.Code, w.room.Phase, w.room.Timer)
	}
	if clock == p.clock {
		return nil
	}
	p.clock = clock
	p.ticks++
	if p.stopTicks != nil {
		p.stopTicks()
	}
	p.tickLife, p.stopTicks = context.WithCancel(p.life)
	return p.nextTick()
}

// clocks are the rooms whose time is on screen: the room shown, or every
// table of the workshop.
func (p *projectorScreen) clocks() []*watchedRoom {
	if w := p.shown(); w != nil {
		return []*watchedRoom{w}
	}
	return p.rooms
}

// nextTick wakes the screen when a clock's text or colour changes next.
// A paused clock never changes.
func (p *projectorScreen) nextTick() tea.Cmd {
	wait := time.Duration(-1)
	for _, w := range p.clocks() {
		room := w.room
		if room.Timer.Paused {
			continue
		}
		left := room.Timer.Remaining(p.sh.Now())
		next := untilTimerChanges(left, warningAt(room.CurrentPhase().Timebox))
		if wait < 0 || next < wait {
			wait = next
		}
	}
	if wait < 0 {
		return nil
	}
	return wakeAfter(p.tickLife, wait, tickMsg{gen: p.ticks})
}

// watch opens the projector on a room. A code that leads nowhere leaves
// the app on its home screen, saying why; who may watch a room is checked
// before, where the person is known (the server, the command line).
func (a *App) watch(code string) tea.Cmd {
	p, cmd, err := openProjector(a.sh, code)
	if err != nil {
		a.home.notice = reasonFor(err)
		a.show(screenHome)
		return nil
	}
	a.leaveRoom()
	a.projector = p
	a.show(screenProjector)
	return cmd
}
