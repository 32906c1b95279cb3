package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// KeyMap is every key of the app. What the help footer shows depends on
// the screen and on whether a text field has the keyboard.
type KeyMap struct {
	Quit key.Binding // everywhere, even while typing
	Help key.Binding

	// Lists and forms.
	Up     key.Binding
	Down   key.Binding
	Left   key.Binding
	Right  key.Binding
	Select key.Binding
	Next   key.Binding // next field
	Prev   key.Binding // previous field
	Back   key.Binding
	New    key.Binding
	Remove key.Binding
	Leave  key.Binding // leave a screen without quitting

	// Writing.
	Send    key.Binding
	Newline key.Binding
	Stop    key.Binding // stop writing, back to moving around

	// The room.
	Write      key.Binding
	SpeakAs    key.Binding
	NextPhase  key.Binding
	PrevPhase  key.Binding
	AddMinute  key.Binding
	Pause      key.Binding
	Ready      key.Binding
	Summary    key.Binding
	PassStick  key.Binding
	PromptCard key.Binding
	OpenVote   key.Binding
	CloseVote  key.Binding
	Vote       key.Binding
	Withdraw   key.Binding
	Agree      key.Binding
	Yes        key.Binding
	No         key.Binding

	// The summary.
	SaveMarkdown key.Binding
	SaveJSON     key.Binding
	CopyView     key.Binding
	ScrollUp     key.Binding
	ScrollDown   key.Binding

	// Forms of the setup, join and lobby screens: letters are text there,
	// so only arrows move.
	FormMove      key.Binding
	FormNext      key.Binding
	ChooseScript  key.Binding
	AddPerson     key.Binding
	StartWorkshop key.Binding
	OpenRoom      key.Binding // a remote room's setup starts by opening it

	// The lobby.
	CreateRoom key.Binding
	JoinByCode key.Binding
	QuitLobby  key.Binding

	// The join screen.
	JoinRoom   key.Binding
	ChooseRole key.Binding // also on a remote room's setup

	// Facilitation of a remote room; on one keyboard the coach hands
	// nothing over.
	HandOver        key.Binding
	LockRoom        key.Binding
	HandOverPick    key.Binding
	HandOverConfirm key.Binding

	// The phases on the cards on the table. PickCard is ←/→ in the footer;
	// the keys themselves are Left and Right.
	PickCard     key.Binding
	PickQuestion key.Binding // inquiry: ↑/↓ while an author picks a question
	AskOrBuild   key.Binding // inquiry that takes builds
	RewordGoal   key.Binding // one level higher: rewrite the shared goal
	StepOrGoal   key.Binding // one level higher
	ProOrCon     key.Binding

	// Silent writing: enter moves down the card's fields, and on the last
	// one saves the card.
	NextCardField key.Binding
	SaveCard      key.Binding

	// The point-of-view fields: enter moves on to the next field, and on
	// the last one proposes the version.
	NextStatementField key.Binding
	ProposeVersion     key.Binding

	// The summary. Scroll is the scroll keys in one, for the short footer.
	SummaryBack key.Binding
	Scroll      key.Binding
	ScrollEdges key.Binding
}

