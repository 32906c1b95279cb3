package session

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"trio/content"
)

// playDialogueWell plays a session whose texts are plainly better in
// dialogue: advocacy-heavy positions, one voice dominating, in the
// discussion round; curious questions, builds and even airtime after it.
// The observing coach asks a long question, and the point of view is
// written in its own grammar.
func playDialogueWell(f *fixture) {
	f.t.Helper()
	f.goTo(content.KindDiscussion)
	f.do(maya, StatePosition{Text: "We should obviously rebuild the whole onboarding flow from scratch; everyone knows the first screen confuses people, and the numbers say so every single week."})
	f.do(maya, StatePosition{Text: "That won't work. We need to stop patching it."})
	f.do(sam, StatePosition{Text: "Clearly the invite step is the problem."})
	f.do(lee, StatePosition{Text: "That won't work this quarter."})
	f.writeCards()
	f.goTo(content.KindInquiry)
	q := f.do(lee, AskQuestion{Perspective: f.card(maya), Text: "What leads you to see the whole flow as the problem?"})
	f.do(maya, AnswerQuestion{Question: q.Event.Seq, Text: "Ten sessions where people stalled at different steps."})
	q = f.do(maya, AskQuestion{Perspective: f.card(sam), Text: "What are you seeing in the sessions that I might not be?"})
	f.do(sam, AnswerQuestion{Question: q.Event.Seq, Text: "People want their team in before they build anything."})
	q = f.do(sam, AskQuestion{Perspective: f.card(lee), Text: "Where are you least sure about shipping in small steps?"})
	f.do(lee, AnswerQuestion{Question: q.Event.Seq, Text: "Whether small releases change how the whole flow feels."})
	f.do(coach, AskQuestion{Perspective: f.card(maya), Text: "As your coach I wonder, and this is a long question on purpose so that it would tip any share, what would each of you keep from the other views if you had to choose today?"})
	f.goTo(content.KindYesAnd)
	for _, b := range []struct {
		who, on   ParticipantID
		yes, also string
	}{
		{maya, sam, "the invite is where people give up", "a shorter path could start with it"},
		{sam, lee, "learning from real teams matters to me too", "the invite is a small first release"},
		{lee, maya, "the first board is the moment that counts", "we can measure it from the first release"},
	} {
		res := f.do(b.who, SayYes{Perspective: f.card(b.on), Yes: b.yes})
		f.do(b.who, SayAnd{Build: res.Event.Seq, And: b.also})
	}
	f.goTo(content.KindPointOfView)
	f.do(maya, ProposeDraft{Believe: "we should ship a shorter invite first", Because: "we must learn from real teams", WrongIf: "fewer teams reach a shared board"})
	f.goTo(content.KindClose)
	f.do(sam, Reflect{Text: "I asked more than I argued."})
}

// playDiscussionWell is the reverse: curious, even positions in the
// discussion round, then one voice pushing its view in the dialogue.
func playDiscussionWell(f *fixture) {
	f.t.Helper()
	f.goTo(content.KindDiscussion)
	f.do(maya, StatePosition{Text: "What are you each seeing in the sessions?"})
	f.do(sam, StatePosition{Text: "What if we tried a shorter invite step?"})
	f.do(lee, StatePosition{Text: "Which part of the flow worries you most?"})
	f.writeCards()
	f.goTo(content.KindProsCons)
	f.do(maya, AddCon{Perspective: f.card(sam), Text: "That won't work, obviously: we need to rebuild everything, because everyone knows the flow is broken and always has been, and patching it one step at a time never fixes it."})
	f.do(maya, AddCon{Perspective: f.card(lee), Text: "Clearly too slow; we should stop."})
	f.do(sam, AddPro{Perspective: f.card(lee), Text: "Fine."})
	f.do(lee, AddPro{Perspective: f.card(maya), Text: "Bold."})
}

