package tui

import (
	"context"
	"errors"
	"slices"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/content/prose"
	"trio/session"
	"trio/tui/draw"
)

// joinMsg goes to a room by its code, as typed: to one's seat when one is
// in it already, otherwise to the join screen.
type joinMsg struct{ code string }

// goToRoom takes this terminal's person to a room. A code that leads
// nowhere goes back to the lobby with the hub's reason and the code kept.
func (a *App) goToRoom(code string) tea.Cmd {
	var (
		room session.Room
		err  error
	)
	if a.sh.CodeGuard != nil {
		err = a.sh.CodeGuard()
	}
	if err == nil {
		room, err = a.sh.Hub.Room(code)
		if err != nil && !a.sh.Local {
			// A workshop's own code: the list of its tables, to pick one.
			if w, werr := a.sh.Hub.Workshop(code); werr == nil {
				return a.handle(pickTrioMsg{code: w.Code})
			}
		}
		if err != nil && a.sh.CodeMissed != nil {
			a.sh.CodeMissed()
		}
	}
	if err != nil {
		a.leaveRoom()
		a.join = nil
		a.show(screenHome)
		if a.home.lobby != nil {
			return a.home.lobby.refused(code, reasonFor(err))
		}
		a.home.notice = reasonFor(err)
		return nil
	}
	return a.seat(room, backHomeMsg{})
}

// enterTrioMsg goes to a trio's room picked from its workshop's list,
// and back to the list (back) from its join screen.
type enterTrioMsg struct {
	room string
	back tea.Msg
}

// enterTrio takes this terminal's person to a room picked from a list:
// a code no one guessed, so it costs no guess.
func (a *App) enterTrio(msg enterTrioMsg) tea.Cmd {
	room, err := a.sh.Hub.Room(msg.room)
	if err != nil {
		_, cmd := a.Update(msg.back)
		return cmd
	}
	return a.seat(room, msg.back)
}

// seat takes this terminal's person to their seat in a room, or to its
// join screen; esc there sends back.
func (a *App) seat(room session.Room, back tea.Msg) tea.Cmd {
	if _, in := room.Person(a.sh.Me); in || a.sh.Local {
		// Reconnecting: the same seat, role and place.
		_, cmd := a.Update(openRoomMsg{code: room.Code})
		return cmd
	}
	a.leaveRoom()
	a.join = newJoinScreen(a.sh, room.Code)
	a.join.back = back
	a.show(screenJoin)
	return a.join.focus(joinName)
}

// reasonFor is a refusal in the room's words, or what went wrong.
func reasonFor(err error) string {
	var refusal *session.Refusal
	if errors.As(err, &refusal) {
		return refusal.Reason
	}
	return err.Error()
}

// joinScreen asks a newcomer to a room for their name and role. The room
// decides whether they may join: locked, full, or a name that looks like
// someone else's are refused in words, and the text stays for another try.
type joinScreen struct {
	area
	sh      *Shared
	code    string
	name    textinput.Model
	role    textinput.Model
	at      joinField
	refusal string
	clipped string // a paste or a key that went past the field's limit
	// offered is the user name in the name field until they type their own.
	offered offeredName
	// back is where esc goes: the lobby, or the list the room was picked
	// from.
	back tea.Msg
}

// rolesHeld are the roles the room's people hold already.
func (j *joinScreen) rolesHeld() []string {
	r, err := j.sh.Hub.Room(j.code)
	if err != nil {
		return nil
	}
	return rolesHeld(r, j.sh.Me)
}

// joinField is the field of the form that has the keyboard.
type joinField int

const (
	joinName joinField = iota
	joinRole
)

func newJoinScreen(sh *Shared, code string) *joinScreen {
	j := &joinScreen{
		sh:   sh,
		code: code,
		back: backHomeMsg{},
		name: lineInput("Your name", session.MaxNameRunes),
		role: lineInput("Product, Design, Engineering…", session.MaxRoleRunes),
	}
	j.offered = offer(func() *textinput.Model { return &j.name }, sh.UserName)
	j.restyle()
	return j
}

func (j *joinScreen) restyle() {
	st := j.sh.Styles.lineStyles()
	j.name.SetStyles(st)
	j.role.SetStyles(st)
}

