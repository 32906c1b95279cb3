package tui

import (
	"context"
	"errors"
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"trio/content"
	"trio/session"
	"trio/tui/draw"
)

// roomCtx is what a panel gets to draw and act: the room as the speaker
// may see it, and a way to send commands as them.
type roomCtx struct {
	sh    *Shared
	v     session.View
	phase content.Phase
	me    session.ParticipantID
	// do sends a command as the person speaking and reports whether the
	// room accepted it; a refusal is shown to them by the room screen.
	do func(session.Command) bool
	// facilitate sends a command as the facilitator.
	facilitate func(session.Command) bool
	// speakAs hands the keyboard to a person, as ctrl+s does: on a shared
	// keyboard a panel may pass it on (silent writing, voting in turn).
	speakAs func(session.ParticipantID)
	// facilitates reports whether the keyboard facilitates: on one
	// keyboard the coach's always does.
	facilitates bool
	// typing reports whether someone else is writing now, as their own
	// terminal tells the room.
	typing func(session.ParticipantID) bool
	// seen is the last line of the panel's body that has been on screen
	// since the body's anchor last changed to seenAt.
	seen   int
	seenAt string
	// readingBack: the person scrolled up from the end of the panel's
	// body to read, so a list draws more of what came before.
	readingBack bool
	// undrawn: a list on the panel is longer than a screen at rest draws
	// it, so no screen counts the lines above it.
	undrawn bool
}

// nudging is how the phase on screen nudges what is typed in it: every
// field asks here, so a field never nudges where the hub would not.
func (c *roomCtx) nudging() session.Nudging { return c.v.Nudging() }

// name is a person's name styled in their role's colour.
func (c *roomCtx) name(id session.ParticipantID) string {
	p, ok := c.v.Person(id)
	if !ok {
		return "someone"
	}
	return c.sh.Styles.Role(p.Role, p.Observer).Render(p.Name)
}

// movesOn is the key that moves the room on, in brackets, for whoever can
// press it; anyone else would only be refused, so they are told no key.
func (c *roomCtx) movesOn() string {
	if c.facilitates {
		return " (ctrl+n)"
	}
	return ""
}

// myName is the plain name of the person speaking, for sentences
// addressed to them.
func (c *roomCtx) myName() string {
	if p, ok := c.v.Person(c.me); ok {
		return p.Name
	}
	return "you"
}

// roomScreen is the room: one layout for every phase.
type roomScreen struct {
	area
	sh      *Shared
	code    string
	room    session.Room // newest snapshot; drawn only through its projection
	speaker session.ParticipantID
	panels  map[string]panel // by phase id, kept while the room is open
	c       *roomCtx         // the panels' context, made once (see ctx)
	notice  notice
	// letterHinted: the notice says where a letter went, and goes with
	// the next key that is not a letter.
	letterHinted bool
	nudges       []session.Nudge
	// drawnHeader and drawnSidebar are kept until the room changes.
	drawnHeader  draw.Kept[headerOf, string]
	drawnSidebar draw.Kept[string, []string]
	// columns sets the area beside the sidebar, keeping the lines that
	// stay as they were.
	columns draw.Columns
	// asking is the question waiting for an answer; pendingAction the
	// phase's act it asks about, if any.
	asking        question
	pendingAction phaseAction
	// withdraw is what askWithdraw would take back.
	withdraw withdrawal
	menu     *roomMenu // open while the person chooses an action
	reader   *reader   // open while the person reads the screen's texts whole
	// scrolls are each phase's scrolled body, kept while the room is open.
	scrolls  map[string]*scroller
	picking  bool      // ctrl+s was just pressed: a digit picks who speaks
	keys     KeyMap    // the room's keys as they are now: on, off, relabelled
	turn     int       // the reveal turn last seen, to hand the keyboard to the speaker
	clock    roomClock // the phase and timer the ticks are for
	ticks    int       // which run of ticks is current
	tickLife context.Context
	// stopTicks ends the current run of ticks' wait.
	stopTicks context.CancelFunc
	rung      string // the phase whose time-up bell already rang
	// turns is the round of turns the keyboard was last handed round for
	// (silent writing's cards, a vote), so each starts with the first person.
	turns string
	// settleUntil is when letters start writing again after the room moved
	// on under someone's typing: the rest of their sentence must not land
	// in the next phase's field.
	settleUntil time.Time
	// seen is the room as the speaker may see it, kept while the room and
	// the speaker stay the same: a key asks for it several times.
	seen   draw.Kept[seenBy, session.View]
	sub    *session.Subscription
	life   context.Context // ends when the screen leaves the room
	cancel context.CancelFunc
	leave  []func()
	remote roomRemote // presence, typing and the facilitator's own keys, over SSH
	news   bool       // the last change notice found the room changed
}

