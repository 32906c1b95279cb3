package tui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"trio/content"
	"trio/session"
)

// A room may hold 2,000 contributions: its screens show the newest that
// fit, and say how many more there are.

func TestAFullDiscussionShowsItsNewestPositions(t *testing.T) {
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.goTo(content.KindDiscussion)
	for i := range 300 {
		fill(t, d, code, []session.ParticipantID{"maya", "sam", "lee"}[i%3], session.StatePosition{Text: fmt.Sprintf("Position %d, argued for.", i)})
	}
	d.refresh()
	d.sees("Lee: Position 299, argued for.", "Sam: Position 298, argued for.", "…")
	d.doesNotSee("Position 0,", "Position 250,")
	fitsTheScreen(t, d, 80, 24)
}

func TestAFullCardShowsItsNewestQuestionsAndHowManyMore(t *testing.T) {
	d, code := cardsOnTheTable(t, 80, 24, content.Default(), content.KindInquiry)
	sams := cardOf(t, d, code, "sam")
	for i := range 300 {
		fill(t, d, code, []session.ParticipantID{"maya", "lee"}[i%2], session.AskQuestion{Perspective: sams, Text: fmt.Sprintf("Question %d?", i)})
	}
	d.refresh()
	d.sees("Questions about Sam’s view", "Lee: Question 299?", "more")
	d.doesNotSee("Question 0?")
	screen := d.screen()
	shown := 0
	for i := range 300 {
		if strings.Contains(screen, fmt.Sprintf(": Question %d?", i)) {
			shown++
		}
	}
	if !strings.Contains(screen, fmt.Sprintf("… %d more", 300-shown)) {
		t.Fatalf("%d questions shown, and not the %d more:\n%s", shown, 300-shown, screen)
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
