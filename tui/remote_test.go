package tui

import (
	"os"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"trio/content"
	"trio/session"
)

// newRemoteDriver starts the app as `trio serve` does for one SSH
// terminal: one person, me, offered userName as their name.
func newRemoteDriver(t testing.TB, width, height int, me session.ParticipantID, userName string) *driver {
	t.Helper()
	d := newDriver(t, width, height)
	return d.terminal(width, height, Options{Me: me, UserName: userName})
}

// terminal opens another SSH terminal on the same hub, as a second person
// connecting to the same server would.
func (d *driver) terminal(width, height int, opts Options) *driver {
	d.t.Helper()
	other := &driver{t: d.t, hub: d.hub, store: d.store, clock: d.clock}
	opts.Hub, opts.Now, opts.Remote = d.hub, d.clock.Now, true
	if opts.ExportDir == "" {
		opts.ExportDir = d.t.TempDir()
	}
	if opts.ExportHint == "" {
		opts.ExportHint = "ssh -p 2222 host"
	}
	other.app = New(opts)
	d.t.Cleanup(other.app.Close)
	other.run(other.app.Init())
	other.send(tea.WindowSizeMsg{Width: width, Height: height})
	return other
}

// refresh is the room's change notice arriving, as it does on a real
// terminal when someone else acts.
func (d *driver) refresh() {
	d.t.Helper()
	code := ""
	if d.app.room != nil {
		code = d.app.room.code
	}
	d.send(roomChangedMsg{code: code})
}

// createRoom creates a room about onboarding from the lobby, through setup, with the name
// offered and a role chosen with →.
func (d *driver) createRoom() string {
	d.t.Helper()
	d.press("enter") // Create a room
	if d.app.screen != screenSetup {
		d.t.Fatalf("enter did not open the setup:\n%s", d.screen())
	}
	d.typeText("Should we rebuild onboarding?")
	d.press("enter", "enter", "enter", "enter", "right", "enter", "enter")
	if d.app.screen != screenRoom {
		d.t.Fatalf("the room did not open:\n%s", d.screen())
	}
	return d.app.room.code
}

// joinByCode joins from the lobby with a code typed as a person would.
func (d *driver) joinByCode(typed, role string) {
	d.t.Helper()
	d.press("down")
	d.typeText(typed)
	d.press("enter")
	if d.app.screen != screenJoin {
		d.t.Fatalf("the code did not lead to the join screen:\n%s", d.screen())
	}
	d.press("enter")
	d.typeText(role)
	d.press("enter")
}

func TestTheLobbyCreatesARoomWithOnlyMeAsFacilitator(t *testing.T) {
	t.Parallel()
	d := newRemoteDriver(t, 80, 24, "maya-key", "maya")
	d.sees("Hello, maya.", "Create a room", "Join a room by its code", "ctrl+c quit")
	d.doesNotSee("Start a new workshop", "Your rooms")

	d.press("enter")
	d.sees("You", "you facilitate", "maya", "Open the room")
	d.doesNotSee("Coach", "Add a person", "Design", "Engineering")
	d.typeText("Should we rebuild onboarding?")
	d.press("enter", "enter", "enter", "enter", "right", "enter", "enter")

	rooms := d.hub.Rooms()
	if len(rooms) != 1 {
		t.Fatalf("%d rooms, want 1", len(rooms))
	}
	room := rooms[0]
	if len(room.People) != 1 || room.People[0].ID != "maya-key" || room.People[0].Name != "maya" ||
		room.People[0].Role != "Product" || room.Facilitator != "maya-key" {
		t.Fatalf("the room's people: %+v, facilitator %q", room.People, room.Facilitator)
	}
	d.sees("Should we rebuild onboarding?", "maya", "Room K7MQ-2XPB", "others join with it", "▶ you")
	d.doesNotSee("Speaking as", "ctrl+s")
	if !d.hub.Present(room.Code)["maya-key"] {
		t.Fatal("Maya is in her room and not shown as present")
	}
}

