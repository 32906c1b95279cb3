package tui

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/content"
	"trio/session"
)

// driver runs the app as a person would, one key at a time, without a
// terminal: it feeds key presses to the model, runs the commands that come
// back, and reads the screen as plain text.
type driver struct {
	t     testing.TB
	app   *App
	hub   *session.Hub
	store *session.SQLiteStore
	clock *testClock
	// fresh: each frame is drawn again with nothing kept, and must be the
	// same (see caches_test.go).
	fresh bool
}

// testClock is a clock tests move by hand, shared by the hub and the app.
type testClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *testClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }

func (c *testClock) Advance(d time.Duration) { c.mu.Lock(); defer c.mu.Unlock(); c.now = c.now.Add(d) }

// newDriver starts the app on an empty in-memory store at width×height;
// opts change how its hub works, as for limits.
func newDriver(t testing.TB, width, height int, opts ...session.HubOption) *driver {
	t.Helper()
	store, err := session.OpenStore(context.Background(), session.Memory)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	clock := &testClock{now: time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)}
	n := 0
	codes := func() (string, error) {
		n++
		if fixed := []string{"", "K7MQ2XPB", "W4RD9TNC", "H3JF8ZKE"}; n < len(fixed) {
			return fixed[n], nil
		}
		// More rooms than that: codes of the same alphabet, in turn.
		const alphabet = "23456789ABCDEFGHJKMNPQRSTWXYZ"
		return fmt.Sprintf("M5NP%c%c%c%c", alphabet[n/29/29%29], alphabet[n/29%29], alphabet[n%29], 'Q'), nil
	}
	opts = append([]session.HubOption{session.WithClock(clock.Now), session.WithCodes(codes)}, opts...)
	hub, err := session.NewHub(context.Background(), store, opts...)
	if err != nil {
		t.Fatal(err)
	}
	// The hub's last unsent text is written before the store closes.
	t.Cleanup(func() { hub.Close() })
	d := &driver{t: t, hub: hub, store: store, clock: clock}
	d.app = New(Options{Hub: hub, Now: clock.Now, ExportDir: t.TempDir()})
	d.send(tea.WindowSizeMsg{Width: width, Height: height})
	t.Cleanup(d.app.leaveRoom)
	return d
}

// send gives the app one message and runs what comes back, then draws
// the screen, as the terminal shows it before the person's next key.
func (d *driver) send(msg tea.Msg) {
	d.t.Helper()
	_, cmd := d.app.Update(msg)
	d.run(cmd)
	d.app.View()
	if d.fresh {
		d.sameWhenFresh()
	}
}

// wait moves the clock on and wakes the room's timer, as its tick would
// when the time it shows changes.
func (d *driver) wait(by time.Duration) {
	d.t.Helper()
	d.clock.Advance(by)
	if d.app.room != nil {
		d.send(tickMsg{gen: d.app.room.ticks})
	}
}

// Commands that wait on a timer or on another terminal are never run: the
// tests move the clock and deliver ticks and changes themselves.
func init() {
	waits = func(tea.Cmd) tea.Cmd { return nil }
}

// run runs a command and feeds its messages back. Every command left
// returns at once; one that does not is a failure, however busy the
// machine, never a message silently dropped.
func (d *driver) run(cmd tea.Cmd) {
	d.t.Helper()
	if cmd == nil {
		return
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		switch msg := msg.(type) {
		case nil:
		case tea.BatchMsg:
			for _, c := range msg {
				d.run(c)
			}
		case tea.QuitMsg:
		default:
			d.send(msg)
		}
	case <-time.After(30 * time.Second):
		d.t.Fatalf("a command has not returned in 30 s")
	}
}

// press presses keys by name: "enter", "esc", "tab", "ctrl+s", "n", "2".
func (d *driver) press(keys ...string) {
	d.t.Helper()
	for _, k := range keys {
		d.send(keyPress(k))
	}
}

