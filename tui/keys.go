package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"trio/tui/draw"
)

// KeyMap is every key of trio, grouped by where it works. A screen keeps a
// copy of the groups it uses, relabels a binding with SetHelp where the
// same key means something more exact there, and turns bindings on and off
// with SetEnabled as its state changes: key.Matches ignores a binding that
// is off, and the help footer leaves it out, so what a key does and what
// the footer says cannot disagree.
//
// In a room, letters, digits and punctuation are always text: they go into
// what the person is writing, or do nothing. Every key that changes the
// room or opens another screen is a ctrl chord, enter, or an entry of the
// room's menu.
type KeyMap struct {
	Quit key.Binding // everywhere, even while writing

	List         ListKeys
	Form         FormKeys
	Room         RoomKeys
	Facilitating FacilitatingKeys
	Writing      WritingKeys
	Cards        CardKeys
	Vote         VoteKeys
	Speaker      SpeakerKeys
	Question     QuestionKeys
	Menu         MenuKeys
	Scroll       ScrollKeys
	Reader       ReaderKeys
	Summary      SummaryKeys
	Dashboard    DashboardKeys
	Projector    ProjectorKeys
	Pick         PickKeys
}

// ListKeys move through a list of choices with nothing to type: the home
// screen and the lobby.
type ListKeys struct {
	Up, Down key.Binding
	Choose   key.Binding
	New      key.Binding
	Quit     key.Binding
	Help     key.Binding
}

// FormKeys move between the fields of the setup, join and lobby screens,
// where letters are text and only arrows and tab move.
type FormKeys struct {
	Next, Prev   key.Binding // tab, shift+tab
	Down, Up     key.Binding
	Enter        key.Binding // next field; relabelled where it adds, starts or joins
	Back         key.Binding
	Choose       key.Binding // ←/→ through a field's choices: the script, a role
	ChooseBack   key.Binding // ←: of Choose's keys, the one that steps back
	RemovePerson key.Binding
}

// RoomKeys work on every screen of a room, writing or not.
type RoomKeys struct {
	Menu  key.Binding // every action of the room, and the keys
	Ready key.Binding
	// Action is the phase's own act besides writing, relabelled by the
	// phase: accept the agreements, pass the talking stick, open or close
	// the vote.
	Action key.Binding
	Write  key.Binding // enter, when not writing yet
	Read   key.Binding // every text of the screen, whole
}

// FacilitatingKeys are the facilitator's. The rest of what a facilitator
// does (back a phase, time, handing over, locking) is in the room's menu.
type FacilitatingKeys struct {
	NextPhase key.Binding // asks first, naming the phase
}

// WritingKeys work while a field has the keyboard.
type WritingKeys struct {
	Send      key.Binding // relabelled "next field", "save your card", …
	Newline   key.Binding
	NextField key.Binding
	PrevField key.Binding
	Stop      key.Binding
}

// CardKeys choose what to write about in the phases on the cards on the
// table, while not writing.
type CardKeys struct {
	Pick key.Binding // ←/→: a card, a ladder
	// Browse is ↑/↓: a question to answer, or a prompt card.
	Browse key.Binding
	// Turn is tab: pro ⇄ con, ask ⇄ build, step ⇄ goal. It works while
	// writing too.
	Turn key.Binding
	// Back is ← and ↑: of Pick's and Browse's keys, those that step back.
	Back key.Binding
}

// VoteKeys are consent's: a score is chosen with a digit, then cast.
type VoteKeys struct {
	Score key.Binding
	Cast  key.Binding
	Drop  key.Binding // esc: the number chosen goes, nothing is cast
}

// SpeakerKeys hand one keyboard from person to person.
type SpeakerKeys struct {
	Next key.Binding // ctrl+s
	Pick key.Binding // 1–9 right after ctrl+s
}

// QuestionKeys answer a question the room asks before it changes: enter
// for yes, so a stray letter can never say yes.
type QuestionKeys struct {
	Yes, No key.Binding
}

// MenuKeys work while the room's menu is open.
type MenuKeys struct {
	Up, Down key.Binding
	Choose   key.Binding
	Close    key.Binding
}

// ScrollKeys move through a text taller than its room. pgup and pgdn work
// while writing too; the others only where they do nothing else.
type ScrollKeys struct {
	Up, Down         key.Binding
	PageUp, PageDown key.Binding
	Top, Bottom      key.Binding
}

// ReaderKeys go through the texts of a screen, read whole.
type ReaderKeys struct {
	Prev, Next key.Binding
	Close      key.Binding
}

// SummaryKeys read and export the result.
type SummaryKeys struct {
	Up, Down           key.Binding
	PageUp, PageDown   key.Binding
	Top, Bottom        key.Binding
	Scroll             key.Binding // the scroll keys in one, for the short footer
	SaveMarkdown       key.Binding
	SaveJSON, CopyView key.Binding
	Back               key.Binding
}