// DefaultKeyMap is trio's keys. Keys that work while typing use ctrl;
// single letters work only when no text field has the keyboard.
func DefaultKeyMap() KeyMap {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Quit: b([]string{"ctrl+c"}, "ctrl+c", "quit"),
		Help: b([]string{"?"}, "?", "more keys"),

		Up:     b([]string{"up", "k"}, "↑/k", "up"),
		Down:   b([]string{"down", "j"}, "↓/j", "down"),
		Left:   b([]string{"left", "h"}, "←/h", "previous"),
		Right:  b([]string{"right", "l"}, "→/l", "next"),
		Select: b([]string{"enter"}, "enter", "choose"),
		Next:   b([]string{"tab"}, "tab", "next field"),
		Prev:   b([]string{"shift+tab"}, "shift+tab", "previous field"),
		Back:   b([]string{"esc"}, "esc", "back"),
		New:    b([]string{"n"}, "n", "new workshop"),
		Remove: b([]string{"ctrl+x"}, "ctrl+x", "remove person"),
		Leave:  b([]string{"q"}, "q", "leave"),

		Send:    b([]string{"enter"}, "enter", "send"),
		Newline: b([]string{"alt+enter", "ctrl+j"}, "alt+enter", "new line"),
		Stop:    b([]string{"esc"}, "esc", "stop writing"),

		Write:      b([]string{"enter", "i"}, "enter", "write"),
		SpeakAs:    b([]string{"ctrl+s"}, "ctrl+s", "speak as next"),
		NextPhase:  b([]string{"n"}, "n", "next phase"),
		PrevPhase:  b([]string{"b"}, "b", "back a phase"),
		AddMinute:  b([]string{"+", "="}, "+", "add a minute"),
		Pause:      b([]string{"p"}, "p", "pause/resume timer"),
		Ready:      b([]string{"r"}, "r", "ready"),
		Summary:    b([]string{"e"}, "e", "summary & export"),
		PassStick:  b([]string{">", "."}, ">", "pass the talking stick"),
		PromptCard: b([]string{"c"}, "c", "prompt card"),
		OpenVote:   b([]string{"o"}, "o", "open the vote"),
		CloseVote:  b([]string{"x"}, "x", "close the vote"),
		Vote:       b([]string{"0", "1", "2", "3", "4", "5"}, "0-5", "vote"),
		Withdraw:   b([]string{"w"}, "w", "withdraw your last"),
		Agree:      b([]string{"a"}, "a", "accept the agreements"),
		Yes:        b([]string{"y"}, "y", "yes"),
		No:         b([]string{"n", "esc"}, "n", "no"),

		SaveMarkdown: b([]string{"m"}, "m", "save Markdown"),
		SaveJSON:     b([]string{"J"}, "J", "save JSON"),
		CopyView:     b([]string{"c"}, "c", "copy point of view"),
		ScrollUp:     b([]string{"up", "k", "pgup"}, "↑/pgup", "scroll up"),
		ScrollDown:   b([]string{"down", "j", "pgdown"}, "↓/pgdn", "scroll down"),

		FormMove:      b([]string{"up", "down"}, "↑/↓", "move"),
		FormNext:      b([]string{"tab", "enter"}, "tab/enter", "next field"),
		ChooseScript:  b([]string{"left", "right", "h", "l"}, "←/→", "choose the script"),
		AddPerson:     b([]string{"enter"}, "enter", "add a person"),
		StartWorkshop: b([]string{"enter"}, "enter", "start the workshop"),
		OpenRoom:      b([]string{"enter"}, "enter", "open the room"),

		CreateRoom: b([]string{"n"}, "n", "create a room"),
		JoinByCode: b([]string{"enter"}, "enter", "join"),
		QuitLobby:  b([]string{"q"}, "q", "quit"),

		JoinRoom:   b([]string{"enter"}, "enter", "join the room"),
		ChooseRole: b([]string{"left", "right"}, "←/→", "choose a role"),

		HandOver:        b([]string{"H"}, "H", "hand over facilitation"),
		LockRoom:        b([]string{"L"}, "L", "lock/unlock the room"),
		HandOverPick:    b([]string{"left", "right", "h", "l"}, "←/→", "choose who"),
		HandOverConfirm: b([]string{"y", "enter"}, "y", "hand over"),

		PickCard:     b([]string{"left", "h", "right", "l"}, "←/→", "pick a card"),
		PickQuestion: b([]string{"up", "k", "down", "j"}, "↑/↓", "pick a question"),
		AskOrBuild:   b([]string{"tab"}, "tab", "ask ⇄ build"),
		RewordGoal:   b([]string{"g"}, "g", "rewrite the goal"),
		StepOrGoal:   b([]string{"tab"}, "tab", "step ⇄ goal"),
		ProOrCon:     b([]string{"tab"}, "tab", "pro ⇄ con"),

		NextCardField: b([]string{"enter"}, "enter", "next field"),
		SaveCard:      b([]string{"enter"}, "enter", "save your card"),

		NextStatementField: b([]string{"enter"}, "enter", "to the next field"),
		ProposeVersion:     b([]string{"enter"}, "enter", "propose this version"),

		SummaryBack: b([]string{"esc", "q"}, "esc/q", "back"),
		Scroll:      b([]string{"up", "down", "pgup", "pgdown"}, "↑/↓", "scroll"),
		ScrollEdges: b([]string{"home", "end"}, "home/end", "top/bottom"),
	}
}

// bindingsHelp adapts a list of bindings to bubbles/help: the first few
// for the short footer, all of them in columns for the full one.
type bindingsHelp struct {
	short []key.Binding
	full  [][]key.Binding
}

func (h bindingsHelp) ShortHelp() []key.Binding  { return h.short }
func (h bindingsHelp) FullHelp() [][]key.Binding { return h.full }

// distinct drops bindings whose help says the same as an earlier one, so a
// key a panel also lists is shown once.
func distinct(bindings []key.Binding) []key.Binding {
	seen := map[string]bool{}
	var out []key.Binding
	for _, b := range bindings {
		h := b.Help()
		if seen[h.Key+h.Desc] {
			continue
		}
		seen[h.Key+h.Desc] = true
		out = append(out, b)
	}
	return out
}

// matches reports whether a key press is one of a binding's keys.
func matches(msg tea.KeyPressMsg, b key.Binding) bool { return key.Matches(msg, b) }