// typeText types text one character at a time.
func (d *driver) typeText(s string) {
	d.t.Helper()
	for _, r := range s {
		d.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func keyPress(name string) tea.KeyPressMsg {
	special := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "space": tea.KeySpace,
		"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
		"backspace": tea.KeyBackspace, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown,
		"home": tea.KeyHome, "end": tea.KeyEnd,
	}
	if base, ok := strings.CutPrefix(name, "ctrl+"); ok {
		return tea.KeyPressMsg{Code: rune(base[0]), Mod: tea.ModCtrl}
	}
	if base, ok := strings.CutPrefix(name, "alt+"); ok {
		k := keyPress(base)
		k.Mod, k.Text = k.Mod|tea.ModAlt, "" // a key held with alt types nothing
		return k
	}
	if base, ok := strings.CutPrefix(name, "shift+"); ok {
		return tea.KeyPressMsg{Code: special[base], Mod: tea.ModShift}
	}
	if code, ok := special[name]; ok {
		return tea.KeyPressMsg{Code: code}
	}
	r := []rune(name)
	if len(r) != 1 {
		panic("keyPress: there is no key named " + name) // a typo would type it
	}
	return tea.KeyPressMsg{Code: r[0], Text: name}
}

// screen is what the terminal shows, as plain text.
func (d *driver) screen() string {
	return ansi.Strip(d.app.View().Content)
}

// sees fails the test unless the screen shows every one of the texts.
func (d *driver) sees(texts ...string) {
	d.t.Helper()
	s := d.screen()
	for _, text := range texts {
		if !strings.Contains(s, text) {
			d.t.Fatalf("the screen does not show %q:\n%s", text, s)
		}
	}
}

// doesNotSee fails the test if the screen shows any of the texts.
func (d *driver) doesNotSee(texts ...string) {
	d.t.Helper()
	s := d.screen()
	for _, text := range texts {
		if strings.Contains(s, text) {
			d.t.Fatalf("the screen shows %q:\n%s", text, s)
		}
	}
}

// openRoom opens a room for Maya (Product), Sam (Design) and Lee
// (Engineering) with Cora as coach and facilitator, straight through the
// hub, and enters it.
func (d *driver) openRoom(script content.Script) string {
	d.t.Helper()
	res, err := d.hub.Open(context.Background(), session.OpenRoom{
		Question: "Should we rebuild onboarding?",
		Script:   script,
		People: []session.Person{
			{ID: "maya", Name: "Maya", Role: "Product"},
			{ID: "sam", Name: "Sam", Role: "Design"},
			{ID: "lee", Name: "Lee", Role: "Engineering"},
			{ID: "cora", Name: "Cora", Role: "Coach", Observer: true},
		},
		Facilitator: 3,
	})
	if err != nil {
		d.t.Fatal(err)
	}
	d.send(openRoomMsg{code: res.Room.Code})
	return res.Room.Code
}

// as sends a command to the room straight through the hub, as another
// terminal would.
func (d *driver) as(code string, who session.ParticipantID, cmd session.Command) session.Result {
	d.t.Helper()
	res, err := d.hub.Do(context.Background(), code, who, cmd)
	if err != nil {
		d.t.Fatalf("%s %T: %v", who, cmd, err)
	}
	d.send(roomChangedMsg{code: code})
	return res
}

// goTo moves the room to the first phase of a kind with the facilitator's
// key.
func (d *driver) goTo(kind content.Kind) {
	d.t.Helper()
	for range 20 {
		if d.app.room.room.CurrentPhase().Kind == kind {
			return
		}
		d.nextPhase()
	}
	d.t.Fatalf("never reached a %s phase", kind)
}

// nextPhase moves the room on as a facilitator who means it: ctrl+n, and
// enter to the question that names the next phase.
func (d *driver) nextPhase() {
	d.t.Helper()
	d.press("ctrl+n")
	d.sees("Move the room on to")
	d.press("enter")
}

// menu opens the room's menu and chooses the entry that starts with title.
func (d *driver) menu(title string) {
	d.t.Helper()
	d.press("ctrl+p")
	if d.app.room == nil || d.app.room.menu == nil {
		d.t.Fatalf("ctrl+p opened no menu:\n%s", d.screen())
	}
	d.choose(d.app.room.menu, title)
}

// choose moves down an open menu to the entry that starts with title, and
// presses enter on it.
func (d *driver) choose(menu *roomMenu, title string) {
	d.t.Helper()
	var titles []string
	for i, item := range menu.list.Items() {
		e := item.(menuEntry)
		titles = append(titles, e.title)
		if strings.HasPrefix(e.title, title) {
			for range i {
				d.press("down")
			}
			d.press("enter")
			return
		}
	}
	d.t.Fatalf("the menu has no %q: %q", title, titles)
}

// events reads every event in the store.
func (d *driver) events() []session.Event {
	d.t.Helper()
	var events []session.Event
	err := d.store.Events(context.Background(), func(e session.Event) error {
		events = append(events, e)
		return nil
	})
	if err != nil {
		d.t.Fatal(err)
	}
	return events
}

// seesAnywhere fails the test unless each text is on the room's screen at
// some point of its scroll, from the top of the panel's body to its end,
// as pgup and pgdn take a person there.
func (d *driver) seesAnywhere(texts ...string) {
	d.t.Helper()
	seen := strings.Join(d.scrolledScreens(), "\n")
	for _, text := range texts {
		if !strings.Contains(seen, text) {
			d.t.Fatalf("no scroll of the screen shows %q; the last:\n%s", text, d.screen())
		}
	}
}

// scrolledScreens are the room's screens from the top of the panel's body
// to its end, a page at a time, as pgup and pgdn take a person there.
func (d *driver) scrolledScreens() []string {
	s := d.app.room.scroll()
	for range 200 {
		before := s.vp.YOffset()
		d.press("pgup")
		if s.vp.YOffset() == before {
			break
		}
	}
	var screens []string
	for range 200 {
		screens = append(screens, d.screen())
		before := s.vp.YOffset()
		d.press("pgdown")
		if s.vp.YOffset() == before {
			break
		}
	}
	return screens
}
