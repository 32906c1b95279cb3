package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"trio/session"
)

// How a key reaches the room. Letters, digits and punctuation are text:
// they go into what the person is writing, start writing where writing is
// what the screen is for, or do nothing. Everything that changes the room
// or leaves it is a ctrl chord, enter after a question, or an entry of the
// menu (ctrl+p), so a word typed in the wrong place can never move the
// room on, mark someone ready, vote or open another screen.

// phaseAction is a phase's own act besides writing: accepting the
// agreements, passing the talking stick, opening or closing the vote.
type phaseAction struct {
	help string // what ctrl+o and the menu call it: "pass the talking stick to Sam"
	// ask, when set, is the question the room asks before doing it, and
	// question its words when the act words it itself.
	ask      question
	question string
	do       func(c *roomCtx) tea.Cmd
}

// key handles a key press in the room.
func (r *roomScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	if r.letterHinted && !typed(msg) {
		// Where a letter went is said until the next key that is not
		// one: by then the person has done what it said, or something else.
		r.letterHinted = false
		if !r.notice.alarm {
			r.notice = notice{}
		}
	}
	switch {
	case r.asking != noQuestion:
		return r.answer(msg)
	case r.menu != nil:
		return r.menuKey(msg)
	case r.reader != nil:
		if r.reader.update(msg) == readerClosed {
			r.reader = nil
		}
		return nil
	case r.remote.handing:
		return r.handOverKey(msg)
	}
	r.updateKeys()
	k := r.keys
	if r.picking {
		r.picking = false
		if matches(msg, k.Speaker.Pick) {
			r.pickSpeaker(int(msg.Code - '1'))
			return nil
		}
	}
	p, c := r.current()
	switch {
	case matches(msg, k.Room.Menu):
		r.openMenu()
		return nil
	case matches(msg, k.Room.Read):
		r.openReader()
		return nil
	case scrollKey(r.scroll(), r.sh.Keys.Scroll, msg, false):
		return nil // pgup and pgdn scroll the body, writing or not
	case matches(msg, k.Speaker.Next):
		r.nextSpeaker()
		r.picking = true
		return nil
	case matches(msg, k.Room.Ready) && !r.observing():
		r.toggleReady(c)
		return nil
	case matches(msg, k.Facilitating.NextPhase):
		r.ask(askNextPhase)
		return nil
	case matches(msg, enable(k.Facilitating.NextPhase, true)) && r.mayFacilitate() && r.heldTogether():
		r.notice = alarm("In this workshop " + r.room.Workshop.CoachName + " moves every trio on together: ctrl+n works here once they move on while someone writes.")
		return nil
	case matches(msg, enable(k.Facilitating.NextPhase, true)) && !r.mayFacilitate():
		r.notice = alarm("Only the facilitator moves the room on: " + r.room.Name(r.room.Facilitator) + " facilitates.")
		return nil
	case matches(msg, k.Room.Action):
		if a, ok := p.action(); ok {
			return r.act(a)
		}
		return nil
	}
	if r.observing() && (matches(msg, k.Room.Write) || typed(msg)) {
		r.notice = news("You observe this room: the trio writes here, and you read along. The menu (ctrl+p) has the way out.")
		r.letterHinted = true
		return nil
	}
	if p.typing() {
		return p.update(msg)
	}
	// Not writing: the panel's own keys, then the scroll keys, then enter
	// to write, then text.
	for _, b := range p.helpKeys() {
		if matches(msg, b) {
			return p.update(msg)
		}
	}
	if scrollKey(r.scroll(), r.sh.Keys.Scroll, msg, true) {
		return nil
	}
	switch {
	case matches(msg, k.Room.Write):
		cmd := p.write()
		r.writingStarted()
		return cmd
	case typed(msg) && r.sh.Now().Before(r.settleUntil):
		return nil // the end of a sentence meant for the phase that ended
	case typed(msg):
		if !p.writable() {
			// A letter never acts; say where it went, so nobody types a
			// sentence into nothing.
			r.notice = news("There is nothing to write here now, so letters do nothing: the footer says what you can do.")
			if h, ok := p.(letterHinter); ok {
				r.notice = news(h.letterHint())
			}
			r.letterHinted = true
			return nil
		}
		cmd := p.write()
		if !p.typing() {
			return cmd
		}
		r.writingStarted()
		return tea.Batch(cmd, p.update(msg))
	}
	return nil
}

