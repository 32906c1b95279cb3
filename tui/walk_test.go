package tui

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"trio/content"
	"trio/session"
)

// longTexts is the sample session with every text a person wrote made as
// long as the room allows, each between two marks of its own ("<<7" and
// "7>>") that say which text it is and whether its end was on screen.
type longTexts struct {
	events []session.Event
	// marks holds each text's number by what it is: "position", "card",
	// "draft 2" and so on.
	marks map[string][]mark
	n     int
}

// mark is one text's number and the event that wrote it.
type mark struct{ n, event int }

// filler is what a long text goes on with: sentences a trio might write.
const filler = "We saw it in the interviews, and the numbers from last quarter say the same thing, " +
	"although support hears a different story from the teams who stayed and the ones who left early. "

// lengthen makes text as long as most runes, between its marks.
func (l *longTexts) lengthen(what, text string, most int) string {
	l.n++
	l.marks[what] = append(l.marks[what], mark{l.n, len(l.events)})
	start, end := fmt.Sprintf("<<%d ", l.n), fmt.Sprintf(" %d>>", l.n)
	body := text
	for utf8.RuneCountInString(start+body+end) < most {
		body += " " + filler
	}
	room := most - utf8.RuneCountInString(start+end)
	if r := []rune(body); len(r) > room {
		body = strings.TrimRight(string(r[:room]), " ")
	}
	return start + body + end
}

// longSession plays the sample session and lengthens what people wrote.
func longSession(t *testing.T) *longTexts {
	t.Helper()
	l := &longTexts{marks: map[string][]mark{}}
	for _, e := range demoEvents(t) {
		typ, data, err := session.EncodeBody(e.Body)
		if err != nil {
			t.Fatal(err)
		}
		var body map[string]any
		if err := json.Unmarshal(data, &body); err != nil {
			t.Fatal(err)
		}
		text := func(key, what string, most int) {
			if s, ok := body[key].(string); ok && s != "" {
				body[key] = l.lengthen(what, s, most)
			}
		}
		switch typ {
		case "room-opened":
			text("goal", "goal", session.MaxLineRunes)
			text("question", "opening question", session.MaxLineRunes)
			// Long real names, with accents and several parts.
			long := map[string]string{
				"Maya": "Maya Alexandra Fernández-Ortega",
				"Sam":  "Samuel José María Lindqvist",
				"Lee":  "Lee Nakamura-Oyelaran Brückner",
			}
			for _, p := range body["people"].([]any) {
				person := p.(map[string]any)
				person["name"] = long[person["name"].(string)]
			}
		case "question-set":
			text("text", "the question", session.MaxLineRunes)
		case "goal-set":
			text("text", "goal", session.MaxLineRunes)
		case "contribution-added":
			kind := body["kind"].(string)
			switch kind {
			case string(session.CheckInWord):
				text("text", kind, session.MaxWordRunes)
			case string(session.Question), string(session.Rung):
				text("text", kind, session.MaxLineRunes)
			default:
				text("text", kind, session.MaxTextRunes)
			}
		case "card-written":
			for _, a := range body["answers"].([]any) {
				answer := a.(map[string]any)
				answer["text"] = l.lengthen("card", answer["text"].(string), session.MaxTextRunes)
			}
		case "build-started":
			text("yes", "yes", session.MaxTextRunes)
		case "build-completed":
			text("and", "and", session.MaxTextRunes)
		case "draft-proposed":
			version := fmt.Sprintf("draft %d", len(l.marks["draft"])+1)
			l.marks["draft"] = append(l.marks["draft"], mark{})
			for _, key := range []string{"believe", "because", "wrong_if"} {
				text(key, version, session.MaxTextRunes)
			}
		case "vote-cast":
			text("concern", "concern", session.MaxTextRunes)
		}
		data, err = json.Marshal(body)
		if err != nil {
			t.Fatal(err)
		}
		if e.Body, err = session.DecodeBody(typ, data); err != nil {
			t.Fatal(err)
		}
		l.events = append(l.events, e)
	}
	return l
}

