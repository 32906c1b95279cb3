package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"trio/session"
	"trio/tui"
)

// The workshop scenario's coach runs inside the trio server's process, as
// `trio workshop` runs it beside its server: tui.New with the coach, in a
// Bubble Tea program with its own renderer. Its terminal is the load
// generator's: the program writes to a pipe the load generator passed
// down (a terminal's tty, as trio workshop has), and the load generator draws it with a terminal emulator and times
// what shows there, as on the members' screens. The program is not driven
// on its messages: the renderer's frames are part of what a coach waits
// for.

// coachID is the coach, as `trio workshop` names the one at its terminal.
const coachID session.ParticipantID = "coach:trio-load"

// coachProgram is the coach's dashboard running headless.
type coachProgram struct {
	p      *tea.Program
	screen *os.File
	done   chan struct{}
}

// startCoach opens the coach's program on the pipe at file descriptor
// args[0], in a terminal of args[1] × args[2], and has the coach open a
// workshop of args[3] trios through its setup screen, as a person types
// it. It answers with the workshop's code and its rooms', table by table.
func (b *trioBackend) startCoach(args []string) (childReply, error) {
	if b.coach != nil {
		return childReply{}, errors.New("the coach is already at the dashboard")
	}
	var n [4]int
	if len(args) != len(n) {
		return childReply{}, errors.New("coach takes FD WIDTH HEIGHT TRIOS")
	}
	for i, a := range args {
		v, err := strconv.Atoi(a)
		if err != nil || v < 1 {
			return childReply{}, fmt.Errorf("coach: %q is not a number", a)
		}
		n[i] = v
	}
	screen := os.NewFile(uintptr(n[0]), "coach-screen")
	if screen == nil {
		return childReply{}, fmt.Errorf("coach: no file %d", n[0])
	}
	app := tui.New(tui.Options{
		Hub: b.hub, ExportDir: b.dir, ExportHint: b.joinCommand, UserName: "Coach", Coach: coachID,
	})
	p := tea.NewProgram(app,
		tea.WithInput(nil),
		tea.WithOutput(screen),
		tea.WithWindowSize(n[1], n[2]),
		tea.WithoutSignalHandler(),
		tea.WithEnvironment([]string{"TERM=xterm-256color"}),
		tea.WithColorProfile(colorprofile.ANSI256),
	)
	c := &coachProgram{p: p, screen: screen, done: make(chan struct{})}
	go func() {
		defer close(c.done)
		p.Run()
		app.Close()
	}()
	b.coach = c
	for _, k := range setupKeys(n[3]) {
		p.Send(k)
	}
	w, err := b.openedWorkshop(10 * time.Second)
	if err != nil {
		return childReply{}, err
	}
	reply := childReply{Workshop: w.Code}
	for _, t := range w.Trios {
		reply.Rooms = append(reply.Rooms, t.Room)
	}
	return reply, nil
}

// setupKeys are what the coach types in the workshop's setup: a title, the
// question, the default script, the number of trios, and enter to open.
func setupKeys(trios int) []tea.Msg {
	var keys []tea.Msg
	text := func(s string) {
		for _, r := range s {
			keys = append(keys, tea.KeyPressMsg{Code: r, Text: string(r)})
		}
	}
	enter := tea.KeyPressMsg{Code: tea.KeyEnter}
	text("Load")
	keys = append(keys, enter)
	text("How fast does a change reach the coach?")
	keys = append(keys, enter, enter, tea.KeyPressMsg{Code: tea.KeyBackspace})
	text(strconv.Itoa(trios))
	return append(keys, enter)
}

// openedWorkshop waits for the coach's workshop to be open.
func (b *trioBackend) openedWorkshop(wait time.Duration) (session.Workshop, error) {
	deadline := time.Now().Add(wait)
	for time.Now().Before(deadline) {
		for _, w := range b.hub.Workshops() {
			if w.Coach == coachID {
				return w, nil
			}
		}
		select {
		case <-b.coach.done:
			return session.Workshop{}, errors.New("the coach's program ended before the workshop opened")
		case <-time.After(10 * time.Millisecond):
		}
	}
	return session.Workshop{}, fmt.Errorf("the coach's setup opened no workshop in %v", wait)
}

// stopCoach has the coach leave the dashboard and waits for the program
// to end, so what follows runs without it.
func (b *trioBackend) stopCoach() error {
	c := b.coach
	if c == nil {
		return nil
	}
	b.coach = nil
	c.p.Quit()
	select {
	case <-c.done:
	case <-time.After(10 * time.Second):
		c.p.Kill()
		<-c.done
	}
	return c.screen.Close()
}
