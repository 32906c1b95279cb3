package tui

import (
	"testing"

	"trio/content"
	"trio/session"
)

// setupWalk opens the setup from the home screen.
func setupWalk(t *testing.T, width, height int) *driver {
	t.Helper()
	d := newDriver(t, width, height)
	d.press("n")
	if d.app.screen != screenSetup {
		t.Fatalf("n on the home screen did not open the setup:\n%s", d.screen())
	}
	return d
}

// typeTrio fills the three people rows, starting on the first name.
func typeTrio(d *driver, names ...string) {
	d.t.Helper()
	for _, name := range names {
		d.typeText(name)
		d.press("enter", "enter") // past the role to the next name
	}
}

// toStart moves the keyboard to the Start button.
func toStart(d *driver) {
	d.t.Helper()
	for range 40 {
		if d.app.setup.at.spot == spotStart {
			return
		}
		d.press("tab")
	}
	d.t.Fatal("tab never reached Start")
}

func TestSetupShowsEveryFieldAt80x24(t *testing.T) {
	t.Parallel()
	d := setupWalk(t, 80, 24)
	d.sees("Set up a new workshop", "▸ The question", "A shared goal", "optional",
		"Dialogue versus discussion · about 64 minutes", "1 of 2",
		"Product", "Design", "Engineering", "Name", "★ facilitates",
		"+ Add a person", "Coach", "joins as an observer and facilitates", "Start the workshop",
		"enter next field", "esc back")
}

func TestSetupOpensTheRoomWithTheCoachFacilitating(t *testing.T) {
	t.Parallel()
	d := setupWalk(t, 80, 24)
	d.typeText("Should we rebuild onboarding?")
	d.press("enter")
	d.typeText("Fewer new teams drop out")
	d.press("enter", "right")
	d.sees("▸ Script", "Dialogue versus discussion, short · about 30 minutes", "2 of 2")
	d.press("enter")
	typeTrio(d, "Maya", "Sam", "Lee")
	d.sees("▸ + Add a person")
	d.press("tab")
	d.typeText("Cora")
	d.sees("the coach facilitates")
	d.doesNotSee("★ facilitates")
	d.press("enter")
	d.sees("▸ [ Start the workshop ]", "enter opens the room")
	d.press("enter")

	if d.app.screen != screenRoom {
		t.Fatalf("Start did not open the room:\n%s", d.screen())
	}
	room, err := d.hub.Room(d.app.room.code)
	if err != nil {
		t.Fatal(err)
	}
	if room.Question != "Should we rebuild onboarding?" || room.Goal != "Fewer new teams drop out" {
		t.Errorf("question %q, goal %q", room.Question, room.Goal)
	}
	if room.Script.Name != "short" {
		t.Errorf("script %q, want the short one chosen with →", room.Script.Name)
	}
	want := []session.Participant{
		{Name: "Maya", Role: "Product"}, {Name: "Sam", Role: "Design"},
		{Name: "Lee", Role: "Engineering"}, {Name: "Cora", Role: "Coach", Observer: true},
	}
	if len(room.People) != len(want) {
		t.Fatalf("people %+v", room.People)
	}
	for i, w := range want {
		p := room.People[i]
		if p.Name != w.Name || p.Role != w.Role || p.Observer != w.Observer {
			t.Errorf("person %d is %+v, want %+v", i, p, w)
		}
	}
	if room.Facilitator != room.People[3].ID {
		t.Errorf("the facilitator is %q, want the coach %q", room.Facilitator, room.People[3].ID)
	}
	d.sees("Should we rebuild onboarding?", "Cora", "Maya")
}

func TestSetupWithoutACoachTheFirstPersonFacilitates(t *testing.T) {
	t.Parallel()
	d := setupWalk(t, 80, 24)
	d.typeText("What do we ship first?")
	d.press("enter", "enter", "enter") // past the goal and the script
	typeTrio(d, "Maya", "Sam", "Lee")
	d.press("tab", "tab", "enter") // past the coach to Start
	if d.app.screen != screenRoom {
		t.Fatalf("Start did not open the room:\n%s", d.screen())
	}
	room, _ := d.hub.Room(d.app.room.code)
	if len(room.People) != 3 || room.Facilitator != room.People[0].ID || room.Script.Name != content.Default().Name {
		t.Errorf("people %+v, facilitator %q, script %q", room.People, room.Facilitator, room.Script.Name)
	}
}

