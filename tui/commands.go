package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// send turns a message into a command.
func send(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// matches reports whether a key press is one of a binding's keys.
func matches(msg tea.KeyPressMsg, b key.Binding) bool { return key.Matches(msg, b) }