func TestASecondTerminalJoinsByCodeAndBothSeeBoth(t *testing.T) {
	t.Parallel()
	maya := newRemoteDriver(t, 80, 24, "maya-key", "maya")
	code := maya.createRoom()

	sam := maya.terminal(80, 24, Options{Me: "sam-key", UserName: "sam"})
	sam.press("down")
	sam.typeText("k7mq 2xpb")
	sam.press("enter")
	sam.sees("Join a room", "K7MQ-2XPB", "Should we rebuild onboarding?", "In the room: maya (Product). maya facilitates.", "sam")
	sam.press("enter")
	sam.typeText("Design")
	sam.press("enter")

	room, _ := maya.hub.Room(code)
	if p, ok := room.Person("sam-key"); !ok || p.Name != "sam" || p.Role != "Design" || len(room.People) != 2 {
		t.Fatalf("the room's people after Sam joined: %+v", room.People)
	}
	sam.sees("maya", "sam", "Design", "Product", "▶ sam")
	maya.refresh()
	maya.sees("▶ maya", "● sam", "Design")
	maya.doesNotSee("sam away")

	// A word from one terminal reaches the other.
	sam.press("enter")
	sam.typeText("curious")
	sam.press("enter")
	maya.refresh()
	maya.sees("curious")
}

func TestSomeoneWhoClosedTheirTerminalStaysListedAsAway(t *testing.T) {
	t.Parallel()
	maya := newRemoteDriver(t, 80, 24, "maya-key", "maya")
	code := maya.createRoom()
	sam := maya.terminal(80, 24, Options{Me: "sam-key", UserName: "sam"})
	sam.joinByCode(code, "Design")
	maya.refresh()
	maya.sees("● sam")

	sam.menu("Leave the room") // back to the lobby: Sam leaves the room
	if sam.app.screen != screenHome {
		t.Fatalf("leaving did not leave the room:\n%s", sam.screen())
	}
	maya.refresh()
	maya.sees("○ sam away")
	if room, _ := maya.hub.Room(code); len(room.People) != 2 {
		t.Fatalf("Sam was removed from the room: %+v", room.People)
	}

	// The program ending leaves too.
	again := maya.terminal(80, 24, Options{Me: "sam-key", UserName: "sam", JoinCode: code})
	maya.refresh()
	maya.sees("● sam")
	again.app.Close()
	again.app.Close()
	maya.refresh()
	maya.sees("○ sam away")
}

func TestReconnectingWithTheSameKeyGoesStraightToTheSeat(t *testing.T) {
	t.Parallel()
	maya := newRemoteDriver(t, 80, 24, "maya-key", "maya")
	code := maya.createRoom()
	sam := maya.terminal(80, 24, Options{Me: "sam-key", UserName: "sam"})
	sam.joinByCode("K7MQ-2XPB", "Design")
	maya.nextPhase()
	sam.app.Close()

	// ssh -t host join CODE, with the same key and a different user name.
	back := maya.terminal(80, 24, Options{Me: "sam-key", UserName: "samuel", JoinCode: strings.ToLower(code)})
	if back.app.screen != screenRoom {
		t.Fatalf("Sam did not go straight to his seat:\n%s", back.screen())
	}
	room, _ := maya.hub.Room(code)
	if len(room.People) != 2 || room.Name("sam-key") != "sam" {
		t.Fatalf("reconnecting changed the people: %+v", room.People)
	}
	back.sees("▶ sam", "Design", "Phase 2 of")
	back.doesNotSee("samuel", "Join a room")

	// From the lobby, the room is one of his, newest first.
	lobby := maya.terminal(80, 24, Options{Me: "sam-key", UserName: "sam"})
	lobby.sees("Your rooms", "Should we rebuild onboarding?", "K7MQ-2XPB", "Design")
	lobby.press("down", "down", "enter")
	if lobby.app.screen != screenRoom || lobby.app.room.code != code {
		t.Fatalf("choosing his room did not take Sam to it:\n%s", lobby.screen())
	}
}

// TestACodeTypedInTheLobbyIsTheCode: letters typed on the lobby go into
// the code, wherever the cursor was: n and q are letters of codes.
func TestACodeTypedInTheLobbyIsTheCode(t *testing.T) {
	t.Parallel()
	maya := newRemoteDriver(t, 80, 24, "maya-key", "maya")
	code := maya.createRoom()
	sam := maya.terminal(80, 24, Options{Me: "sam-key", UserName: "sam"})
	sam.typeText(strings.ToLower(session.FormatCode(code)))
	if sam.app.screen != screenHome {
		t.Fatalf("typing a code left the lobby:\n%s", sam.screen())
	}
	sam.sees("│ k7mq-2xpb")
	sam.press("enter")
	sam.sees("Join a room", "Your name")
}

