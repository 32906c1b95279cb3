package session

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// playedWorkshop is a workshop moved through its whole script in
// lockstep: table 1 plays the sample session, table 2 stops talking after
// the discussion round, and tables 3 and 4 are never joined.
func playedWorkshop(t *testing.T) *workshopFixture {
	t.Helper()
	f := newWorkshopFixture(t)
	f.seat(0, maya, sam, lee)
	f.seat(1, maya, sam, lee)
	f.in(0, coach, CoachEnters{})
	tables := []*demo{
		{ctx: f.ctx, hub: f.hub, code: f.rooms[0], advance: f.clock.Advance},
		{ctx: f.ctx, hub: f.hub, code: f.rooms[1], advance: f.clock.Advance},
	}
	for i, phase := range testScript().Phases {
		if i > 0 {
			f.do(MoveTriosOn{})
		}
		tables[0].play(phase)
		if i < 3 {
			tables[1].play(phase)
		}
		if i == 8 {
			f.do(BroadcastLine{Text: "Five minutes left, then we meet in plenary"})
		}
	}
	for n, d := range tables {
		if d.err != nil {
			t.Fatalf("table %d: %v", n+1, d.err)
		}
	}
	return f
}

func TestThePlenaryExportsAsMarkdown(t *testing.T) {
	t.Parallel()
	f := playedWorkshop(t)
	md, err := f.hub.PlenaryMarkdown(f.code, coach)
	if err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(goldenFile{t, "workshop.md"}, md)
}

func TestThePlenaryExportsAsJSONThatRoundTrips(t *testing.T) {
	t.Parallel()
	f := playedWorkshop(t)
	data, err := f.hub.PlenaryJSON(f.code, coach)
	if err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(goldenFile{t, "workshop.json"}, data)
	var doc WorkshopDocument
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	again, _ := json.MarshalIndent(doc, "", "  ")
	if !bytes.Equal(append(again, '\n'), data) {
		t.Error("the JSON export does not survive a decode and encode")
	}
	// Each trio's part is its room's own export, as everyone may see it.
	room, _ := ExportJSON(ViewFor(f.room(0), Nobody))
	part, _ := json.MarshalIndent(doc.Trios[0].Room, "", "  ")
	if !bytes.Equal(append(part, '\n'), room) {
		t.Error("table 1's part differs from its room's export")
	}
	if len(doc.Trios) != 4 || doc.Trios[0].PointOfView == "" || doc.Trios[1].PointOfView != "" || doc.Trios[2].Consent != "Not voted on yet." {
		t.Errorf("the trios side by side: %+v", doc.Trios)
	}
}

func TestThePlenaryKeepsPeoplesWordsInTheirCells(t *testing.T) {
	t.Parallel()
	f := newWorkshopFixture(t)
	f.seat(0, maya)
	f.do(MoveTriosOn{})
	f.in(0, maya, SetQuestion{Text: "Pipes | and *stars* | break tables?"})
	md, _ := f.hub.PlenaryMarkdown(f.code, coach)
	if !strings.Contains(string(md), `| 1 | Pipes \| and \*stars\* \| break tables? | – | – | Not voted on yet. |`) {
		t.Errorf("a question with pipes breaks its row:\n%s", md)
	}
}
