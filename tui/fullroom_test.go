package tui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"trio/content"
	"trio/session"
)

// A room may hold 2,000 contributions: its screens draw the newest, three
// screens of them to scroll through, say there are earlier ones,
// and the reader has every one.

func TestAFullDiscussionShowsItsNewestPositions(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.goTo(content.KindDiscussion)
	for i := range 300 {
		fill(t, d, code, []session.ParticipantID{"maya", "sam", "lee"}[i%3], session.StatePosition{Text: fmt.Sprintf("Position %d, argued for.", i)})
	}
	d.refresh()
	d.sees("Lee: Position 299, argued for.", "Sam: Position 298, argued for.")
	d.seesAnywhere("Earlier positions are not shown here: ctrl+t reads")
	d.doesNotSee("Position 0,")
	fitsTheScreen(t, d, 80, 24)
	d.press("ctrl+t")
	if n := len(d.app.room.reader.items); n < 300 {
		t.Fatalf("the reader has %d texts, not every position", n)
	}
}

func TestAFullCardShowsItsNewestQuestionsAndHowManyMore(t *testing.T) {
	t.Parallel()
	d, code := cardsOnTheTable(t, 80, 24, content.Default(), content.KindInquiry)
	sams := cardOf(t, d, code, "sam")
	for i := range 300 {
		fill(t, d, code, []session.ParticipantID{"maya", "lee"}[i%2], session.AskQuestion{Perspective: sams, Text: fmt.Sprintf("Question %d?", i)})
	}
	d.refresh()
	d.sees("Questions about Sam’s view")
	var all strings.Builder
	for _, s := range d.scrolledScreens() {
		all.WriteString(s)
	}
	shown := 0
	for i := range 300 {
		if strings.Contains(all.String(), fmt.Sprintf(": Question %d?", i)) {
			shown++
		}
	}
	if shown == 0 || shown == 300 || !strings.Contains(all.String(), "Earlier questions are not shown here") {
		t.Fatalf("%d questions drawn, and no line saying the %d earlier are not:\n%s", shown, 300-shown, d.screen())
	}
	if !strings.Contains(all.String(), "Lee: Question 299?") {
		t.Fatal("the newest question is on no screen")
	}
	fitsTheScreen(t, d, 80, 24)
}

// fill sends a command to the room through the hub, with no screen drawn.
func fill(t *testing.T, d *driver, code string, who session.ParticipantID, cmd session.Command) {
	t.Helper()
	if _, err := d.hub.Do(context.Background(), code, who, cmd); err != nil {
		t.Fatalf("%s %T: %v", who, cmd, err)
	}
}