func TestTheCloseSaysDialogueWentBetterWhenItDid(t *testing.T) {
	t.Parallel()
	f := newFixtureOf(t, content.Default())
	playDialogueWell(f)
	v := ViewFor(f.room(), Nobody)
	rd := MeasureView(v).Contrast.Reading
	if rd.AdvocacyCues != DialogueBetter || rd.Questions != DialogueBetter || rd.Airtime != DialogueBetter {
		t.Errorf("reading: %+v", rd)
	}
	const want = "Dialogue went better than the discussion round: fewer advocacy cues per contribution, more questions per contribution and more even airtime."
	theExportsSay(t, v, want, DialogueBetter)
}

func TestTheCloseSaysTheDiscussionWentBetterWhenItDid(t *testing.T) {
	t.Parallel()
	f := newFixtureOf(t, content.Default())
	playDiscussionWell(f)
	v := ViewFor(f.room(), Nobody)
	rd := MeasureView(v).Contrast.Reading
	if rd.AdvocacyCues != DiscussionBetter || rd.Questions != DiscussionBetter || rd.Airtime != DiscussionBetter {
		t.Errorf("reading: %+v", rd)
	}
	const want = "The discussion round went better than dialogue: fewer advocacy cues per contribution, more questions per contribution and more even airtime."
	theExportsSay(t, v, want, DiscussionBetter)
}

// theExportsSay checks that the reading is in both exports, as the close
// shows it.
func theExportsSay(t *testing.T, v View, summary string, better Better) {
	t.Helper()
	if got := MeasureView(v).Contrast.Reading.Summary; got != summary {
		t.Errorf("summary:\n got %s\nwant %s", got, summary)
	}
	if md := string(ExportMarkdown(v)); !strings.Contains(md, "\n"+summary+"\n") {
		t.Errorf("the Markdown export does not say %q:\n%s", summary, md)
	}
	data, err := ExportJSON(v)
	if err != nil {
		t.Fatal(err)
	}
	var doc Document
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	rd := doc.Metrics.Contrast.Reading
	if rd.Summary != summary || rd.AdvocacyCues != better || rd.Questions != better || rd.Airtime != better {
		t.Errorf("the JSON export reads %+v", rd)
	}
}

// The contrast is worded from the figures, whichever way they go.
func TestTheReadingFollowsTheFigures(t *testing.T) {
	t.Parallel()
	side := func(contributions, questions, cues, spread int) Side {
		return Side{Figures: Figures{Contributions: contributions, Words: 10 * contributions, Questions: questions, Cues: cues}, AirtimeSpread: float64(spread) / 100}
	}
	for _, tc := range []struct {
		name                 string
		discussion, dialogue Side
		has                  bool
		want                 string
	}{
		{"mixed", side(4, 0, 4, 10), side(20, 5, 10, 40), true,
			"Dialogue had fewer advocacy cues per contribution and more questions per contribution; the discussion round had more even airtime."},
		{"rates, not counts", side(4, 0, 2, 30), side(40, 10, 10, 30), true,
			"Dialogue went better than the discussion round: fewer advocacy cues per contribution and more questions per contribution. The spread of airtime was the same in both."},
		{"even", side(4, 1, 2, 20), side(8, 2, 4, 20), true,
			"The discussion round and dialogue came out even: advocacy cues, questions and the spread of airtime were the same in both."},
		{"nothing in the discussion round", side(0, 0, 0, 0), side(8, 2, 0, 20), true,
			"Nothing was said in the discussion round, so there is nothing to set the dialogue beside."},
		{"no discussion round", Side{}, side(8, 2, 0, 20), false,
			"This script has no discussion round, so these are the dialogue's figures alone."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			rd := read(Contrast{HasDiscussion: tc.has, Discussion: tc.discussion, Dialogue: tc.dialogue})
			if rd.Summary != tc.want {
				t.Errorf("summary:\n got %s\nwant %s", rd.Summary, tc.want)
			}
		})
	}
	rd := read(Contrast{HasDiscussion: true, Discussion: side(4, 0, 11, 29), Dialogue: side(24, 3, 1, 13)})
	want := []string{
		"Advocacy cues: 11 in 4 contributions in the discussion round, 1 in 24 in dialogue.",
		"Questions: 0 of 4 contributions in the discussion round, 3 of 24 in dialogue.",
		"Airtime: 29 points between the most and the least heard in the discussion round, 13 in dialogue.",
	}
	if strings.Join(rd.Details, "\n") != strings.Join(want, "\n") {
		t.Errorf("details:\n%s\nwant:\n%s", strings.Join(rd.Details, "\n"), strings.Join(want, "\n"))
	}
}

