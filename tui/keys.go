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
		Withdraw:   b([]string{"w"}, "w", "withdraw last"),
		Agree:      b([]string{"a"}, "a", "accept the agreements"),
		Yes:        b([]string{"y"}, "y", "yes"),
		No:         b([]string{"n", "esc"}, "n", "no"),

		SaveMarkdown: b([]string{"m"}, "m", "save Markdown"),
		SaveJSON:     b([]string{"J"}, "J", "save JSON"),
		CopyView:     b([]string{"c"}, "c", "copy point of view"),
		ScrollUp:     b([]string{"up", "k", "pgup"}, "↑/pgup", "scroll up"),
		ScrollDown:   b([]string{"down", "j", "pgdown"}, "↓/pgdn", "scroll down"),
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