// writingStarted clears a note about letters that went nowhere: the
// person is writing now.
func (r *roomScreen) writingStarted() {
	if !r.notice.alarm {
		r.notice = notice{}
	}
}

// letterHinter is a panel that says why a letter typed on it went nowhere,
// better than the room can.
type letterHinter interface {
	letterHint() string
}

// updateKeys turns the room's keys on and off for what the person may do
// now, and names the phase's own act.
func (r *roomScreen) updateKeys() {
	k := r.sh.Keys
	p, _ := r.current()
	me, member := r.room.Person(r.speaker)
	r.keys.Room.Menu = k.Room.Menu
	r.keys.Room.Read = k.Room.Read
	r.keys.Room.Ready = enable(relabel(k.Room.Ready, "ready"), member && !r.observing())
	if me.Ready {
		r.keys.Room.Ready = relabel(r.keys.Room.Ready, "not ready after all")
	}
	_, hasNext := r.room.NextPhase()
	r.keys.Facilitating.NextPhase = enable(k.Facilitating.NextPhase, r.mayFacilitate() && hasNext && !r.heldTogether())
	a, ok := p.action()
	r.keys.Room.Action = enable(relabel(k.Room.Action, a.help), ok)
	r.keys.Room.Write = enable(k.Room.Write, !p.typing() && p.writable() && !r.observing())
	r.keys.Speaker.Next = enable(k.Speaker.Next, r.sh.Local)
	r.keys.Speaker.Pick = enable(k.Speaker.Pick, r.sh.Local && r.picking)
	r.keys.Speaker.Pick.SetHelp(speakerNumbers(len(r.room.People)), "speak as")
}

// observing reports whether the person at this terminal only observes:
// a workshop's coach in a trio's room, who reads along and writes nothing,
// nor marks themselves ready.
func (r *roomScreen) observing() bool {
	me, ok := r.room.Person(r.sh.Me)
	return !r.sh.Local && ok && me.Observer && !r.facilitating()
}

// heldTogether reports whether the room's workshop moves every trio on
// together and its coach has not asked this trio to follow: the trio's
// facilitator can neither move on nor go back, as the room decides.
func (r *roomScreen) heldTogether() bool {
	w := r.room.Workshop
	return w != nil && w.Lockstep && !r.coachAsksToMove()
}

// mayFacilitate reports whether the person at the keyboard facilitates:
// on one keyboard the coach does, whoever is speaking.
func (r *roomScreen) mayFacilitate() bool { return r.sh.Local || r.facilitating() }

// act does a phase's own act, asking first when it asks.
func (r *roomScreen) act(a phaseAction) tea.Cmd {
	if a.ask != noQuestion {
		r.pendingAction = a
		r.ask(a.ask)
		return nil
	}
	return a.do(r.ctx())
}

// toggleReady marks the person speaking ready, or not ready after all.
func (r *roomScreen) toggleReady(c *roomCtx) {
	me, _ := r.room.Person(r.speaker)
	c.do(session.MarkReady{Ready: !me.Ready})
}

// pickSpeaker hands the keyboard to the person with that place in the
// room's list, counted from 0.
func (r *roomScreen) pickSpeaker(i int) {
	if i >= 0 && i < len(r.room.People) {
		r.setSpeaker(r.room.People[i].ID)
		return
	}
	r.notice = alarm(fmt.Sprintf("There is no person %d here: ctrl+s then %s speaks as someone.", i+1, speakerNumbers(len(r.room.People))))
}

// speakerNumbers are the digits that pick a person after ctrl+s.
func speakerNumbers(people int) string {
	if people <= 1 {
		return "1"
	}
	return fmt.Sprintf("1–%d", min(9, people))
}

// The menu: every action of the room, named for what it does now.

// clip shortens a text to about n characters for a menu line.
func clip(s string, n int) string {
	runes := []rune(s)
	if len(runes) <= n {
		return s
	}
	return string(runes[:n-1]) + "…"
}
