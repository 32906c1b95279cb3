package server

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"trio/session"
)

// paste is what a terminal sends for pasted text: bracketed paste.
func paste(s string) string { return "\x1b[200~" + s + "\x1b[201~" }

// TestHostileTextKeepsEveryLayoutIntact: Sam pastes a name of 10,000
// characters, a check-in word carrying 10,000 combining marks, and a
// 100 KB position full of bidi overrides, zero-width characters, emoji
// and wide clusters, tabs and invalid UTF-8. Each cap is told to him in
// words, and every screen in the room keeps its layout at 80x24.
func TestHostileTextKeepsEveryLayoutIntact(t *testing.T) {
	t.Parallel()
	ts := startServer(t)
	maya := newPerson(t, "maya")
	sam := newPerson(t, strings.Repeat("s\u202e\u200b", 3400)) // a user name of 10,200 characters
	code := ts.openRoom(maya)
	mayas := ts.open(maya, 80, 24, "join "+code)
	mayas.waitFor("Phase 1 of 12")

	sams := ts.open(sam, 80, 24, "join "+code)
	sams.waitFor("Join a room", "guest") // a user name that cannot be a name
	sams.keys(paste(strings.Repeat("Sam\u200d\u202e\u0301", 2500)))
	sams.waitFor("Only the first 32 characters were kept: a name can be no longer.")
	sams.keys("[enter]Design[enter]")
	sams.waitFor("A name can't contain invisible characters.")
	checkJoinLayout(t, sams)
	sams.keys("[tab]\x15Sam[enter][enter]") // ctrl+u empties the field
	sams.waitFor("Phase 1 of 12")
	room := func() session.Room { r, _ := ts.hub.Room(code); return r }
	waitUntil(t, "Sam is in the room", func() bool { return len(room().People) == 2 })
	for _, p := range room().People {
		if n := len([]rune(p.Name)); n > session.MaxNameRunes {
			t.Fatalf("a name of %d characters was stored", n)
		}
		if strings.ContainsAny(p.Name, "\u202e\u200b\u200d") {
			t.Fatalf("an invisible or bidi character stayed in the name %q", p.Name)
		}
	}
	checkLayouts(t, "check-in, Sam joined", mayas, sams)

	sams.keys("[enter]" + paste("e"+strings.Repeat("\u0301", 10_000)))
	sams.waitFor("Only the first 32 characters were kept")
	sams.keys("[enter]")
	waitUntil(t, "Sam's word", func() bool { return len(room().ContributionsOf(session.CheckInWord)) == 1 })
	mayas.keys("[ctrl+r]") // a change, so every terminal draws again
	checkLayouts(t, "check-in, Sam's word", mayas, sams)

	ts.moveOn(mayas, code, 2)
	sams.waitFor("Phase 3 of 12: Discussion round")
	var hostile strings.Builder
	for i := 0; hostile.Len() < 100_000; i++ {
		fmt.Fprintf(&hostile, "\u202eevil\u202c\u2066x\u2069 zero\u200bwidth\ufeff 👩‍👩‍👧‍👦 🇳🇱 宽字符 tab\there \xff\xfe%d ", i)
	}
	sams.keys("[enter]" + paste(hostile.String()))
	sams.waitFor("Only the first 1,000 characters were kept: a text here can be no longer.")
	checkLayouts(t, "discussion, Sam's paste in his field", mayas, sams)
	sams.keys("[enter]")
	waitUntil(t, "Sam's position", func() bool { return len(room().ContributionsOf(session.Position)) == 1 })
	sams.waitFor("characters were removed from what you typed")
	mayas.waitFor("👩‍👩‍👧‍👦")
	checkLayouts(t, "discussion, Sam's position", mayas, sams)

	stored := room().ContributionsOf(session.Position)[0].Text
	if strings.ContainsAny(stored, "\u202e\u202c\u2066\u2069\u200b\ufeff\t\ufffd") {
		t.Fatalf("the stored position kept a bidi, invisible, tab or invalid character: %q", stored)
	}
}

// checkLayouts asserts each terminal shows a room screen in its usual
// shape: the header's two lines, a rule across the whole width, the
// sidebar's border straight down the same column, and the keys at the
// bottom. Text that escaped its box would shift or break one of them.
func checkLayouts(t *testing.T, moment string, terms ...*terminal) {
	t.Helper()
	for _, term := range terms {
		deadline := time.Now().Add(5 * time.Second)
		for problem := layoutProblem(term); problem != ""; problem = layoutProblem(term) {
			if time.Now().After(deadline) {
				t.Fatalf("%s: %s\n%s", moment, problem, term.screen())
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
}

func layoutProblem(term *terminal) string {
	term.mu.Lock()
	defer term.mu.Unlock()
	w, h := term.vt.Width(), term.vt.Height()
	row := func(y int) []string {
		cells := make([]string, w)
		for x := range w {
			if c := term.vt.CellAt(x, y); c != nil {
				cells[x] = c.Content
			}
		}
		return cells
	}
	if line := strings.Join(row(1), ""); !strings.Contains(line, "Phase ") {
		return "the second line is not the phase stepper: " + line
	}
	rule := -1
	for y := 2; y < h && rule < 0; y++ {
		if strings.Join(row(y), "") == strings.Repeat("─", w) {
			rule = y
		}
	}
	if rule < 0 {
		return "no rule across the whole width"
	}
	border := -1
	for x, c := range row(rule + 1) {
		if c == "│" {
			border = x
			break
		}
	}
	if border < 0 {
		return "no sidebar border under the rule"
	}
	for y := rule + 1; y < h-5; y++ {
		if c := row(y)[border]; c != "│" {
			return fmt.Sprintf("the sidebar border is broken on line %d: %q", y+1, strings.Join(row(y), ""))
		}
	}
	if footer := strings.Join(row(h-1), ""); !strings.HasSuffix(strings.TrimRight(footer, " "), "ctrl+p menu") {
		return "the last line is not the keys: " + footer
	}
	return ""
}

// checkJoinLayout asserts the join screen keeps its shape: the name field
// on one line, the role's label and the keys where they belong.
func checkJoinLayout(t *testing.T, term *terminal) {
	t.Helper()
	lines := strings.Split(term.screen(), "\n")
	if len(lines) < 24 || !strings.HasPrefix(strings.TrimSpace(lines[7]), "│") ||
		!strings.Contains(lines[9], "Your role") || !strings.Contains(lines[23], "ctrl+c quit") {
		t.Fatalf("the join screen lost its shape:\n%s", term.screen())
	}
}
