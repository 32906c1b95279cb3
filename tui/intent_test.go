package tui

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"trio/content"
	"trio/session"
)

// What each key may change in a room, as the README documents it. A key
// not listed changes nothing; text never does.
var documentedChanges = map[string][]string{
	// enter sends what the person wrote, or casts the vote they chose.
	"enter": {"contribution-added", "card-written", "build-started", "build-completed",
		"draft-proposed", "goal-set", "question-set", "vote-cast"},
	"ctrl+r": {"ready-marked"},
	// the phase's own act: accept the agreements, pass the talking stick,
	// open the vote (closing it asks first).
	"ctrl+o": {"agreements-accepted", "talking-stick-passed", "vote-opened"},
}

// documentedKeys are the keys the README names for a room, pressed one at
// a time.
var documentedKeys = []string{"enter", "esc", "tab", "shift+tab", "up", "down", "left", "right",
	"pgup", "pgdown", "home", "end", "backspace", "alt+enter",
	"ctrl+n", "ctrl+o", "ctrl+p", "ctrl+r", "ctrl+s"}

// printable is every printable ASCII character, and a few beyond.
func printable() []string {
	var out []string
	for r := rune(0x20); r < 0x7f; r++ {
		out = append(out, string(r))
	}
	return append(out, "é", "ß", "—", "’", "😀", "宽")
}

// intentSeat is who is at the keyboard.
type intentSeat struct {
	name    string
	remote  bool
	person  session.ParticipantID // who speaks at one keyboard, or whose terminal it is
	facilit bool
}

// intentStage is a phase of the demo room, or consent with a vote open.
type intentStage struct {
	name  string
	phase int
	vote  bool
}

// intentRoom plays the demo, takes the room back to the stage's phase and
// opens the room for the seat.
func intentRoom(t *testing.T, seat intentSeat, stage intentStage) (*driver, string) {
	t.Helper()
	d := newDriver(t, 80, 24)
	// A third round of voting, so a vote can be opened after the demo's two.
	script := content.Default()
	for i := range script.Phases {
		if script.Phases[i].Kind == content.KindConsent {
			script.Phases[i].Rounds = 3
		}
	}
	room, err := session.PlayDemo(context.Background(), d.hub, script, d.clock.Advance)
	if err != nil {
		t.Fatal(err)
	}
	code := room.Code
	for range len(room.Script.Phases) - 1 - stage.phase {
		if _, err := d.hub.Do(context.Background(), code, "maya", session.PreviousPhase{}); err != nil {
			t.Fatal(err)
		}
	}
	if stage.vote {
		for _, who := range []session.ParticipantID{"maya", "sam", "lee"} {
			leave, _ := d.hub.Enter(code, who)
			defer leave()
		}
		ctx := context.Background()
		if _, err := d.hub.Do(ctx, code, "lee", session.ProposeDraft{Believe: "we fix the invite step first"}); err != nil {
			t.Fatal(err)
		}
		if _, err := d.hub.Do(ctx, code, "maya", session.OpenVote{}); err != nil {
			t.Fatal(err)
		}
	}
	if seat.remote {
		return d.terminal(80, 24, Options{Me: seat.person, UserName: string(seat.person), JoinCode: code}), code
	}
	d.send(openRoomMsg{code: code})
	d.app.room.setSpeaker(seat.person)
	return d, code
}

