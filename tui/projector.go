package tui

import (
	"context"
	"fmt"
	"slices"

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
// It holds a list of rooms and draws the one chosen: one room now; the
// whole workshop's projector will hold each of its rooms.
type projectorScreen struct {
	area
	sh     *Shared
	rooms  []*watchedRoom
	chosen int
	keys   ProjectorKeys
	life   context.Context // ends when the projector closes
	cancel context.CancelFunc
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
}

// openProjector starts watching a room; it fails only when the room
// cannot be read.
func openProjector(sh *Shared, code string) (*projectorScreen, tea.Cmd, error) {
	room, err := sh.Hub.Room(code)
	if err != nil {
		return nil, nil, err
	}
	sub, err := sh.Hub.Subscribe(room.Code)
	if err != nil {
		return nil, nil, err
	}
	p := &projectorScreen{sh: sh, keys: sh.Keys.Projector}
	p.life, p.cancel = context.WithCancel(context.Background())
	w := &watchedRoom{code: room.Code, room: room, sub: sub}
	w.follow()
	p.rooms = []*watchedRoom{w}
	return p, tea.Batch(waitForChange(p.life, sub, w.code), p.retick()), nil
}

// close stops listening to the rooms; closing twice is harmless.
func (p *projectorScreen) close() {
	p.cancel()
	for _, w := range p.rooms {
		w.sub.Close()
	}
}

// shown is the room on screen.
func (p *projectorScreen) shown() *watchedRoom { return p.rooms[p.chosen] }

// view is the room as nobody in particular may see it.
func (w *watchedRoom) view() session.View { return session.ViewFor(w.room, session.Nobody) }

// follow reads the room's slides after a change: a slide that was not
// there before is what the room just turned to (the card just revealed,
// the point of view just reached), so the projector goes to it.
func (w *watchedRoom) follow() {
	v := w.view()
	slides := projectorSlides(v)
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
			if room, err := p.sh.Hub.Room(w.code); err == nil {
				w.room = room
			}
			w.follow()
			return tea.Batch(waitForChange(p.life, w.sub, w.code), p.retick())
		}
	case tickMsg:
		if msg.gen == p.ticks {
			return p.nextTick()
		}
	case tea.KeyPressMsg:
		switch w := p.shown(); {
		case matches(msg, p.keys.Leave):
			p.close()
			return tea.Quit
		case matches(msg, p.keys.Next):
			w.step(1)
		case matches(msg, p.keys.Prev):
			w.step(-1)
		}
	}
	return nil
}

// helpKeys are the footer's one quiet line: stepping only while there is
// more than one thing to step through.
func (p *projectorScreen) helpKeys() []key.Binding {
	many := len(p.shown().ids) > 1
	return []key.Binding{enable(p.keys.Prev, many), enable(p.keys.Next, many), p.keys.Leave}
}

// retick starts the clock's ticks afresh when the room's clock changed.
func (p *projectorScreen) retick() tea.Cmd {
	room := p.shown().room
	clock := fmt.Sprint(room.Code, room.Phase, room.Timer)
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

// nextTick wakes the screen when the clock's text or colour changes next.
// A paused clock never changes.
func (p *projectorScreen) nextTick() tea.Cmd {
	room := p.shown().room
	if room.Timer.Paused {
		return nil
	}
	left := room.Timer.Remaining(p.sh.Now())
	wait := untilTimerChanges(left, warningAt(room.CurrentPhase().Timebox))
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