// DashboardKeys are the coach's, over every trio of a workshop. Letters
// do nothing on the dashboard but go into the line to every room while
// it is open; the rest of what a coach does is in the menu (ctrl+p).
type DashboardKeys struct {
	Choose    key.Binding // ↑/↓: a trio
	Read      key.Binding // the chosen trio whole
	Visit     key.Binding // into the chosen trio's room, as an observer
	MoveOn    key.Binding // every trio, together; asks first, naming the phase
	Broadcast key.Binding // a line to every room
	Projector key.Binding // the workshop's projector, in this terminal
	Send      key.Binding
	Cancel    key.Binding
}

// PickKeys choose one's trio from a workshop's list of tables, where
// nothing is typed.
type PickKeys struct {
	Choose key.Binding // ↑/↓: a table
	Join   key.Binding
	Read   key.Binding // the chosen table's question and people, whole
	Leave  key.Binding
}

// DefaultKeyMap is trio's keys.
func DefaultKeyMap() KeyMap {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Quit: b([]string{"ctrl+c"}, "ctrl+c", "quit"),
		List: ListKeys{
			Up:     b([]string{"up", "k"}, "↑/k", "up"),
			Down:   b([]string{"down", "j"}, "↓/j", "down"),
			Choose: b([]string{"enter"}, "enter", "choose"),
			New:    b([]string{"n"}, "n", "new workshop"),
			Quit:   b([]string{"q"}, "q", "quit"),
			Help:   b([]string{"?"}, "?", "more keys"),
		},
		Form: FormKeys{
			Next:         b([]string{"tab"}, "tab", "next field"),
			Prev:         b([]string{"shift+tab"}, "shift+tab", "previous field"),
			Down:         b([]string{"down"}, "↓", "down"),
			Up:           b([]string{"up"}, "↑", "up"),
			Enter:        b([]string{"enter"}, "enter", "next field"),
			Back:         b([]string{"esc"}, "esc", "back"),
			Choose:       b([]string{"left", "right"}, "←/→", "choose"),
			ChooseBack:   b([]string{"left"}, "←", "back"),
			RemovePerson: b([]string{"ctrl+x"}, "ctrl+x", "remove person"),
		},
		Room: RoomKeys{
			Menu:   b([]string{"ctrl+p"}, "ctrl+p", "menu"),
			Ready:  b([]string{"ctrl+r"}, "ctrl+r", "ready"),
			Action: b([]string{"ctrl+o"}, "ctrl+o", ""),
			Write:  b([]string{"enter"}, "enter", "write"),
			Read:   b([]string{"ctrl+t"}, "ctrl+t", "read whole"),
		},
		Facilitating: FacilitatingKeys{
			NextPhase: b([]string{"ctrl+n"}, "ctrl+n", "next phase"),
		},
		Writing: WritingKeys{
			Send:      b([]string{"enter"}, "enter", "send"),
			Newline:   b([]string{"alt+enter", "ctrl+j"}, "alt+enter", "new line"),
			NextField: b([]string{"tab"}, "tab", "next field"),
			PrevField: b([]string{"shift+tab"}, "shift+tab", "previous field"),
			Stop:      b([]string{"esc"}, "esc", "stop writing"),
		},
		Cards: CardKeys{
			Pick:   b([]string{"left", "right"}, "←/→", "pick a card"),
			Browse: b([]string{"up", "down"}, "↑/↓", "pick a question"),
			Turn:   b([]string{"tab"}, "tab", ""),
			Back:   b([]string{"left", "up"}, "←/↑", "back"),
		},
		Vote: VoteKeys{
			Score: b([]string{"0", "1", "2", "3", "4", "5"}, "0–5", "choose your vote"),
			Cast:  b([]string{"enter"}, "enter", "cast it"),
			Drop:  b([]string{"esc"}, "esc", "choose again"),
		},
		Speaker: SpeakerKeys{
			Next: b([]string{"ctrl+s"}, "ctrl+s", "speak as next"),
			Pick: b([]string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}, "1–9", "speak as"),
		},
		Question: QuestionKeys{
			Yes: b([]string{"enter"}, "enter", "yes"),
			No:  b([]string{"esc"}, "esc", "no"),
		},
		Menu: MenuKeys{
			Up:     b([]string{"up"}, "↑", "up"),
			Down:   b([]string{"down"}, "↓", "down"),
			Choose: b([]string{"enter"}, "enter", "do it"),
			Close:  b([]string{"esc", "ctrl+p"}, "esc", "close"),
		},
		Scroll: ScrollKeys{
			Up:       b([]string{"up"}, "↑", "scroll up"),
			Down:     b([]string{"down"}, "↓", "scroll down"),
			PageUp:   b([]string{"pgup"}, "pgup", "page up"),
			PageDown: b([]string{"pgdown"}, "pgdn", "more below"),
			Top:      b([]string{"home"}, "home", "top"),
			Bottom:   b([]string{"end"}, "end", "bottom"),
		},
		Reader: ReaderKeys{
			Prev:  b([]string{"left"}, "←/→", "the others"),
			Next:  b([]string{"right"}, "→", "next"),
			Close: b([]string{"esc", "ctrl+t"}, "esc", "back to the room"),
		},
		Summary: SummaryKeys{
			Up:           b([]string{"up", "k"}, "↑", "scroll up"),
			Down:         b([]string{"down", "j"}, "↓", "scroll down"),
			PageUp:       b([]string{"pgup"}, "pgup", "page up"),
			PageDown:     b([]string{"pgdown", "space"}, "pgdn", "page down"),
			Top:          b([]string{"home"}, "home", "top"),
			Bottom:       b([]string{"end"}, "end", "bottom"),
			Scroll:       b([]string{"up", "down", "pgup", "pgdown"}, "↑/↓", "scroll"),
			SaveMarkdown: b([]string{"m"}, "m", "save Markdown"),
			SaveJSON:     b([]string{"J"}, "J", "save JSON"),
			CopyView:     b([]string{"c"}, "c", "copy point of view"),
			Back:         b([]string{"esc", "q"}, "esc/q", "back"),
		},
		Dashboard: DashboardKeys{
			Choose:    b([]string{"up", "down"}, "↑/↓", "choose a trio"),
			Read:      b([]string{"ctrl+t"}, "ctrl+t", "read it whole"),
			Visit:     b([]string{"enter"}, "enter", "go into its room"),
			MoveOn:    b([]string{"ctrl+n"}, "ctrl+n", "move every trio on"),
			Broadcast: b([]string{"ctrl+b"}, "ctrl+b", "a line to every room"),
			Projector: b([]string{"ctrl+w"}, "ctrl+w", "the projector"),
			Send:      b([]string{"enter"}, "enter", "send to every room"),
			Cancel:    b([]string{"esc"}, "esc", "do not send"),
		},
		Projector: ProjectorKeys{
			Next:      b([]string{"right", "space"}, "→/space", "next"),
			Prev:      b([]string{"left"}, "←", "previous"),
			NextTable: b([]string{"tab"}, "tab/shift+tab", "another table"),
			PrevTable: b([]string{"shift+tab"}, "shift+tab", "the table before"),
			Table:     b([]string{"1", "2", "3", "4", "5", "6", "7", "8"}, "1–8", "a table"),
			Overview:  b([]string{"esc"}, "esc", "every table"),
			Leave:     b([]string{"q"}, "q", "leave"),
		},
		Pick: PickKeys{
			Choose: b([]string{"up", "down"}, "↑/↓", "choose"),
			Join:   b([]string{"enter"}, "enter", "join"),
			Read:   b([]string{"ctrl+t"}, "ctrl+t", "read whole"),
			Leave:  b([]string{"esc", "q"}, "esc/q", "leave"),
		},
	}
}

