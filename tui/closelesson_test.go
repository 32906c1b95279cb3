package tui

import (
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"trio/content"
	"trio/session"
)

// playDialogueWell plays a session that is plainly better in dialogue:
// advocacy-heavy positions from one loud voice in the discussion round,
// then curious questions, builds and even airtime. The observing coach
// asks a long question of her own.
func playDialogueWell(d *driver, code string) {
	d.t.Helper()
	d.goTo(content.KindDiscussion)
	d.as(code, "maya", session.StatePosition{Text: "We should obviously rebuild the whole onboarding flow from scratch; everyone knows the first screen confuses people, and the numbers say so every week."})
	d.as(code, "maya", session.StatePosition{Text: "That won't work. We need to stop patching it."})
	d.as(code, "sam", session.StatePosition{Text: "Clearly the invite step is the problem."})
	d.as(code, "lee", session.StatePosition{Text: "That won't work this quarter."})
	closeCards(d, code)
	d.goTo(content.KindInquiry)
	card := closeCard(d, code)
	for _, qa := range []struct{ asker, author, q, a string }{
		{"lee", "maya", "What leads you to see the whole flow as the problem?", "Ten sessions where people stalled at different steps."},
		{"maya", "sam", "What are you seeing in the sessions that I might not be?", "People want their team in before they build anything."},
		{"sam", "lee", "Where are you least sure about shipping in small steps?", "Whether small releases change how the whole flow feels."},
	} {
		q := d.as(code, session.ParticipantID(qa.asker), session.AskQuestion{Perspective: card(qa.author), Text: qa.q})
		d.as(code, session.ParticipantID(qa.author), session.AnswerQuestion{Question: q.Event.Seq, Text: qa.a})
	}
	d.as(code, "cora", session.AskQuestion{Perspective: card("maya"), Text: "As your coach I wonder, and I ask it at length on purpose, what each of you would keep from the other views if you had to choose today?"})
	d.goTo(content.KindYesAnd)
	for _, b := range []struct{ who, on, yes, and string }{
		{"maya", "sam", "the invite is where people give up", "a shorter path could start with it"},
		{"sam", "lee", "learning from real teams matters to me too", "the invite is a small first release"},
		{"lee", "maya", "the first board is the moment that counts", "we can measure it from the first release"},
	} {
		res := d.as(code, session.ParticipantID(b.who), session.SayYes{Perspective: card(b.on), Yes: b.yes})
		d.as(code, session.ParticipantID(b.who), session.SayAnd{Build: res.Event.Seq, And: b.and})
	}
	d.goTo(content.KindPointOfView)
	d.as(code, "maya", session.ProposeDraft{Believe: "we should ship a shorter invite first", Because: "we must learn from real teams"})
	d.goTo(content.KindClose)
}

// playDiscussionWell is the reverse: curious, even positions in the
// discussion round, then one voice pushing its view in the dialogue.
func playDiscussionWell(d *driver, code string) {
	d.t.Helper()
	d.goTo(content.KindDiscussion)
	d.as(code, "maya", session.StatePosition{Text: "What are you each seeing in the sessions?"})
	d.as(code, "sam", session.StatePosition{Text: "What if we tried a shorter invite step?"})
	d.as(code, "lee", session.StatePosition{Text: "Which part of the flow worries you most?"})
	closeCards(d, code)
	d.goTo(content.KindProsCons)
	card := closeCard(d, code)
	d.as(code, "maya", session.AddCon{Perspective: card("sam"), Text: "That won't work, obviously: we need to rebuild everything, because everyone knows the flow is broken and always has been, and patching it one step at a time never fixes it."})
	d.as(code, "maya", session.AddCon{Perspective: card("lee"), Text: "Clearly too slow; we should stop."})
	d.as(code, "sam", session.AddPro{Perspective: card("lee"), Text: "Fine."})
	d.as(code, "lee", session.AddPro{Perspective: card("maya"), Text: "Bold."})
	d.goTo(content.KindClose)
}

// closeCards has the trio write their cards.
func closeCards(d *driver, code string) {
	d.t.Helper()
	d.goTo(content.KindSilentWriting)
	for _, who := range []session.ParticipantID{"maya", "sam", "lee"} {
		d.as(code, who, session.WriteCard{Answers: map[string]string{"position": "The view of " + string(who) + "."}})
	}
}

func closeCard(d *driver, code string) func(who string) int {
	return func(who string) int {
		card, ok := mustRoom(d, code).CardOf(session.ParticipantID(who))
		if !ok {
			d.t.Fatalf("%s has no card", who)
		}
		return card.ID
	}
}

