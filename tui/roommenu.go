package tui

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"trio/content/prose"
	"trio/session"
)

func (r *roomScreen) openMenu() {
	r.menu = newRoomMenu(r.sh.Styles, r.sh.Keys.Menu, r.menuEntries())
	r.notice, r.nudges = notice{}, nil
}

func (r *roomScreen) menuKey(msg tea.KeyPressMsg) tea.Cmd {
	action, entry := r.menu.update(msg)
	switch action {
	case menuClosed:
		r.menu = nil
	case menuChosen:
		r.menu = nil
		return entry.run()
	}
	return nil
}

// menuEntries are the actions the person at the keyboard may take now:
// the phase's own first, then their own, then the facilitator's, then
// leaving.
func (r *roomScreen) menuEntries() []menuEntry {
	r.updateKeys()
	k := r.keys
	p, _ := r.current()
	var entries []menuEntry
	add := func(title string, b key.Binding, run func() tea.Cmd) {
		keyText := ""
		if b.Enabled() && len(b.Keys()) > 0 {
			keyText = b.Help().Key
		}
		entries = append(entries, menuEntry{title: title, key: keyText, run: run})
	}
	none := key.Binding{}
	if a, ok := p.action(); ok {
		add(prose.Capitalize(a.help), k.Room.Action, func() tea.Cmd { return r.act(a) })
	}
	if _, ok := r.room.Person(r.speaker); ok && !r.observing() {
		title := "I am ready to move on"
		if me, _ := r.room.Person(r.speaker); me.Ready {
			title = "I am not ready after all"
		}
		add(title, k.Room.Ready, func() tea.Cmd { r.toggleReady(r.ctx()); return nil })
	}
	if last, ok := r.lastOwn(); ok {
		add("Withdraw “"+clip(last.what, 30)+"”", none, func() tea.Cmd { r.askWithdraw(); return nil })
	}
	if r.sh.Local {
		for i, person := range r.room.People {
			if person.ID == r.speaker || i >= 9 {
				continue
			}
			id := person.ID
			add("Speak as "+person.Name, key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp(fmt.Sprintf("ctrl+s, %d", i+1), "")), func() tea.Cmd {
				r.setSpeaker(id)
				return nil
			})
		}
	}
	if r.mayFacilitate() && !r.heldTogether() {
		if next, ok := r.room.NextPhase(); ok {
			add("Move on to "+next.Title, k.Facilitating.NextPhase, func() tea.Cmd { r.ask(askNextPhase); return nil })
		}
	}
	if r.mayFacilitate() {
		if lockstep := r.room.Workshop != nil && r.room.Workshop.Lockstep; r.room.Phase > 0 && !lockstep {
			prev := r.room.Script.Phases[r.room.Phase-1]
			add("Go back to "+prev.Title, none, func() tea.Cmd { r.ask(askPreviousPhase); return nil })
		}
		add("Add a minute", none, func() tea.Cmd { r.ctx().facilitate(session.AddTime{By: time.Minute}); return nil })
		if r.room.Timer.Paused {
			add("Resume the timer", none, func() tea.Cmd { r.ctx().facilitate(session.ResumeTimer{}); return nil })
		} else {
			add("Pause the timer", none, func() tea.Cmd { r.ctx().facilitate(session.PauseTimer{}); return nil })
		}
	}
	if !r.sh.Local && !r.facilitating() && r.remote.presence.FacilitationOpen {
		if offer := r.sh.Hub.Takeover(r.code, r.sh.Me); offer.CanTake {
			add("Take the facilitator’s role: "+offer.FacilitatorName+" is away", none, func() tea.Cmd { r.ask(askTakeRole); return nil })
		}
	}
	if !r.sh.Local && r.facilitating() {
		if len(r.others()) > 0 {
			add("Hand the facilitator’s role to someone else", none, func() tea.Cmd { r.startHandOver(); return nil })
		}
		if r.room.Locked {
			add("Unlock the room, so others can join", none, func() tea.Cmd { r.lock(false); return nil })
		} else {
			add("Lock the room: nobody new can join", none, func() tea.Cmd { r.lock(true); return nil })
		}
	}
	add("Summary and export", none, func() tea.Cmd { return r.sh.move(summaryMsg{code: r.code}) })
	leave := "Leave the room, back to the start"
	switch {
	case r.sh.Coach != "":
		leave = "Leave the room, back to the dashboard"
	case !r.sh.Local:
		leave = "Leave the room, back to the lobby"
	}
	add(leave, none, func() tea.Cmd { return r.sh.move(backHomeMsg{}) })
	return entries
}