func TestAWrongCodeGetsTheHubsRefusalAndIsKept(t *testing.T) {
	t.Parallel()
	d := newRemoteDriver(t, 80, 24, "sam-key", "sam")
	d.joinCodeAttempt("zzzz")
	d.sees("✗ Room codes are eight letters and digits", "zzzz")
	d.press("backspace", "backspace", "backspace", "backspace")
	d.typeText("abcd-efgh")
	d.press("enter")
	d.sees("There is no room with the code ABCD-EFGH", "abcd-efgh")
	if d.app.screen != screenHome {
		t.Fatalf("a wrong code left the lobby:\n%s", d.screen())
	}

	// The same from the command line: the lobby shows why.
	cli := d.terminal(80, 24, Options{Me: "sam-key", UserName: "sam", JoinCode: "nope"})
	cli.sees("Join a room by its code", "nope", "✗ Room codes are eight letters and digits")
}

func (d *driver) joinCodeAttempt(typed string) {
	d.t.Helper()
	d.press("down")
	d.typeText(typed)
	d.press("enter")
}

func TestJoiningWithANameLikeSomeoneElsesIsRefusedAndKeepsTheText(t *testing.T) {
	t.Parallel()
	maya := newRemoteDriver(t, 80, 24, "maya-key", "maya")
	code := maya.createRoom()
	other := maya.terminal(80, 24, Options{Me: "guest-1", UserName: "MAYA"})
	other.joinByCode(code, "Engineering")
	other.sees("✗ Someone here is already called maya", "MAYA", "Engineering", "Everything you typed is kept.")
	if other.app.screen != screenJoin {
		t.Fatalf("a refused join left the join screen:\n%s", other.screen())
	}
	// ←/→ offers the trio's roles only while the role is one of them.
	other.press("left")
	other.sees("Design")
	other.press("shift+tab", "backspace", "backspace")
	other.typeText("ia")
	other.press("enter", "enter")
	room, _ := maya.hub.Room(code)
	if p, ok := room.Person("guest-1"); !ok || p.Name != "MAia" || p.Role != "Design" {
		t.Fatalf("the guest's seat: %+v", room.People)
	}
}

func TestAParticipantsFacilitationKeysAreRefusedInWords(t *testing.T) {
	t.Parallel()
	maya := newRemoteDriver(t, 80, 24, "maya-key", "maya")
	code := maya.createRoom()
	sam := maya.terminal(80, 24, Options{Me: "sam-key", UserName: "sam"})
	sam.joinByCode(code, "Design")

	sam.doesNotSee("next phase")
	sam.press("ctrl+p")
	sam.doesNotSee("Move on to", "Go back", "Hand the facilitator", "Lock the room", "Add a minute")
	sam.press("esc")
	sam.press("ctrl+n")
	sam.sees("✗ Only the facilitator moves the room on: maya facilitates.")
	sam.doesNotSee("Move the room on to")
	// The letters that were keys once are text now.
	sam.typeText("nbLH")
	sam.sees("│ nbLH")
	if room, _ := maya.hub.Room(code); room.Phase != 0 || room.Locked || room.Facilitator != "maya-key" {
		t.Fatalf("a participant's keys changed the room: phase %d, locked %v, facilitator %q", room.Phase, room.Locked, room.Facilitator)
	}

	maya.refresh()
	maya.sees("next phase")
	maya.press("ctrl+p")
	maya.sees("Move on to Frame the question", "Hand the facilitator’s role", "Lock the room")
}