// Per person and per phase, the figures add up to the same totals: in the
// room's metrics, in the JSON export and in the Markdown export's tables.
func TestTheFiguresAddUp(t *testing.T) {
	t.Parallel()
	f := newFixtureOf(t, content.Default())
	playDialogueWell(f)
	v := ViewFor(f.room(), Nobody)
	m := MeasureView(v)
	metricsAddUp(t, "metrics", m)
	if m.Total.Contributions == 0 || m.Contrast.Discussion.Figures.Cues == 0 {
		t.Fatalf("nothing counted: %+v", m.Total)
	}
	data, err := ExportJSON(v)
	if err != nil {
		t.Fatal(err)
	}
	var doc Document
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	metricsAddUp(t, "JSON export", doc.Metrics)
	markdownAddsUp(t, string(ExportMarkdown(v)))
}

func metricsAddUp(t *testing.T, where string, m Metrics) {
	t.Helper()
	var byPhase Figures
	phase := map[string]Figures{}
	for _, p := range m.Phases {
		if got := sum(p.People); got != p.Total {
			t.Errorf("%s: phase %s: its people add up to %+v, its total is %+v", where, p.Phase, got, p.Total)
		}
		byPhase.add(p.Total)
		phase[p.Phase] = p.Total
	}
	if got := sum(m.People); got != m.Total || byPhase != m.Total {
		t.Errorf("%s: per person %+v, per phase %+v, total %+v", where, got, byPhase, m.Total)
	}
	for _, s := range []Side{m.Contrast.Discussion, m.Contrast.Dialogue} {
		var ofPhases Figures
		for _, id := range s.Phases {
			ofPhases.add(phase[id])
		}
		if got := sum(s.People); got != s.Figures || ofPhases != s.Figures {
			t.Errorf("%s: a side's people add up to %+v and its phases to %+v; its figures are %+v", where, got, ofPhases, s.Figures)
		}
	}
}

// markdownAddsUp reads the export's tables back: in each, the rows above
// an "All" row add up to it, and the per-person and per-phase tables, and
// each side of the contrast and its phases, come to the same sums.
func markdownAddsUp(t *testing.T, md string) {
	t.Helper()
	tables := markdownTables(md)
	if len(tables) < 3 {
		t.Fatalf("want the contrast, per person and per phase tables last, found %d tables:\n%s", len(tables), md)
	}
	tables = tables[len(tables)-3:]
	contrast, people, phases := tables[0], tables[1], tables[2]
	// Columns: contributions, questions, cues, builds given.
	number := func(cell string) int {
		if cell == "–" {
			return 0
		}
		n, err := strconv.Atoi(cell)
		if err != nil {
			t.Fatalf("%q is not a number", cell)
		}
		return n
	}
	counts := func(row []string, cols ...int) [4]int {
		var out [4]int
		for i, c := range cols {
			out[i] = number(row[c])
		}
		return out
	}
	add := func(a, b [4]int) [4]int {
		for i := range a {
			a[i] += b[i]
		}
		return a
	}
	allOf := func(name string, rows [][]string, label int, cols ...int) (sums [][4]int) {
		var running [4]int
		for _, row := range rows {
			if row[label] == "All" {
				if got := counts(row, cols...); got != running {
					t.Errorf("%s: the rows add up to %v, the All row says %v", name, running, got)
				}
				sums = append(sums, running)
				running = [4]int{}
				continue
			}
			running = add(running, counts(row, cols...))
		}
		return sums
	}
	sides := allOf("contrast", contrast, 1, 2, 3, 4, 5)
	person := allOf("per person", people, 0, 1, 3, 4, 5)
	phase := allOf("per phase", phases, 0, 1, 2, 3, 4)
	if len(sides) != 2 || len(person) != 1 || len(phase) != 1 || person[0] != phase[0] {
		t.Errorf("per person %v and per phase %v do not come to the same sums", person, phase)
	}
	byTitle := map[string][4]int{}
	for _, row := range phases {
		byTitle[row[0]] = counts(row, 1, 2, 3, 4)
	}
	var dialogue [4]int
	for _, title := range []string{"Reveal round", "Inquiry", "Yes, and", "Pros and cons", "One level higher"} {
		dialogue = add(dialogue, byTitle[title])
	}
	if len(sides) == 2 && (sides[0] != byTitle["Discussion round"] || sides[1] != dialogue) {
		t.Errorf("the contrast's sides %v are not the sums of their phases: discussion %v, dialogue %v",
			sides, byTitle["Discussion round"], dialogue)
	}
}