// TestNoStrayKeyChangesTheRoom types every printable character and presses
// every documented key on every screen of every phase, for a facilitator
// and for a participant, at one keyboard and on a terminal of one's own:
// the room changes only as the key is documented to change it. Text never
// changes it, even with the menu open or a question waiting.
func TestNoStrayKeyChangesTheRoom(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("presses some 60,000 keys")
	}
	seats := []intentSeat{
		{"coach at one keyboard, speaking as Maya", false, "maya", true},
		{"coach at one keyboard, speaking as Sam", false, "sam", true},
		{"Maya on her own terminal, facilitating", true, "maya", true},
		{"Sam on his own terminal", true, "sam", false},
	}
	var stages []intentStage
	for i, phase := range content.Default().Phases {
		stages = append(stages, intentStage{name: phase.ID, phase: i})
		if phase.Kind == content.KindConsent {
			stages = append(stages, intentStage{name: phase.ID + " with a vote open", phase: i, vote: true})
		}
	}
	for _, seat := range seats {
		for _, stage := range stages {
			t.Run(seat.name+"/"+stage.name, func(t *testing.T) {
				t.Parallel()
				d, code := intentRoom(t, seat, stage)
				seq := func() int { r, _ := d.hub.Room(code); return r.Seq }
				check := func(what string, before int, key string) {
					t.Helper()
					after, _ := d.hub.Room(code)
					if d.app.screen != screenRoom {
						t.Fatalf("%s: %q left the room:\n%s", what, key, d.screen())
					}
					if after.Phase != stage.phase {
						t.Fatalf("%s: %q moved the room to phase %d", what, key, after.Phase+1)
					}
					if after.Seq == before {
						return
					}
					for _, e := range d.events()[before:] {
						if !slices.Contains(documentedChanges[key], e.Body.EventType()) {
							t.Fatalf("%s: %q changed the room: %s", what, key, e.Body.EventType())
						}
					}
				}
				for _, text := range printable() {
					before := seq()
					d.typeText(text)
					check("typed", before, text)
				}
				d.press("esc")
				for _, text := range printable() {
					before := seq()
					d.press("ctrl+p")
					d.typeText(text)
					check("typed in the menu", before, text)
					d.press("esc")
				}
				if seat.facilit {
					for _, text := range printable() {
						before := seq()
						d.press("ctrl+n")
						d.typeText(text)
						check("typed with the next phase asked", before, text)
						d.press("esc")
					}
				}
				for _, key := range documentedKeys {
					before := seq()
					d.press(key)
					check("pressed", before, key)
					d.press("esc", "esc")
				}
			})
		}
	}
}

// TestTheNextPhaseKeyAsksAndEnterAnswers: the one chord that moves the
// room on changes nothing until enter answers the question it asks.
func TestTheNextPhaseKeyAsksAndEnterAnswers(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.press("ctrl+n")
	if r, _ := d.hub.Room(code); r.Phase != 0 {
		t.Fatal("ctrl+n alone moved the room on")
	}
	d.sees(fmt.Sprintf("Move the room on to %s (2 of 12)?", content.Default().Phases[1].Title))
	d.press("enter")
	if r, _ := d.hub.Room(code); r.Phase != 1 {
		t.Fatal("enter to the question did not move the room on")
	}
}

// TestAWordTypedBeforeEnterIsAWord: "nervous" typed in check-in without
// enter first is the start of the check-in word, not n (next phase) and e
// (summary); "great point" in the reveal is a note, not r (ready) and e.
func TestAWordTypedBeforeEnterIsAWord(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.typeText("nervous")
	d.sees("│ nervous")
	d.press("enter")
	room := mustRoom(d, code)
	if room.Phase != 0 || d.app.screen != screenRoom {
		t.Fatalf("typing a word moved the room to phase %d, screen %d", room.Phase+1, d.app.screen)
	}
	if word, _ := room.CheckInWord("maya"); word != "nervous" {
		t.Fatalf("Maya's word is %q", word)
	}

	d, code = revealRoom(t, 80, 24)
	d.press("ctrl+s") // Sam listens while Maya speaks
	d.typeText("great point")
	d.press("enter")
	room = mustRoom(d, code)
	if sam, _ := room.Person("sam"); sam.Ready || d.app.screen != screenRoom {
		t.Fatalf("typing a note marked Sam ready (%v) or left the room", sam.Ready)
	}
	if heard := room.ContributionsOf(session.Heard); len(heard) != 1 || heard[0].Text != "great point" {
		t.Fatalf("notes in the room: %+v", heard)
	}
}