// Both fields are text: only ctrl keys, arrows, tab, enter and esc act.
func (j *joinScreen) typing() bool { return true }

func (j *joinScreen) input(at joinField) *textinput.Model {
	if at == joinRole {
		return &j.role
	}
	return &j.name
}

func (j *joinScreen) focus(at joinField) tea.Cmd {
	leaveLine(j.input(j.at))
	j.at = at
	return enterLine(j.input(at))
}

func (j *joinScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return j.key(msg)
	case tea.PasteMsg:
		return j.edit(msg)
	}
	var cmd tea.Cmd
	*j.input(j.at), cmd = j.input(j.at).Update(msg)
	return cmd
}

func (j *joinScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	f := j.sh.Keys.Form
	switch {
	case matches(msg, f.Back):
		return j.sh.move(j.back)
	case matches(msg, f.Next), matches(msg, f.Prev), matches(msg, f.Down), matches(msg, f.Up):
		return j.focus(1 - j.at)
	case matches(msg, f.Enter):
		if j.at == joinName {
			return j.focus(joinRole)
		}
		return j.send()
	}
	if j.at == joinRole && matches(msg, f.Choose) && pickTrioRole(&j.role, msg, f.ChooseBack, j.rolesHeld()) {
		j.refusal = ""
		return nil
	}
	return j.edit(msg)
}

// edit hands a key or a paste to the field; a change makes an old refusal
// stale.
func (j *joinScreen) edit(msg tea.Msg) tea.Cmd {
	in := j.input(j.at)
	j.offered.before(in, msg)
	before := in.Value()
	var cmd tea.Cmd
	*in, cmd = in.Update(msg)
	if in.Value() != before {
		j.refusal, j.clipped = "", ""
	}
	if arriving := typedRunes(msg); arriving > 0 && utf8.RuneCountInString(before)+arriving > in.CharLimit {
		what := "name"
		if j.at == joinRole {
			what = "role"
		}
		j.clipped = english.Sprintf("Only the first %d characters were kept: a %s can be no longer.", in.CharLimit, what)
	}
	return cmd
}

// send asks the room to take this person in.
func (j *joinScreen) send() tea.Cmd {
	_, err := j.sh.Hub.Do(context.Background(), j.code, j.sh.Me, session.Join{Name: j.name.Value(), Role: j.role.Value()})
	if err != nil {
		// Joined from another terminal meanwhile: then the seat is there.
		if room, rerr := j.sh.Hub.Room(j.code); rerr == nil {
			if _, in := room.Person(j.sh.Me); in {
				return j.sh.move(openRoomMsg{code: j.code})
			}
		}
		j.refusal = reasonFor(err)
		return nil
	}
	return j.sh.move(openRoomMsg{code: j.code})
}

func (j *joinScreen) view() string {
	st := j.sh.Styles
	width := min(max(20, j.width-4), 100)
	wrap := func(style draw.Ink, mark, text string) []string {
		return markedLines(style, mark, text, width)
	}
	title := st.Title.Render("Join a room") + st.Muted.Render("  "+session.FormatCode(j.code))
	lines := []string{title, ""}
	// A locked room shows nothing of itself to someone outside it.
	switch room, err := j.sh.Hub.Room(j.code); {
	case err != nil:
	case room.Locked:
		lines = append(lines, wrap(st.Warning, "", "🔒 The facilitator has locked this room: ask them to open it, then press enter again.")...)
		lines = append(lines, "")
	default:
		// The question whole: it is what the person is about to join.
		lines = append(lines, wrap(st.Strong, "", room.Question)...)
		lines = append(lines, wrap(st.Muted, "", whoIsHere(room))...)
		lines = append(lines, "")
	}
	label := func(at joinField, text, aside string) string {
		l := st.Label.Render(text)
		if j.at == at {
			l = st.Accent.Render("▸ " + text)
		}
		if aside != "" {
			l += "  " + st.Muted.Render(ansi.Truncate(aside, max(0, width-lipgloss.Width(l)-2), "…"))
		}
		return l
	}
	j.name.SetWidth(min(width-3, session.MaxNameCells+1))
	j.role.SetWidth(max(10, width-3))
	lines = append(lines, label(joinName, "Your name", "how the others see you"), leftView(&j.name, st, false), "")
	lines = append(lines, label(joinRole, "Your role", "←/→: "+rolesOffered(j.rolesHeld())+", or type your own"), leftView(&j.role, st, false), "")
	switch {
	case j.refusal != "":
		lines = append(lines, wrap(st.Alarm, "✗ ", j.refusal)...)
		lines = append(lines, st.Muted.Render("Everything you typed is kept."))
	case j.clipped != "":
		lines = append(lines, wrap(st.Warning, "", j.clipped)...)
	case j.at == joinRole:
		lines = append(lines, st.Muted.Render("enter joins the room"))
	default:
		lines = append(lines, st.Muted.Render("enter goes on to your role"))
	}
	return lipgloss.NewStyle().Padding(1, 2).Render(strings.Join(lines, "\n"))
}

