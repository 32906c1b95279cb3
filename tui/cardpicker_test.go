package tui

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/content"
	"trio/session"
)

// cardsOnTheTable opens a room in which Maya, Sam and Lee wrote their
// cards in silent writing, and moves it on to the first phase of a kind,
// where every card is on the table. Maya is speaking.
func cardsOnTheTable(t *testing.T, width, height int, script content.Script, kind content.Kind) (*driver, string) {
	t.Helper()
	d := newDriver(t, width, height)
	code := d.openRoom(script)
	d.goTo(content.KindSilentWriting)
	d.as(code, "maya", session.WriteCard{Answers: map[string]string{
		"position": "Rebuild onboarding as one guided flow.",
		"see":      "Half of new teams never finish setup.",
	}})
	d.as(code, "sam", session.WriteCard{Answers: map[string]string{
		"position": "Fix the invite step first.",
		"see":      "People give up when they invite their team.",
	}})
	d.as(code, "lee", session.WriteCard{Answers: map[string]string{
		"position": "Ship small releases and measure each.",
		"assume":   "We can learn from real teams quickly.",
	}})
	d.goTo(kind)
	for d.app.room.speaker != "maya" {
		d.press("ctrl+s")
	}
	return d, code
}

// cardOf is the id of a person's card.
func cardOf(t *testing.T, d *driver, code string, who session.ParticipantID) int {
	t.Helper()
	room, err := d.hub.Room(code)
	if err != nil {
		t.Fatal(err)
	}
	card, ok := room.CardOf(who)
	if !ok {
		t.Fatalf("%s has no card", who)
	}
	return card.ID
}

// room is the room as the store has it.
func roomNow(t *testing.T, d *driver, code string) session.Room {
	t.Helper()
	room, err := d.hub.Room(code)
	if err != nil {
		t.Fatal(err)
	}
	return room
}

// fitsTheScreen fails when a line of the screen is wider than the
// terminal or the screen is taller.
func fitsTheScreen(t *testing.T, d *driver, width, height int) {
	t.Helper()
	lines := strings.Split(d.screen(), "\n")
	if len(lines) > height {
		t.Fatalf("the screen has %d lines, more than %d", len(lines), height)
	}
	for _, l := range lines {
		if w := lipgloss.Width(l); w > width {
			t.Fatalf("a line is %d cells wide, more than %d: %q", w, width, l)
		}
	}
}

func TestCardTabsKeepThePickedCardInSight(t *testing.T) {
	t.Parallel()
	d, _ := cardsOnTheTable(t, 80, 24, content.Default(), content.KindProsCons)
	c := d.app.room.ctx()
	ids := []int{1, 2, 3, 4, 5, 6, 7, 8}
	label := func(id int) string { return "Person" + string(rune('0'+id)) }
	for _, picked := range ids {
		line := ansi.Strip(cardTabs(c, ids, picked, label, 30))
		if w := lipgloss.Width(line); w > 30 {
			t.Fatalf("tabs are %d wide: %q", w, line)
		}
		want := "[Person" + string(rune('0'+picked)) + "]"
		if !strings.Contains(line, want) {
			t.Fatalf("picked %d: %q does not show %s", picked, line, want)
		}
	}
}
