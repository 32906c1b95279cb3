package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

func pressAll(update func(tea.Msg) tea.Cmd, keys ...tea.KeyPressMsg) {
	for _, k := range keys {
		update(k)
	}
}

func letters(s string) []tea.KeyPressMsg {
	var keys []tea.KeyPressMsg
	for _, r := range s {
		keys = append(keys, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return keys
}

// The name offered from the SSH user name goes when the person types their
// own, on the join screen and in the setup of a room over SSH; a deletion
// first makes the offer theirs to edit.
func TestTypingANameReplacesTheOneOffered(t *testing.T) {
	t.Parallel()
	sh := &Shared{Styles: NewStyles(true), Keys: DefaultKeyMap(), UserName: "maya"}

	j := newJoinScreen(sh, "K7MQ2XPB")
	j.focus(joinName)
	pressAll(j.update, letters("Maya Lopez")...)
	if got := j.name.Value(); got != "Maya Lopez" {
		t.Errorf("typing over the offered name on the join screen gives %q, want %q", got, "Maya Lopez")
	}
	j = newJoinScreen(sh, "K7MQ2XPB")
	j.focus(joinName)
	pressAll(j.update, append([]tea.KeyPressMsg{{Code: tea.KeyBackspace}}, letters("h")...)...)
	if got := j.name.Value(); got != "mayh" {
		t.Errorf("editing the offered name gives %q, want %q", got, "mayh")
	}

	s := newSetupScreen(sh)
	s.goTo(setupStop{spot: spotName, person: 0})
	pressAll(s.update, letters("Maya")...)
	if got := s.people[0].name.Value(); got != "Maya" {
		t.Errorf("typing over the offered name in the setup gives %q, want %q", got, "Maya")
	}
}