// markdownTables gives each table's body rows, cells trimmed.
func markdownTables(md string) [][][]string {
	var tables [][][]string
	var rows [][]string
	header := 0
	for _, line := range strings.Split(md+"\n", "\n") {
		if !strings.HasPrefix(line, "|") {
			if rows != nil {
				tables = append(tables, rows)
			}
			rows, header = nil, 0
			continue
		}
		if header < 2 { // the header and the line under it
			header++
			rows = [][]string{}
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		rows = append(rows, cells)
	}
	return tables
}

// The balance figures are the trio's: the observing coach's long question
// is in the record, and in no share, spread or count.
func TestAnObserverIsInNoFigure(t *testing.T) {
	t.Parallel()
	f := newFixtureOf(t, content.Default())
	playDialogueWell(f)
	v := ViewFor(f.room(), Nobody)
	m := MeasureView(v)
	lists := [][]PersonFigures{m.People, m.Contrast.Discussion.People, m.Contrast.Dialogue.People}
	for _, p := range m.Phases {
		lists = append(lists, p.People)
	}
	for _, list := range lists {
		for _, p := range list {
			if p.Person == coach {
				t.Fatalf("the coach is in the figures: %+v", p)
			}
		}
	}
	if q := m.Contrast.Dialogue.Figures.Questions; q != 3 {
		t.Errorf("the dialogue counts %d questions, want the trio's 3", q)
	}
	var shares float64
	for _, p := range m.Contrast.Dialogue.People {
		shares += p.Airtime
	}
	if shares < 0.99 || shares > 1.01 {
		t.Errorf("the trio's shares of the dialogue add up to %.3f, not 1", shares)
	}
	md := string(ExportMarkdown(v))
	for _, want := range []string{"As your coach I wonder", "The figures are the trio's: Cora, who observed, is not counted."} {
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown export does not say %q", want)
		}
	}
	if strings.Contains(md, "| Cora |") {
		t.Error("the coach has a row in the Markdown figures")
	}
}

// Cues are counted only where the phase counts them: the point of view's
// "we should" is not advocacy, and is not set beside the discussion round.
func TestCuesAreCountedWhereThePhaseCountsThem(t *testing.T) {
	t.Parallel()
	f := newFixtureOf(t, content.Default())
	playDialogueWell(f)
	m := MeasureView(ViewFor(f.room(), Nobody))
	for _, p := range m.Phases {
		switch p.Kind {
		case content.KindPointOfView:
			if p.CuesCounted || p.Total.Contributions != 1 || p.Total.Cues != 0 {
				t.Errorf("the point of view: %+v", p)
			}
		case content.KindDiscussion:
			if !p.CuesCounted || p.Total.Cues < 6 {
				t.Errorf("the discussion round: %+v", p)
			}
		}
	}
	if got := fmt.Sprint(m.Contrast.Dialogue.Phases); got != "[reveal inquiry yes-and pros-cons one-level-higher]" {
		t.Errorf("the dialogue side is made of %s", got)
	}

	// A script that counts cues in its point of view sets it beside the
	// discussion round too.
	script := content.Default()
	yes := true
	for i, p := range script.Phases {
		if p.Kind == content.KindPointOfView {
			script.Phases[i].CountCues = &yes
		}
	}
	f = newFixtureOf(t, script)
	playDialogueWell(f)
	m = MeasureView(ViewFor(f.room(), Nobody))
	if d := m.Contrast.Dialogue; d.Figures.Cues != 2 || !strings.Contains(fmt.Sprint(d.Phases), "point-of-view") {
		t.Errorf("a point of view that counts: %+v", d)
	}
}