func TestSetupSaysWhatIsMissingAndKeepsEverything(t *testing.T) {
	t.Parallel()
	d := setupWalk(t, 80, 24)
	d.press("shift+tab") // straight to Start
	d.press("enter")
	d.sees("✗ Write the question you will work on together",
		"✗ Give this person a name, or remove the row with ctrl+x.",
		"Fix what is marked ✗ above; everything you typed is kept.")
	if n := len(d.hub.Rooms()); n != 0 {
		t.Fatalf("a room was opened with nothing filled in: %d rooms", n)
	}
	// The keyboard went to the first thing to fix.
	d.sees("▸ The question")
	d.typeText("Should we rebuild onboarding?")
	d.doesNotSee("Write the question you will work on together")
	d.press("enter", "enter", "enter")
	typeTrio(d, "Sam", "Sаm", "Lee") // the second has a Cyrillic а
	d.sees("✗ “Sam” and “Sаm” look the same: give each person a name of their own.")
	toStart(d)
	d.press("enter")
	if n := len(d.hub.Rooms()); n != 0 {
		t.Fatalf("a room was opened with look-alike names")
	}
	// The keyboard is on the name to fix; the question is still there.
	if at := d.app.setup.at; at.spot != spotName || at.person != 1 {
		t.Fatalf("the keyboard is at %+v, want the second name", at)
	}
	d.press("backspace", "backspace", "backspace")
	d.typeText("Maya")
	d.doesNotSee("look the same", "Fix what is marked")
	d.sees("Should we rebuild onboarding?")
	toStart(d)
	d.press("enter")
	if d.app.screen != screenRoom {
		t.Fatalf("the fixed form did not open the room:\n%s", d.screen())
	}
	room, _ := d.hub.Room(d.app.room.code)
	if room.Question != "Should we rebuild onboarding?" || room.People[1].Name != "Maya" {
		t.Errorf("question %q, people %+v", room.Question, room.People)
	}
}

func TestSetupShowsARefusalFromTheRoom(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	d.app.sh.scripts = []content.Script{{Name: "empty", Title: "An empty script"}}
	d.press("n")
	d.typeText("Should we rebuild onboarding?")
	d.press("enter", "enter", "enter")
	typeTrio(d, "Maya", "Sam", "Lee")
	toStart(d)
	d.press("enter")
	d.sees("✗ The script has no phases: pick another script.", "Should we rebuild onboarding?", "Maya")
	if d.app.screen != screenSetup {
		t.Fatal("a refused room should keep the setup on screen")
	}
}

func TestSetupAddsAndRemovesPeopleAndScrollsAt80x24(t *testing.T) {
	t.Parallel()
	d := setupWalk(t, 80, 24)
	for d.app.setup.at.spot != spotAdd {
		d.press("down")
	}
	for range 9 {
		d.press("enter") // a new row, its name has the keyboard
		d.typeText("P")
		d.press("down") // back to "+ Add a person"
	}
	d.sees("12 people", "more above", "▸ + Add a person", "Start the workshop")
	if n := len(d.app.setup.people); n != session.MaxParticipants {
		t.Fatalf("%d people, want %d", n, session.MaxParticipants)
	}
	d.press("enter")
	d.sees("A room holds at most 12 people, the coach included.")
	if n := len(d.app.setup.people); n != session.MaxParticipants {
		t.Fatalf("added past the most a room holds: %d", n)
	}
	// A coach on top is one too many.
	d.press("tab")
	d.typeText("Cora")
	d.sees("✗ A room holds at most 12 people, the coach included: remove 1 person.")

	// ctrl+x removes the row being typed in, never the last one.
	d.press("shift+tab", "up")
	for range 11 {
		d.press("ctrl+x")
	}
	if n := len(d.app.setup.people); n != 1 {
		t.Fatalf("%d people left, want 1", n)
	}
	d.press("ctrl+x")
	d.sees("A workshop needs at least one person.")
	if n := len(d.app.setup.people); n != 1 {
		t.Fatalf("removed the last person")
	}
	d.doesNotSee("more above", "remove 1 person")
}

func TestSetupUsesTheWidthAt140x45(t *testing.T) {
	t.Parallel()
	d := setupWalk(t, 140, 45)
	d.sees("The script", "1  Check-in", "12  Close", "In all, about 64 minutes.",
		"With a coach, the coach keeps time", "Start the workshop")
	for d.app.setup.at.spot != spotScript {
		d.press("tab")
	}
	d.press("right")
	d.sees("Dialogue versus discussion, short", "5  Ask and build", "In all, about 30 minutes.")
}

func TestSetupEscGoesHome(t *testing.T) {
	t.Parallel()
	d := setupWalk(t, 80, 24)
	d.typeText("Half a question")
	d.press("esc")
	if d.app.screen != screenHome {
		t.Fatalf("esc did not go home:\n%s", d.screen())
	}
	d.sees("Start a new workshop")
}
