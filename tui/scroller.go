package tui

import (
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/tui/draw"
)

// panelView is what a panel draws: its body, which may be taller than the
// area and then scrolls, and what stays pinned under it (the field being
// written, a hint), always on screen. anchor is what the body should show
// first when it changes, as a new card in the spotlight does.
type panelView struct {
	body   string
	pinned string
	anchor anchor
	// undrawn: the body holds a list longer than a screen at rest draws
	// it, so the line under it does not count the lines above.
	undrawn bool
}

// anchor is a line of the body to bring into view when key changes: the
// person's own scrolling stays until then. keep, when set, is how many
// lines from line come back into view whenever the body changes: the
// field being written, which grows as it is typed in. follow makes it a
// chat's end: it comes into view only if the end was on screen, and a
// person who scrolled up to read keeps what they were reading.
type anchor struct {
	key    string
	line   int
	keep   int
	follow bool
}

// scroller shows a panel's body in the room's area above what is pinned,
// and scrolls it. Nothing is cut without a word: when the body is taller
// than its room, its last line says how many lines are above and below and
// which keys reach them. bubbles' viewport keeps the offset; the lines are
// drawn here, as the room fits every line to its width once, at the end.
type scroller struct {
	vp     viewport.Model
	body   string // the body last given to the viewport
	anchor string
	// seen is the last line of the body that has been on screen since the
	// anchor last changed: a panel may wait for a text to have been read.
	seen int
	// find is a text to bring into view at the next drawing, what the
	// person just sent: a few of its words, more first.
	find []string
	// The size of the last drawing, and whether it showed the body's end.
	width, height int
	endShown      bool
	// unread: a chat's newest came below while the person read back.
	unread bool
	// back: the person scrolled up, and the end has not been on screen
	// since.
	back bool
}

// bringIntoView scrolls, at the next drawing, to the last line that shows
// the beginning of text: three of its words from the second on (the first
// may be drawn otherwise, "Yes," as "yes,"), or two, or one, as a narrow
// line may hold fewer.
func (s *scroller) bringIntoView(text string) {
	words := strings.Fields(text)
	if len(words) > 1 {
		words = words[1:]
	}
	s.find = nil
	for n := min(3, len(words)); n > 0; n-- {
		s.find = append(s.find, strings.Join(words[:n], " "))
	}
}

func newScroller() *scroller {
	vp := viewport.New()
	vp.KeyMap = viewport.KeyMap{} // the room's keys drive it
	return &scroller{vp: vp}
}

// view draws body over pinned in width×height cells.
func (s *scroller) view(st *Styles, v panelView, width, height int) string {
	return strings.Join(s.viewLines(st, v, width, height), "\n")
}

// viewLines is view's lines.
func (s *scroller) viewLines(st *Styles, v panelView, width, height int) []string {
	pinned := lines(v.pinned)
	room := max(1, height-len(pinned))
	body := lines(v.body)
	fits := len(body) <= room
	window := room
	if !fits {
		window = room - 1 // one line says where the rest is
	}
	changed := s.body != v.body
	// Someone scrolled up to read keeps the lines they were reading while
	// lines above them come and go, unless a new anchor takes them away.
	var reading []string
	readFrom := s.vp.YOffset()
	if changed && s.readingBack() && (v.anchor.follow || v.anchor.key == s.anchor) {
		reading = lines(s.body)
	}
	s.vp.SetWidth(width)
	s.vp.SetHeight(window)
	if changed {
		s.body = v.body
		s.vp.SetContentLines(blankLines(len(body)))
	}
	if resized := s.width != 0 && (s.width != width || s.height != height); resized && s.endShown && !fits {
		// A window made smaller shows what it showed last: the newest
		// lines, when the end was on screen.
		s.vp.SetYOffset(len(body) - window)
	}
	s.width, s.height = width, height
	if v.anchor.key != s.anchor {
		s.anchor, s.seen = v.anchor.key, 0
		if reading == nil {
			s.vp.SetYOffset(v.anchor.line)
			s.back = false // the anchor takes the person elsewhere
		} else {
			s.unread = true // a chat's newest, waiting below
		}
	}
	if reading != nil {
		s.vp.SetYOffset(samePlace(reading, body, readFrom))
	}
	for _, words := range s.find {
		if at := lastLineWith(body, words); at >= 0 {
			if !fits && (at < s.vp.YOffset() || at >= s.vp.YOffset()+window) {
				s.vp.SetYOffset(max(0, at-1))
			}
			break
		}
	}
	s.find = nil
	if v.anchor.keep > 0 && !fits && changed {
		// The field being written comes back into sight as it is typed
		// in (a scroll away to read is left alone); when it is taller
		// than the window, its end, where the typing is.
		top, end := s.vp.YOffset(), v.anchor.line+v.anchor.keep-1
		if end >= top+window {
			top = end - window + 1
		}
		if v.anchor.line < top && v.anchor.keep <= window {
			top = v.anchor.line
		}
		s.vp.SetYOffset(top)
	}
	s.vp.SetYOffset(s.vp.YOffset()) // kept within the body as it is now
	var shown []string
	if fits {
		shown = append(body, make([]string, room-len(body))...)
		s.seen = max(s.seen, len(body)-1)
		s.endShown = true
	} else {
		top := s.vp.YOffset()
		end := min(len(body), top+window)
		shown = append(append([]string{}, body[top:end]...), st.Muted.Render(marker(top, len(body)-end, s.unread, v.undrawn, width)))
		s.seen = max(s.seen, end-1)
		s.endShown = end == len(body)
	}
	s.unread = s.unread && !s.endShown
	s.back = s.back && !s.endShown
	return append(shown, pinned...)
}