// relabel is a copy of a binding with other help text: the same keys,
// said more exactly for where they are.
func relabel(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}

// enable is a copy of a binding, on or off.
func enable(b key.Binding, on bool) key.Binding {
	b.SetEnabled(on)
	return b
}

// typed reports whether a key press is text: a letter, digit, punctuation
// or space, with no ctrl or alt. In a room, text never acts.
func typed(msg tea.KeyPressMsg) bool {
	return msg.Text != "" && msg.Mod&(tea.ModCtrl|tea.ModAlt|tea.ModSuper|tea.ModMeta|tea.ModHyper) == 0
}

// bindingsHelp adapts a list of bindings to bubbles/help: the first few
// for the short footer, all of them in columns for the full one.
type bindingsHelp struct {
	short []key.Binding
	full  [][]key.Binding
}

func (h bindingsHelp) ShortHelp() []key.Binding  { return h.short }
func (h bindingsHelp) FullHelp() [][]key.Binding { return h.full }

// distinct drops bindings that are off, and those whose help says the same
// as an earlier one, so a key a panel also lists is shown once.
func distinct(bindings []key.Binding) []key.Binding {
	seen := map[string]bool{}
	var out []key.Binding
	for _, b := range bindings {
		h := b.Help()
		if !b.Enabled() || seen[h.Key+h.Desc] {
			continue
		}
		seen[h.Key+h.Desc] = true
		out = append(out, b)
	}
	return out
}

// matches reports whether a key press is one of a binding's keys, and the
// binding is on.
func matches(msg tea.KeyPressMsg, b key.Binding) bool { return key.Matches(msg, b) }

// fittedHelp keeps, in order, the bindings that fit one line of the width
// beside the last one, which is always kept: the footer never cuts itself
// off, and what matters least gives way.
func fittedHelp(width int, bindings []key.Binding, last key.Binding) []key.Binding {
	size := func(b key.Binding) int { return draw.Width(b.Help().Key) + 1 + draw.Width(b.Help().Desc) }
	used := size(last)
	var out []key.Binding
	for _, b := range bindings {
		if !b.Enabled() || used+3+size(b) > width {
			continue
		}
		used += 3 + size(b)
		out = append(out, b)
	}
	return append(out, last)
}
