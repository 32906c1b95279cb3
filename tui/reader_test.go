package tui

import (
	"fmt"
	"strings"
	"testing"

	"trio/content"
	"trio/session"
)

// TestTheReaderShowsEachTextWholeAndGoesBack opens the reader on the frame
// of the long sample session at 80x24: the question the header cut is
// there whole, ←/→ go through the texts, esc is back in the room.
func TestTheReaderShowsEachTextWholeAndGoesBack(t *testing.T) {
	t.Parallel()
	long := longSession(t)
	cut := 0
	for j, e := range long.events {
		if pc, ok := e.Body.(*session.PhaseChanged); ok && pc.From == 1 {
			cut = j
			break
		}
	}
	d := newDriverFrom(t, 80, 24, long.events[:cut])
	d.send(openRoomMsg{code: long.events[0].Room})
	question := long.marks["the question"][0].n
	d.sees("… ctrl+t")
	d.press("ctrl+t")
	d.sees("The question", "1 of ", "←/→ the others · esc back to the room")
	flat := strings.Join(strings.Fields(d.screen()), " ")
	for _, mark := range []string{fmt.Sprintf("<<%d ", question), fmt.Sprintf(" %d>>", question)} {
		if !strings.Contains(flat, mark) {
			t.Fatalf("the reader does not show the question whole (%q):\n%s", mark, d.screen())
		}
	}
	d.press("right")
	d.sees("What to do now · Frame the question", "2 of ")
	d.press("left", "left")
	if n := len(d.app.room.reader.items); !strings.Contains(d.screen(), fmt.Sprintf("%d of %d", n, n)) {
		t.Fatalf("← from the first text does not go round to the last:\n%s", d.screen())
	}
	d.press("esc")
	if d.app.room.reader != nil {
		t.Fatal("esc left the reader open")
	}
	d.sees("Phase 2 of 12: Frame the question")
}

// TestALongMessageSaysWhereToReadItWhole: a notice longer than the two
// status lines ends in "… ctrl+t", and ctrl+t opens on it.
func TestALongMessageSaysWhereToReadItWhole(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 64, 20)
	d.openRoom(content.Default())
	r := d.app.room
	r.notice = news(strings.Repeat("A refusal that says what to do, in words a person can follow. ", 4))
	d.app.changed = true
	d.sees("… ctrl+t")
	d.press("ctrl+t")
	d.sees("The last message")
	flat := strings.Join(strings.Fields(d.screen()), " ")
	if !strings.Contains(flat, strings.TrimSpace(strings.Join(strings.Fields(r.notice.text), " "))) {
		t.Fatalf("the reader does not show the message whole:\n%s", d.screen())
	}
}