// expected names the texts each kind of phase must let a person read
// whole, on its screen or in the reader.
func (l *longTexts) expected(kind content.Kind, drafts int) []string {
	switch kind {
	case content.KindCheckIn:
		return []string{"check-in"}
	case content.KindFrame:
		return []string{"the question", "goal"}
	case content.KindDiscussion:
		return []string{"position"}
	case content.KindRevealRound:
		return []string{"card", "addition"}
	case content.KindInquiry:
		return []string{"card", "question", "answer", "addition"}
	case content.KindYesAnd:
		return []string{"card", "yes", "and", "addition"}
	case content.KindProsCons:
		return []string{"card", "pro", "con", "addition"}
	case content.KindOneLevelHigher:
		return []string{"rung", "goal"}
	case content.KindPointOfView:
		var all []string
		for i := 1; i <= drafts; i++ {
			all = append(all, fmt.Sprintf("draft %d", i))
		}
		return all
	case content.KindConsent:
		return []string{fmt.Sprintf("draft %d", drafts), "concern"}
	case content.KindClose:
		return []string{"reflection"}
	}
	return nil
}

// walk reads everything a person can reach on the room's screen: each
// card or ladder a panel can pick, scrolled from top to bottom, and every
// text of the reader. It checks each screen fits the terminal.
func walk(t *testing.T, d *driver, width, height int, picks int) string {
	t.Helper()
	var seen strings.Builder
	fits := func() {
		t.Helper()
		fitsTheScreen(t, d, width, height)
	}
	for range max(1, picks) {
		for _, s := range d.scrolledScreens() {
			seen.WriteString(s)
		}
		fits()
		if picks > 0 {
			d.press("right")
		}
	}
	d.press("ctrl+t")
	if d.app.room.reader == nil {
		t.Fatalf("ctrl+t opened no reader:\n%s", d.screen())
	}
	for range len(d.app.room.reader.items) {
		s := d.app.room.reader.scroll
		for range 100 {
			seen.WriteString(d.screen())
			fits()
			before := s.vp.YOffset()
			d.press("pgdown")
			if s.vp.YOffset() == before {
				break
			}
		}
		d.press("right")
	}
	d.press("esc")
	return seen.String()
}

// TestEveryTextCanBeReadWhole walks every phase of the sample session,
// its texts as long as the room allows, at 80x24 and 64x20: every text the
// phase is about is on a screen whole, from its first mark to its last,
// and no screen is taller or wider than the terminal.
func TestEveryTextCanBeReadWhole(t *testing.T) {
	t.Parallel()
	long := longSession(t)
	script := content.Default()
	for i, phase := range script.Phases {
		cut := len(long.events)
		for j, e := range long.events {
			if pc, ok := e.Body.(*session.PhaseChanged); ok && pc.From == i && pc.To == i+1 {
				cut = j
				break
			}
		}
		drafts := 0
		for _, e := range long.events[:cut] {
			if _, ok := e.Body.(*session.DraftProposed); ok {
				drafts++
			}
		}
		picks := 0
		switch phase.Kind {
		case content.KindInquiry, content.KindYesAnd, content.KindProsCons, content.KindOneLevelHigher:
			picks = 4
		}
		for _, size := range [][2]int{{80, 24}, {64, 20}} {
			t.Run(fmt.Sprintf("%02d-%s-%dx%d", i+1, phase.Kind, size[0], size[1]), func(t *testing.T) {
				t.Parallel()
				d := newDriverFrom(t, size[0], size[1], long.events[:cut])
				d.send(openRoomMsg{code: long.events[0].Room})
				seen := walk(t, d, size[0], size[1], picks)
				flat := strings.Join(strings.Fields(seen), " ")
				for _, what := range long.expected(phase.Kind, drafts) {
					var numbers []int
					for _, m := range long.marks[what] {
						if m.event < cut {
							numbers = append(numbers, m.n)
						}
					}
					if len(numbers) == 0 {
						t.Fatalf("the sample session has no %s before this phase ends", what)
					}
					for _, n := range numbers {
						for _, mark := range []string{fmt.Sprintf("<<%d ", n), fmt.Sprintf(" %d>>", n)} {
							if !strings.Contains(flat, mark) {
								t.Errorf("%s %d: %q is on no screen a person can reach", what, n, strings.TrimSpace(mark))
							}
						}
					}
				}
				if t.Failed() {
					t.Logf("the first screen:\n%s", d.screen())
				}
			})
		}
	}
}
