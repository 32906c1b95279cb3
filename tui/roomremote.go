package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"trio/session"
)

// roomRemote is what the room keeps on a terminal of one's own: who else
// is here and typing, whether this person's own text is told to the room as
// typing, and the facilitator's choice while handing the role over.
type roomRemote struct {
	presence session.Presence
	typing   bool // what the hub was last told about this person
	handing  bool // the facilitator is choosing who facilitates next
	handTo   session.ParticipantID
}

// facilitating reports whether the person at this terminal facilitates.
func (r *roomScreen) facilitating() bool { return r.room.Facilitator == r.sh.Me }

// syncTyping tells the room whether this person is writing now: a field
// of this phase has their keyboard and holds unsent text. Only a change is
// told. A draft left in a field they walked away from is not typing.
func (r *roomScreen) syncTyping() {
	if r.sh.Local {
		return
	}
	typing := r.panel().editing()
	if typing == r.remote.typing {
		return
	}
	r.remote.typing = typing
	r.sh.Hub.SetTyping(r.code, r.sh.Me, typing)
}

func (r *roomScreen) stopTyping() {
	if !r.sh.Local && r.remote.typing {
		r.remote.typing = false
		r.sh.Hub.SetTyping(r.code, r.sh.Me, false)
	}
}

// readPresence reads who is here and who of the others is typing: one's
// own typing is never shown, so it is no news to this screen.
func (r *roomScreen) readPresence() {
	r.remote.presence = r.sh.Hub.Presence(r.code)
	delete(r.remote.presence.Typing, r.sh.Me)
}

// othersTyping are the names of the people here who have unsent text, for
// the facilitator about to move on; nobody else is asked.
func (r *roomScreen) othersTyping() []string {
	if r.sh.Local || !r.facilitating() {
		return nil
	}
	r.readPresence()
	var names []string
	for _, p := range r.room.People {
		if p.ID != r.sh.Me && r.remote.presence.Here[p.ID] && r.remote.presence.Typing[p.ID] {
			names = append(names, p.Name)
		}
	}
	return names
}

// mostNamesAsked is how many names a question lists before it counts the
// others.
const mostNamesAsked = 3

// fewNames keeps a list of names short enough for a question: past
// mostNamesAsked, the first ones and how many others.
func fewNames(names []string) []string {
	const most = mostNamesAsked
	if len(names) <= most {
		return names
	}
	return append(names[:most-1:most-1], fmt.Sprintf("%d others", len(names)-most+1))
}

// startHandOver lets the facilitator choose whom to hand the role to.
func (r *roomScreen) startHandOver() {
	others := r.others()
	if len(others) == 0 {
		return
	}
	r.remote.handing, r.remote.handTo = true, others[0].ID
	r.notice, r.nudges = notice{}, nil
}

// lock locks the room against new joiners, or opens it again.
func (r *roomScreen) lock(locked bool) {
	if !r.ctx().facilitate(session.LockRoom{Locked: locked}) {
		return
	}
	if locked {
		r.notice = news("The room is locked: nobody new can join. The menu (ctrl+p) opens it again.")
	} else {
		r.notice = news("The room is open again: others can join with its code.")
	}
}

// others are the people of the room but the one at this terminal.
func (r *roomScreen) others() []session.Participant {
	var out []session.Participant
	for _, p := range r.room.People {
		if p.ID != r.sh.Me {
			out = append(out, p)
		}
	}
	return out
}

// handOverKey chooses who facilitates next, and hands the role over on y.
func (r *roomScreen) handOverKey(msg tea.KeyPressMsg) tea.Cmd {
	others := r.others()
	at := 0
	for i, p := range others {
		if p.ID == r.remote.handTo {
			at = i
		}
	}
	k := r.sh.Keys
	switch {
	case len(others) == 0 || matches(msg, k.Question.No):
		r.remote.handing = false
	case matches(msg, k.Form.Choose):
		step := 1
		if matches(msg, k.Form.ChooseBack) {
			step = -1
		}
		r.remote.handTo = others[(at+step+len(others))%len(others)].ID
	case matches(msg, k.Question.Yes):
		r.remote.handing = false
		to := others[at]
		if r.ctx().facilitate(session.HandOver{To: to.ID}) {
			r.notice = news(to.Name + " facilitates from now on. Thank you for holding the room.")
		}
	}
	return nil
}

// handOverLine asks whom to hand the role to.
func (r *roomScreen) handOverLine() string {
	st := r.sh.Styles
	p, _ := r.room.Person(r.remote.handTo)
	who := st.Role(p.Role, p.Observer).Render(p.Name)
	if !r.remote.presence.Here[p.ID] {
		who += st.Muted.Render(" (away)")
	}
	return st.Warning.Render("Hand the facilitator's role to ") + st.Accent.Render("◂ ") + who + st.Accent.Render(" ▸") +
		st.Warning.Render("? ←/→ choose · enter hands over · esc keeps it")
}

// presenceMark is ● for someone here and ○ for someone away.
func (r *roomScreen) presenceMark(id session.ParticipantID) string {
	if r.remote.presence.Here[id] {
		return r.sh.Styles.Success.Render("● ")
	}
	return r.sh.Styles.Muted.Render("○ ")
}

// presenceWord says in words what the mark shows: away, or typing.
func (r *roomScreen) presenceWord(id session.ParticipantID) string {
	st := r.sh.Styles
	switch {
	case r.sh.Local || id == r.sh.Me:
		return ""
	case !r.remote.presence.Here[id]:
		return st.Muted.Render(" away")
	case r.remote.presence.Typing[id]:
		return st.Accent.Render(" typing…")
	}
	return ""
}

// remoteSidebar is the room's code to share, whether it is locked, and
// what the marks mean.
func (r *roomScreen) remoteSidebar() string {
	st := r.sh.Styles
	var b strings.Builder
	b.WriteString("\n" + st.Muted.Render("Room ") + st.Strong.Render(session.FormatCode(r.room.Code)) + "\n")
	if r.room.Locked {
		b.WriteString(st.Warning.Render("🔒 locked") + st.Muted.Render(": nobody new") + "\n")
	} else {
		b.WriteString(st.Muted.Render("others join with it") + "\n")
	}
	b.WriteString("\n" + st.Muted.Render("▶ you  ● here  ○ away") + "\n" +
		st.Muted.Render("✓ ready  ★ facilitates") + "\n" + st.Muted.Render("▮ airtime") + "\n")
	return b.String()
}