func TestTheFacilitatorHandsOverAndLocksTheRoom(t *testing.T) {
	t.Parallel()
	maya := newRemoteDriver(t, 80, 24, "maya-key", "maya")
	code := maya.createRoom()
	sam := maya.terminal(80, 24, Options{Me: "sam-key", UserName: "sam"})
	sam.joinByCode(code, "Design")
	lee := maya.terminal(80, 24, Options{Me: "lee-key", UserName: "lee"})
	lee.joinByCode(code, "Engineering")
	maya.refresh()

	maya.menu("Hand the facilitator")
	maya.sees("Hand the facilitator's role to ◂ sam ▸?")
	maya.press("right")
	maya.sees("◂ lee ▸")
	maya.press("left", "enter")
	room, _ := maya.hub.Room(code)
	if room.Facilitator != "sam-key" {
		t.Fatalf("the facilitator is %q, want Sam", room.Facilitator)
	}
	maya.sees("sam facilitates from now on.")
	maya.press("ctrl+p")
	maya.doesNotSee("Lock the room")
	maya.press("esc")

	sam.refresh()
	sam.sees("You facilitate now.")
	lee.refresh()
	lee.sees("sam facilitates now.")
	sam.menu("Lock the room")
	if room, _ := maya.hub.Room(code); !room.Locked {
		t.Fatal("the room is not locked")
	}
	sam.sees("The room is locked: nobody new can join.", "🔒 locked")

	ana := maya.terminal(80, 24, Options{Me: "ana-key", UserName: "ana"})
	ana.joinByCode(code, "Research")
	ana.sees("✗ This room is locked", "ana", "Research", "🔒")
	ana.doesNotSee("Should we rebuild onboarding?", "In the room")

	sam.menu("Unlock the room")
	ana.press("enter")
	if room, _ := maya.hub.Room(code); len(room.People) != 4 {
		t.Fatalf("Ana could not join the unlocked room: %+v", room.People)
	}

	// Handing over and back out: esc changes nothing, nor does a letter.
	sam.menu("Hand the facilitator")
	sam.press("y", "esc")
	if room, _ := maya.hub.Room(code); room.Facilitator != "sam-key" {
		t.Fatal("esc handed the role over")
	}
}

func TestTheFacilitatorIsAskedBeforeMovingOnWhileOthersType(t *testing.T) {
	t.Parallel()
	maya := newRemoteDriver(t, 80, 24, "maya-key", "maya")
	code := maya.createRoom()
	sam := maya.terminal(80, 24, Options{Me: "sam-key", UserName: "sam"})
	sam.joinByCode(code, "Design")

	sam.press("enter")
	sam.typeText("hopef")
	if !maya.hub.Presence(code).Typing["sam-key"] {
		t.Fatal("Sam's unsent word is not told to the room")
	}
	maya.refresh()
	maya.sees("sam typing…")
	maya.press("ctrl+n")
	maya.sees("Move the room on to Frame the question (2 of 12)? sam is still typing; their", "text is kept.")
	maya.press("esc")
	if room, _ := maya.hub.Room(code); room.Phase != 0 {
		t.Fatal("esc to the question moved on")
	}
	maya.press("ctrl+n", "y")
	if room, _ := maya.hub.Room(code); room.Phase != 0 {
		t.Fatal("a letter said yes to the question")
	}
	maya.press("ctrl+n", "enter")
	if room, _ := maya.hub.Room(code); room.Phase != 1 {
		t.Fatal("enter to the question did not move on")
	}

	// In the new phase Sam has nothing unsent; his word waits in the old one.
	sam.refresh()
	if maya.hub.Presence(code).Typing["sam-key"] {
		t.Fatal("Sam counts as typing in a phase where he wrote nothing")
	}
	maya.refresh()
	maya.doesNotSee("typing…")
}

func TestSilentWritingOnOwnTerminalsHasNoCurtainAndHidesTheOthersCard(t *testing.T) {
	t.Parallel()
	maya := newRemoteDriver(t, 80, 24, "maya-key", "maya")
	code := maya.createRoom()
	sam := maya.terminal(80, 24, Options{Me: "sam-key", UserName: "sam"})
	sam.joinByCode(code, "Design")
	maya.goTo(content.KindSilentWriting)

	maya.sees("Your card, maya", "nobody sees it until the reveal")
	maya.doesNotSee("Pass the keyboard", "ctrl+s", "press enter when only you")
	sam.refresh()
	sam.sees("Your card, sam")
	sam.press("enter")
	sam.typeText("SAMSECRET position")
	fields := len(sam.app.room.room.CurrentPhase().Fields)
	for range fields {
		sam.press("enter")
	}
	room, _ := maya.hub.Room(code)
	if card, ok := room.CardOf("sam-key"); !ok || card.Answer("position") != "SAMSECRET position" {
		t.Fatalf("Sam's card in the room: %+v", room.Perspectives)
	}
	sam.sees("✓ Your card is saved, sam.", "The others are still writing")
	sam.doesNotSee("Pass the keyboard")

	maya.refresh()
	maya.sees("✓ sam", "○ maya", "Your card, maya")
	maya.doesNotSee("SAMSECRET")
	maya.press("ctrl+p")
	maya.doesNotSee("SAMSECRET", "Speak as")
}

