package tui

import (
	"time"

	"trio/session"
	"trio/tui/draw"
)

// bigClock is the time box as the projector shows it: the digits to draw
// in blocks, their ink, and the same in words under them, so paused and
// time up are said, not only coloured.
type bigClock struct {
	digits string
	ink    draw.Ink
	words  string
}

// projectorClock reads the room's timer as the room screen does: whole
// minutes, rounded up, and by the second in the last one.
func projectorClock(st *Styles, t session.Timer, timebox time.Duration, now time.Time) bigClock {
	left := t.Remaining(now)
	switch {
	case t.Paused:
		return bigClock{clockDigits(max(left, 0)), st.Muted, "paused, " + leftText(max(left, 0)) + " left"}
	case left <= 0:
		return bigClock{"0:00", st.Alarm, "time is up " + agoText(-left) + " ago"}
	case left <= warningAt(timebox):
		return bigClock{clockDigits(left), st.Warning, leftText(left) + " left"}
	}
	return bigClock{clockDigits(left), st.Title, leftText(left) + " left"}
}

// clockDigits is leftText without its words: "12" for twelve minutes,
// "0:42" in the last one.
func clockDigits(d time.Duration) string {
	text := leftText(d)
	if len(text) > len(" min") && text[len(text)-len(" min"):] == " min" {
		return text[:len(text)-len(" min")]
	}
	return text
}

// clockScale is the largest size of the block digits that fits: at most
// three tenths of the screen's height, three times the font at most.
func clockScale(digits string, width, height int) int {
	scale := 1
	for s := 2; s <= 3; s++ {
		if draw.BlockWidth(digits, s) <= width && draw.BlockHeight*s*10 <= height*3 {
			scale = s
		}
	}
	return scale
}