// readingBack reports whether the person scrolled up to read, and has not
// had the end on screen since: a list then draws more of what came before.
// A field growing under the list hides its end too, but that is no reading
// back: it is the person's own keys that say so.
func (s *scroller) readingBack() bool { return s.back }

// samePlace is the line of now that shows what line top of was showed:
// where the same few lines stand nearest to it, though lines above them
// came or went. Lines no longer there leave the offset as it was.
func samePlace(was, now []string, top int) int {
	if top >= len(was) {
		return top
	}
	same := was[top:min(len(was), top+3)]
	at := func(i int) bool {
		return i >= 0 && i+len(same) <= len(now) && slices.Equal(now[i:i+len(same)], same)
	}
	for d := 0; d <= max(top, len(now)); d++ {
		if at(top - d) {
			return top - d
		}
		if at(top + d) {
			return top + d
		}
	}
	return top
}

// marker says what is above and below the lines on screen, and whether
// something new came below, in as many words as width allows.
func marker(above, below int, unread, undrawn bool, width int) string {
	long, short := []string{}, []string{}
	switch {
	case below > 0 && unread:
		long = append(long, "↓ "+moreLines(below)+" below, new ones among them (pgdn)")
		short = append(short, "↓ "+strconv.Itoa(below)+" more, some new (pgdn)")
	case below > 0:
		long = append(long, "↓ "+moreLines(below)+" below (pgdn)")
		short = append(short, "↓ "+strconv.Itoa(below)+" more (pgdn)")
	}
	switch {
	case above > 0 && undrawn: // a count of the lines drawn would be short
		long = append(long, "↑ more above (pgup)")
		short = append(short, "↑ more (pgup)")
	case above > 0:
		long = append(long, "↑ "+moreLines(above)+" above (pgup)")
		short = append(short, "↑ "+strconv.Itoa(above)+" (pgup)")
	}
	if m := strings.Join(long, " · "); draw.Width(m) <= width {
		return m
	}
	return strings.Join(short, " · ")
}

func moreLines(n int) string {
	if n == 1 {
		return "1 more line"
	}
	return strconv.Itoa(n) + " more lines"
}

// scrolls reports whether the body does not fit and can be scrolled.
func (s *scroller) scrolls() bool { return s.vp.TotalLineCount() > s.vp.Height() && s.vp.Height() > 0 }

// moreKey is the scroll key the footer offers: pgdn while there is more
// below, pgup once the end is on screen, none when the body fits.
func (s *scroller) moreKey(k ScrollKeys) key.Binding {
	switch {
	case !s.scrolls():
		return enable(k.PageDown, false)
	case s.vp.AtBottom():
		return relabel(k.PageUp, "more above")
	}
	return k.PageDown
}

func (s *scroller) lineUp()   { s.vp.ScrollUp(1); s.back = true }
func (s *scroller) lineDown() { s.vp.ScrollDown(1) }
func (s *scroller) pageUp()   { s.vp.PageUp(); s.back = true }
func (s *scroller) pageDown() { s.vp.PageDown() }
func (s *scroller) top()      { s.vp.GotoTop(); s.back = true }
func (s *scroller) bottom()   { s.vp.GotoBottom() }

// lastLineWith is the last of lines that holds text, as a person reads it
// (without colours), or -1.
func lastLineWith(lines []string, text string) int {
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.Contains(ansi.Strip(lines[i]), text) {
			return i
		}
	}
	return -1
}

// blanks are blank lines for the viewport: it keeps the offset, and the
// lines are drawn here, so it is given as many lines as the body has and
// never measures them. Shared and never written to.
var blanks = make([]string, 256)

func blankLines(n int) []string {
	if n > len(blanks) {
		return make([]string, n)
	}
	return blanks[:n:n]
}

// lines splits a block into its lines; an empty block has none.
func lines(block string) []string {
	if block == "" {
		return nil
	}
	return strings.Split(block, "\n")
}

// scrollKey scrolls for one of the scroll keys and reports whether it was
// one. lines says whether ↑/↓ and home/end are the scroller's here: not
// while a field has them.
func scrollKey(s *scroller, k ScrollKeys, msg tea.KeyPressMsg, lines bool) bool {
	switch {
	case matches(msg, k.PageUp):
		s.pageUp()
	case matches(msg, k.PageDown):
		s.pageDown()
	case lines && matches(msg, k.Up):
		s.lineUp()
	case lines && matches(msg, k.Down):
		s.lineDown()
	case lines && matches(msg, k.Top):
		s.top()
	case lines && matches(msg, k.Bottom):
		s.bottom()
	default:
		return false
	}
	return true
}