// The close words the contrast from the figures: a session that went
// better in dialogue reads so, and one that went better in the discussion
// round reads the other way, on screen and in both exports.
func TestTheCloseSaysWhatTheFiguresSay(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		play func(*driver, string)
		want string
	}{
		{"dialogue went better", playDialogueWell,
			"Dialogue went better than the discussion round: fewer advocacy cues per contribution, more questions per contribution and more even airtime."},
		{"the discussion round went better", playDiscussionWell,
			"The discussion round went better than dialogue: fewer advocacy cues per contribution, more questions per contribution and more even airtime."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := newDriver(t, 140, 45)
			code := d.openRoom(content.Default())
			tc.play(d, code)
			d.sees(strings.Join(strings.Fields(tc.want)[:14], " "))
			v := publicView(t, d, code)
			if md := string(session.ExportMarkdown(v)); !strings.Contains(md, tc.want) {
				t.Errorf("the Markdown export does not say it:\n%s", md)
			}
			data, err := session.ExportJSON(v)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(data), `"summary": "`+tc.want+`"`) {
				t.Errorf("the JSON export does not say it")
			}
		})
	}
}

// Person by person and side by side, the close's table adds up to the
// room's figures, and so do the summary's tables; the observing coach is
// in none of them.
func TestTheFiguresOnScreenAddUp(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 140, 45)
	code := d.openRoom(content.Default())
	playDialogueWell(d, code)
	m := session.MeasureView(publicView(t, d, code))
	d.doesNotSee("Cora  ")

	sides := closeTableSums(t, d.screen())
	want := [][4]int{figuresOf(m.Contrast.Discussion.Figures), figuresOf(m.Contrast.Dialogue.Figures)}
	if len(sides) != 2 || sides[0] != [3]int(want[0][:3]) || sides[1] != [3]int(want[1][:3]) {
		t.Errorf("the close's table sums to %v, the room's sides to %v:\n%s", sides, want, d.screen())
	}

	doc := session.Export(publicView(t, d, code))
	summary := strings.Split(ansi.Strip(summaryDocument(d.app.sh.Styles, doc, 138)), "\n")
	contrast := summaryTableSums(t, summary, "Discussion round", 2)
	if len(contrast) != 2 || contrast[0] != want[0] || contrast[1] != want[1] {
		t.Errorf("the summary's contrast sums to %v, the room's sides to %v", contrast, want)
	}
	total := figuresOf(m.Total)
	people := summaryTableSums(t, summary, "Person", 1)
	phases := summaryTableSums(t, summary, "Phase", 1)
	if people[0] != total || phases[0] != total {
		t.Errorf("per person %v and per phase %v, the room's total %v", people, phases, total)
	}
	for _, line := range summary {
		if strings.HasPrefix(strings.TrimSpace(line), "Cora ") && strings.ContainsAny(line, "0123456789") {
			t.Errorf("the coach has a row of figures in the summary: %q", line)
		}
	}
}

// figuresOf gives what the tables show: contributions, questions, advocacy
// cues and builds given.
func figuresOf(f session.Figures) [4]int {
	return [4]int{f.Contributions, f.Questions, f.Cues, f.BuildsGiven}
}

// closeTableSums reads the close's table: under "said asked cues air",
// each person's row, then the sums in the All row, side by side. It checks
// that the rows add up to All, and gives All's contributions, questions
// and cues per side.
func closeTableSums(t *testing.T, screen string) [][3]int {
	t.Helper()
	var running [2][3]int
	in := false
	for _, line := range strings.Split(screen, "\n") {
		_, panel, _ := strings.Cut(line, "│ ")
		fields := strings.Fields(panel)
		switch {
		case strings.Contains(panel, "said asked  cues  air"):
			in = true
		case !in || len(fields) == 0:
		case fields[0] == "All":
			var all [2][3]int
			for s := range 2 {
				for i := range 3 {
					all[s][i] = atoi(t, fields[1+3*s+i])
				}
				if running[s] != all[s] {
					t.Errorf("side %d: the rows add up to %v, All says %v", s+1, running[s], all[s])
				}
			}
			return [][3]int{all[0], all[1]}
		default: // a name, then said, asked, cues and air for each side
			for s := range 2 {
				for i := range 3 {
					running[s][i] += atoi(t, fields[1+4*s+i])
				}
			}
		}
	}
	t.Fatalf("no table on the close:\n%s", screen)
	return nil
}

// summaryTableSums reads a table of the summary from the line that starts
// with start: it checks that the rows above each All row add up to it,
// and gives the All rows' contributions, questions, cues and builds.
func summaryTableSums(t *testing.T, lines []string, start string, tables int) [][4]int {
	t.Helper()
	var sums [][4]int
	var running [4]int
	in := false
	for _, line := range lines {
		fields := strings.Fields(line)
		if !in {
			in = strings.HasPrefix(line, start)
			if !in {
				continue
			}
		}
		var numbers []int
		for _, f := range fields {
			if f == "–" {
				numbers = append(numbers, 0)
			} else if n, err := strconv.Atoi(f); err == nil {
				numbers = append(numbers, n)
			}
		}
		if len(numbers) < 4 {
			continue
		}
		row := [4]int(numbers[:4])
		if fields[0] != "All" {
			for i := range row {
				running[i] += row[i]
			}
			continue
		}
		if running != row {
			t.Errorf("the rows from %q add up to %v, All says %v", start, running, row)
		}
		sums, running = append(sums, row), [4]int{}
		if len(sums) == tables {
			return sums
		}
	}
	t.Fatalf("no table from %q in the summary:\n%s", start, strings.Join(lines, "\n"))
	return nil
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("%q is not a number", s)
	}
	return n
}
