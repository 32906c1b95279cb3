package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"trio/tui/draw"
)

// readable is one text a person may need to read whole: the question, a
// card, an answer, a version of the point of view, a goal wording, a
// reflection.
type readable struct {
	title string // whose and what: "Maya’s card · Silent writing"
	text  string // the whole text
}

// readingMeasure is the widest a line of text is set: wider than that, the
// eye loses its way back to the next line, on a laptop as on a projector.
const readingMeasure = 100

// reader shows the texts of a screen whole, one at a time, wrapped at the
// terminal's width (at most readingMeasure), scrolled when taller than the
// screen; ←/→ go from one to the next. It opens with ctrl+t.
type reader struct {
	items  []readable
	at     int
	scroll *scroller
	keys   KeyMap
}

func newReader(keys KeyMap, items []readable, at int) *reader {
	return &reader{items: items, at: max(0, min(at, len(items)-1)), scroll: newScroller(), keys: keys}
}

// readerAction is what a key did in the reader.
type readerAction int

const (
	readerStays  readerAction = iota // it moved, or nothing happened
	readerClosed                     // esc or ctrl+t: back to the room
)

func (r *reader) update(msg tea.KeyPressMsg) readerAction {
	k := r.keys
	switch {
	case matches(msg, k.Reader.Close):
		return readerClosed
	case matches(msg, k.Reader.Next):
		r.at = (r.at + 1) % len(r.items)
	case matches(msg, k.Reader.Prev):
		r.at = (r.at - 1 + len(r.items)) % len(r.items)
	default:
		scrollKey(r.scroll, k.Scroll, msg, true)
	}
	return readerStays
}

// view draws the text in width×height cells: whose and what it is, the
// text, and where the others are.
func (r *reader) view(st *Styles, width, height int) string {
	if len(r.items) == 0 {
		return ""
	}
	it := r.items[r.at]
	measure := min(width, readingMeasure)
	head := strings.Join(draw.Wrap(st.Label.Render(it.title), measure), "\n")
	var body []string
	for _, para := range strings.Split(it.text, "\n") {
		body = append(body, draw.Wrap(para, measure)...)
	}
	nav := st.Muted.Render(fmt.Sprintf("%d of %d · ←/→ the others · esc back to the room", r.at+1, len(r.items)))
	v := panelView{body: strings.Join(append([]string{head, ""}, body...), "\n"), pinned: "\n" + nav, anchor: anchor{key: it.title}}
	return r.scroll.view(st, v, measure, height)
}

func (r *reader) help() []key.Binding {
	k := r.keys
	return []key.Binding{k.Reader.Prev, r.scroll.moreKey(k.Scroll), k.Reader.Close}
}

// reading is a panel with texts to read whole: its cards, answers,
// versions, reflections. first is the one the reader opens on, or -1 for
// the question.
type reading interface {
	readables() (texts []readable, first int)
}

// openReader opens the reader on the screen's texts: the question first,
// then the panel's, on the one that matters most here.
func (r *roomScreen) openReader() {
	p, _ := r.current()
	phase := r.room.CurrentPhase()
	items := []readable{
		{title: "The question", text: r.room.Question},
		{title: "What to do now · " + phase.Title, text: "Why: " + phase.Purpose + "\n\n" + phase.Prompt},
	}
	at := 0
	// A message too long for the status lines is read here, first.
	if r.notice.text != "" {
		items = append(items, readable{title: "The last message", text: r.notice.text})
		if r.statusCut(r.width) {
			at = len(items) - 1
		}
	}
	if rd, ok := p.(reading); ok {
		texts, first := rd.readables()
		if first >= 0 {
			at = len(items) + first
		}
		items = append(items, texts...)
	}
	r.reader = newReader(r.sh.Keys, items, at)
	r.notice, r.nudges = notice{}, nil
}