func TestConsentOnOwnTerminalsIsYourOwnVote(t *testing.T) {
	t.Parallel()
	maya := newRemoteDriver(t, 80, 24, "maya-key", "maya")
	code := maya.createRoom()
	maya.goTo(content.KindConsent)
	maya.as(code, "maya-key", session.ProposeDraft{Believe: "we should rebuild onboarding", Because: "new teams stall", WrongIf: "nobody stalls"})
	maya.sees("The facilitator opens the vote (ctrl+o).", "votes on your own")
	maya.doesNotSee("in turn")
	maya.press("ctrl+o")
	maya.sees("Your vote, maya: a number from 0 to 5, then enter.")
	maya.doesNotSee("ctrl+s", "Pass the keyboard")
}

func TestTheSummaryTellsTheExportCommandAndWritesNoFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	maya := newRemoteDriver(t, 80, 24, "maya-key", "maya")
	maya.createRoom()
	d := maya.terminal(80, 24, Options{Me: "maya-key", ExportDir: dir})
	d.press("down", "down", "enter")
	d.menu("Summary and export")
	if d.app.screen != screenSummary {
		t.Fatalf("the menu did not open the summary:\n%s", d.screen())
	}
	d.sees("ssh -p 2222 host export K7MQ-2XPB > pov.md")
	d.doesNotSee("save Markdown", "save JSON", "Files go to")
	d.press("m", "J")
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("the summary wrote on the server: %v", entries)
	}
	d.sees("Nothing is saved on the server: it is not your machine.", "ssh -p 2222 host export K7MQ-2XPB > pov.md")
	d.press("?")
	d.sees("copy point of view")
	d.doesNotSee("save Markdown")

	wide := maya.terminal(140, 45, Options{Me: "maya-key", ExportHint: " "})
	wide.press("down", "down", "enter")
	wide.menu("Summary and export")
	wide.sees("Take it with you", "ssh … export K7MQ-2XPB > pov.md")
	wide.doesNotSee("m writes a Markdown file")
}

func TestTheRoomOnOwnTerminalsFitsAWideScreen(t *testing.T) {
	t.Parallel()
	maya := newRemoteDriver(t, 140, 45, "maya-key", "maya")
	code := maya.createRoom()
	sam := maya.terminal(140, 45, Options{Me: "sam-key", UserName: "sam"})
	sam.joinByCode(code, "Design")
	sam.app.Close()
	maya.refresh()
	lines := strings.Split(maya.screen(), "\n")
	if len(lines) != 45 {
		t.Fatalf("%d lines, want 45", len(lines))
	}
	maya.sees("▶ maya", "○ sam away", "Room K7MQ-2XPB", "▶ you  ● here  ○ away")
}

func TestAHugeTerminalIsNeverDrawnBigger(t *testing.T) {
	t.Parallel()
	d := newRemoteDriver(t, 80, 24, "maya-key", "maya")
	d.send(tea.WindowSizeMsg{Width: 100000, Height: 100000})
	if d.app.sh.Width != MaxWidth || d.app.sh.Height != MaxHeight {
		t.Fatalf("drawn at %d×%d", d.app.sh.Width, d.app.sh.Height)
	}
	if lines := strings.Split(d.screen(), "\n"); len(lines) != MaxHeight {
		t.Fatalf("%d lines drawn, want %d", len(lines), MaxHeight)
	}
}

// When time is up, the facilitator is told the keys that move on and add
// a minute; the others are told who does it, and no key they would only be
// refused for.
func TestOnlyTheFacilitatorIsShownTheKeyThatMovesOn(t *testing.T) {
	t.Parallel()
	maya := newRemoteDriver(t, 80, 24, "maya-key", "maya")
	code := maya.createRoom()
	sam := maya.terminal(80, 24, Options{Me: "sam-key", UserName: "sam"})
	sam.joinByCode(code, "Design")
	maya.wait(time.Hour)
	sam.wait(0)
	maya.sees("Time is up. The facilitator moves on (ctrl+n) or adds a minute (ctrl+p).")
	sam.sees("Time is up. The facilitator moves on or adds a minute.")
	sam.doesNotSee("ctrl+n")
}