// openRoomScreen enters a room: everyone at this keyboard is present, or,
// on a terminal of one's own, only the person at it.
func openRoomScreen(sh *Shared, code string) (*roomScreen, tea.Cmd) {
	room, err := sh.Hub.Room(code)
	if err != nil {
		return nil, nil
	}
	sub, err := sh.Hub.Subscribe(code)
	if err != nil {
		return nil, nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &roomScreen{sh: sh, code: room.Code, room: room, panels: map[string]panel{}, sub: sub, life: ctx, cancel: cancel, turn: -1}
	present := []session.ParticipantID{sh.Me}
	if sh.Local {
		present = nil
		for _, p := range room.People {
			present = append(present, p.ID)
		}
	}
	for _, id := range present {
		if leave, err := sh.Hub.Enter(code, id); err == nil {
			r.leave = append(r.leave, leave)
		}
	}
	switch trio := room.Trio(); {
	case !sh.Local:
		r.speaker = sh.Me
	case len(trio) > 0:
		r.speaker = trio[0].ID
	default:
		r.speaker = room.Facilitator
	}
	r.refresh()
	if !sh.Local && r.room.TakenFrom == sh.Me && r.room.Facilitator != sh.Me {
		r.notice = news(r.room.Name(r.room.Facilitator) + " took the facilitator's role while you were away. They can hand it back to you from the menu.")
	}
	return r, tea.Batch(waitForChange(ctx, sub, room.Code), r.retick())
}

// close leaves the room; closing twice is harmless.
func (r *roomScreen) close() {
	r.cancel()
	r.sub.Close()
	r.stopTyping()
	for _, leave := range r.leave {
		leave()
	}
}

// refresh reads the newest snapshot. In the reveal round the keyboard
// follows the talking stick.
func (r *roomScreen) refresh() {
	if room, err := r.sh.Hub.Room(r.code); err == nil {
		r.room = room
	}
	if !r.sh.Local {
		r.readPresence()
	}
	if speaker, ok := r.room.Speaker(); ok && r.sh.Local && r.room.Reveal.Turn != r.turn {
		r.turn = r.room.Reveal.Turn
		r.setSpeaker(speaker)
	}
	r.handOverStart()
}

func (r *roomScreen) setSpeaker(id session.ParticipantID) {
	if id != r.speaker {
		// A nudge or a notice was about the last speaker's words.
		r.notice, r.nudges = notice{}, nil
		// The next person starts with the keyboard out of any field: an
		// enter meant to begin writing must not send their kept draft.
		for _, p := range r.panels {
			p.stop()
		}
	}
	r.speaker = id
	c := r.ctx()
	for _, p := range r.panels {
		p.see(c)
		p.speakerChanged()
	}
}

// settleAfterMove is how long letters wait after the room moved on under
// someone's typing.
const settleAfterMove = 2 * time.Second

// writingIn reports whether a field of the phase at index i has the
// keyboard, and whether it holds words not sent.
func (r *roomScreen) writingIn(i int) (open, words bool) {
	p, ok := r.panels[r.room.Script.Phases[i].ID]
	return ok && p.typing(), ok && p.editing()
}

// scroll is the current phase's scrolled body.
func (r *roomScreen) scroll() *scroller {
	id := r.room.CurrentPhase().ID
	if r.scrolls == nil {
		r.scrolls = map[string]*scroller{}
	}
	s, ok := r.scrolls[id]
	if !ok {
		s = newScroller()
		r.scrolls[id] = s
	}
	return s
}

// panel is the current phase's panel, made on first use and kept.
func (r *roomScreen) panel() panel {
	phase := r.room.CurrentPhase()
	p, ok := r.panels[phase.ID]
	if !ok {
		p = newPanel(r.sh, writingPlace{hub: r.sh.Hub, code: r.code, phase: phase.ID}, phase)
		r.panels[phase.ID] = p
		p.see(r.ctx())
		p.speakerChanged()
	}
	return p
}

// current is the current phase's panel set to the area's size and handed
// the room as it is now, with that room: the panel is asked nothing
// before both.
func (r *roomScreen) current() (panel, *roomCtx) {
	p, c := r.panel(), r.ctx()
	p.setSize(r.areaSize())
	p.see(c)
	return p, c
}

// projection is the room as the person speaking may see it.
func (r *roomScreen) projection() session.View {
	return r.seen.Of(seenBy{code: r.room.Code, seq: r.room.Seq, speaker: r.speaker}, func() session.View {
		return session.ViewFor(r.room, r.speaker)
	})
}

// seenBy is what a projection depends on: the room as it is, and who sees it.
type seenBy struct {
	code    string
	seq     int
	speaker session.ParticipantID
}

func (r *roomScreen) ctx() *roomCtx {
	if r.c == nil {
		r.c = r.newCtx()
	}
	c := r.c
	c.facilitates = r.mayFacilitate()
	c.seen, c.seenAt, c.readingBack = r.scroll().seen, r.scroll().anchor, r.scroll().readingBack()
	c.undrawn = false // until a list the panel draws leaves some out
	r.see(c)
	return c
}

// see puts c on the room as it is now.
func (r *roomScreen) see(c *roomCtx) {
	c.v = r.projection()
	c.phase = r.room.CurrentPhase()
	c.me = r.speaker
}

// newCtx makes the screen's context, once: every drawing and key asks for
// it, and it is the same room seen again each time.
func (r *roomScreen) newCtx() *roomCtx {
	c := &roomCtx{sh: r.sh}
	c.typing = func(id session.ParticipantID) bool { return r.remote.presence.Typing[id] }
	// After every accepted command the context shows the room as it is now.
	c.do = func(cmd session.Command) bool {
		ok := r.do(r.speaker, cmd)
		r.see(c)
		return ok
	}
	c.facilitate = func(cmd session.Command) bool {
		ok := r.do(r.facilitatorID(), cmd)
		r.see(c)
		return ok
	}
	c.speakAs = func(id session.ParticipantID) {
		if r.sh.Local {
			r.setSpeaker(id)
			r.see(c)
		}
	}
	return c
}

// facilitatorID is who facilitation acts as: on a shared keyboard the
// coach's terminal is the facilitator's, whoever is speaking.
func (r *roomScreen) facilitatorID() session.ParticipantID {
	if r.sh.Local {
		return r.room.Facilitator
	}
	return r.speaker
}

// do sends a command to the hub and tells the person what came of it.
func (r *roomScreen) do(actor session.ParticipantID, cmd session.Command) bool {
	res, err := r.sh.Hub.Do(context.Background(), r.code, actor, cmd)
	r.notice, r.nudges = notice{}, nil
	if err != nil {
		var refusal *session.Refusal
		if errors.As(err, &refusal) {
			r.notice = alarm(refusal.Reason)
		} else {
			r.notice = alarm(err.Error())
		}
		return false
	}
	r.nudges = res.Nudges
	if actor == r.sh.Me {
		// The hub ended this person's typing mark with the command; the
		// update's syncTyping sets it again if text is still unsent.
		r.remote.typing = false
	}
	if res.Removed > 0 {
		r.notice = news(english.Sprintf("%d characters were removed from what you typed: invisible characters, control characters and escape codes are not kept.", res.Removed))
		if res.Removed == 1 {
			r.notice = news("1 character was removed from what you typed: invisible characters, control characters and escape codes are not kept.")
		}
	}
	before := r.room.Phase
	r.refresh()
	if r.room.Phase != before {
		r.phaseChanged(before)
	}
	if text := sentText(res.Event.Body); text != "" {
		r.scroll().bringIntoView(text)
	}
	return true
}

// sentText is the text a command added to the room, to show where it
// landed: a list grows below the fold as often as not. (A new version of
// the point of view needs no finding: its panel opens on it.)
func sentText(body session.EventBody) string {
	switch b := body.(type) {
	case *session.ContributionAdded:
		return b.Text
	case *session.BuildStarted:
		return b.Yes
	case *session.BuildCompleted:
		return b.And
	}
	return ""
}

// phaseChanged tells the room that unsent text of the phase it left is kept.
func (r *roomScreen) phaseChanged(from int) {
	if from < 0 || from >= len(r.room.Script.Phases) {
		return
	}
	left := r.room.Script.Phases[from]
	// A word about the phase that ended is done with.
	r.notice, r.nudges = notice{}, nil
	if p, ok := r.panels[left.ID]; ok {
		p.stop()
		if p.drafted() {
			r.notice = news(fmt.Sprintf("Unsent text in %s is kept: it is there when the room goes back.", left.Title))
		}
	}
}

// typing reports whether letters are text here: in a room they always
// are, so the app's own letter keys (? for help) never act on it.
func (r *roomScreen) typing() bool { return true }

func (r *roomScreen) restyle() {
	for _, p := range r.panels {
		p.restyle(r.sh.Styles)
	}
	if r.menu != nil { // an open menu takes the new colours too
		r.menu.restyle(r.sh.Styles)
	}
}

func (r *roomScreen) update(msg tea.Msg) tea.Cmd {
	cmd := r.handle(msg)
	r.syncTyping()
	return cmd
}

func (r *roomScreen) handle(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case roomChangedMsg:
		before, seq, presence, facilitator := r.room.Phase, r.room.Seq, r.remote.presence, r.room.Facilitator
		observed, lockstep := r.coachObserving(), r.lockstep()
		r.refresh()
		// Notices come one per change but each reads the newest room, so
		// the next may find nothing it has not shown already.
		r.news = r.room.Seq != seq || !r.remote.presence.Equal(presence)
		if r.room.Phase != before {
			left := r.room.Script.Phases[before]
			open, words := r.writingIn(before)
			r.phaseChanged(before)
			if open {
				r.settleUntil = r.sh.Now().Add(settleAfterMove)
			}
			if words {
				r.notice = news("The room moved on to " + r.room.CurrentPhase().Title + " while you were writing: your words in " + left.Title + " are kept.")
			}
		}
		if r.room.Facilitator != facilitator {
			r.facilitatorChanged(facilitator)
		}
		if now := r.coachObserving(); now != observed {
			r.coachCameOrWent(now)
		}
		if now := r.lockstep(); now != lockstep {
			r.paceChanged(now)
		}
		if r.remote.presence.FacilitationOpen && !presence.FacilitationOpen {
			// The role is open now: the offer takes the place of any
			// older word, such as a refusal to move the room on.
			r.notice = notice{}
		}
		return tea.Batch(waitForChange(r.life, r.sub, r.code), r.retick())
	case tickMsg:
		if msg.gen != r.ticks {
			return nil // a tick of a clock that has changed since
		}
		return tea.Batch(r.nextTick(), r.bell())
	case tea.KeyPressMsg:
		return r.key(msg)
	case clippedMsg:
		if !msg.still() {
			return nil // the text was sent, or let go, meanwhile
		}
		r.notice = alarm(english.Sprintf("Only the first %d characters were kept: a text here can be no longer.", msg.limit))
		return nil
	}
	p, _ := r.current()
	return p.update(msg)
}

// roomClock is what a room's ticks are for: its phase, its timer, and the
// coach's last line to every trio, which the status counts the time of.
type roomClock struct {
	phase     int
	timer     session.Timer
	coachLine time.Time
}
