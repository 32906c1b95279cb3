package tui

import (
	"iter"
	"slices"

	"trio/session"
	"trio/tui/draw"
)

// bodyScreens is how much of a long list a panel draws, in screens of its
// area: enough to scroll back through what was said lately. A room may
// hold thousands of contributions; drawing them all on every key would
// make a word cost more as the room fills. The reader has every one.
const bodyScreens = 2

// readingBackScreens is how much a panel draws while the person has
// scrolled up to read: enough for a round's worth, so their place stays
// while new items come below.
const readingBackScreens = 10

// newestDrawn draws a list given newest first, each item in its lines,
// until bodyScreens screens are drawn (readingBackScreens while the person
// reads back), and returns the lines oldest first.
// Above them, a line says there are earlier ones and how to read them; it
// does not count them, as counting would read the whole list. a is the
// panel's area: its width and how many screens of it to draw.
func newestDrawn[T any](c *roomCtx, a area, newest iter.Seq[T], noun string, drawItem func(T) []string) []string {
	budget := bodyScreens * max(1, a.height)
	if c.readingBack {
		budget = readingBackScreens * max(1, a.height)
	}
	var blocks [][]string
	drawn, earlier := 0, false
	for x := range newest {
		if drawn >= bodyScreens*max(1, a.height) {
			// Longer than a screen draws it at rest: no screen counts
			// the lines above, so people at the same place read the
			// same, whether they scrolled back or not.
			c.undrawn = true
		}
		if drawn >= budget {
			earlier = true
			break
		}
		b := drawItem(x)
		blocks = append(blocks, b)
		drawn += len(b)
	}
	var lines []string
	if earlier {
		lines = draw.Wrap(c.sh.Styles.Muted.Render("Earlier "+noun+"s are not shown here: ctrl+t reads every one."), a.width)
	}
	for _, b := range slices.Backward(blocks) {
		lines = append(lines, b...)
	}
	return lines
}

// newestFirst yields a list's items from its last to its first.
func newestFirst[T any](items []T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range slices.Backward(items) {
			if !yield(x) {
				return
			}
		}
	}
}

// newestBlocks is newestDrawn for a list held oldest first.
func newestBlocks[T any](c *roomCtx, a area, items []T, noun string, drawItem func(T) []string) []string {
	return newestDrawn(c, a, newestFirst(items), noun, drawItem)
}

// said draws contributions given newest first as "Name: text", each whole
// and wrapped under its name. A contribution never changes once made, so
// its lines are kept from one drawing to the next, for as long as the
// width and the colours stay.
func said(c *roomCtx, a area, kept *draw.KeptLines, newest iter.Seq[session.Contribution], noun string) []string {
	return newestDrawn(c, a, newest, noun, func(x session.Contribution) []string {
		return kept.Of(x.ID, a.width, c.sh.Styles.IsDark, func() []string {
			return draw.Hang(c.name(x.Author)+": ", x.Text, a.width)
		})
	})
}