// whoIsHere names the people already in the room and who facilitates.
func whoIsHere(room session.Room) string {
	var names []string
	for _, p := range room.People {
		name := p.Name
		if p.Role != "" {
			name += " (" + p.Role + ")"
		}
		names = append(names, name)
	}
	if len(names) == 0 {
		return "Nobody is in the room yet: the first to join facilitates it."
	}
	who := "In the room: " + prose.And(names) + "."
	if f, ok := room.Person(room.Facilitator); ok {
		who += " " + f.Name + " facilitates."
	}
	return who
}

func (j *joinScreen) helpKeys() []key.Binding {
	f := j.sh.Keys.Form
	move := relabel(f.Next, "move")
	move.SetHelp("tab/↑/↓", "move")
	short := []key.Binding{f.Enter, move, f.Back, j.sh.Keys.Quit}
	if j.at == joinRole {
		short = []key.Binding{relabel(f.Enter, "join the room"), relabel(f.Choose, "choose a role"), move, f.Back, j.sh.Keys.Quit}
	}
	return short
}

// pickTrioRole offers the trio's roles on ←/→ (the form's Choose keys)
// while the role field is empty or holds one of them; a role of one's own
// keeps the arrows for the cursor. Roles others hold already are passed
// over, unless every one is. It reports whether the key chose a role.
func pickTrioRole(in *textinput.Model, msg tea.KeyPressMsg, back key.Binding, taken []string) bool {
	step := 1
	if matches(msg, back) {
		step = -1
	}
	value := strings.TrimSpace(in.Value())
	at := slices.IndexFunc(trioRoles, func(r string) bool { return strings.EqualFold(r, value) })
	if value != "" && at < 0 {
		return false
	}
	if at < 0 && step > 0 {
		at = -1
	} else if at < 0 {
		at = len(trioRoles)
	}
	held := func(role string) bool { return roleHeld(taken, role) }
	next := (at + step + len(trioRoles)) % len(trioRoles)
	for range len(trioRoles) - 1 {
		if !held(trioRoles[next]) {
			break
		}
		next = (next + step + len(trioRoles)) % len(trioRoles)
	}
	if held(trioRoles[next]) {
		next = (at + step + len(trioRoles)) % len(trioRoles) // all held: any
	}
	in.SetValue(trioRoles[next])
	in.CursorEnd()
	return true
}

// rolesOffered names the trio's roles in the order ←/→ offer them: those
// nobody holds first, then the others, marked as taken.
func rolesOffered(held []string) string {
	var free, taken []string
	for _, role := range trioRoles {
		if roleHeld(held, role) {
			taken = append(taken, role+" (taken)")
		} else {
			free = append(free, role)
		}
	}
	return strings.Join(append(free, taken...), " · ")
}

// roleHeld reports whether role is among the roles held, as people may
// have typed it.
func roleHeld(held []string, role string) bool {
	return slices.ContainsFunc(held, func(h string) bool { return strings.EqualFold(strings.TrimSpace(h), role) })
}

// rolesHeld are the roles of the people in a room, but for me.
func rolesHeld(r session.Room, me session.ParticipantID) []string {
	var held []string
	for _, p := range r.People {
		if p.ID != me && !r.Gone(p.ID) {
			held = append(held, p.Role)
		}
	}
	return held
}
