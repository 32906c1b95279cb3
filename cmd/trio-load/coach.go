package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"trio/content"
	"trio/session"
	"trio/tui"
)

// The workshop scenario's coach runs inside the trio server's process, as
// `trio workshop` runs it beside its server: tui.New with the coach, in a
// Bubble Tea program with its own renderer and no input. It writes to a
// terminal's tty that the load generator passed down, and the load
// generator draws the other end with a terminal emulator and times what
// shows there, as on the members' screens. The program is not driven on
// its messages: the renderer's frames are part of what a coach waits for.

// coachID is the coach, as `trio workshop` names the one at its terminal.
const coachID session.ParticipantID = "coach:trio-load"

// coachProgram is the coach's dashboard running headless.
type coachProgram struct {
	p      *tea.Program
	screen *os.File
	done   chan struct{}
}

// startCoach opens a workshop of args[3] trios through the hub, as the
// coach's setup screen does, then the coach's program on the terminal at
// file descriptor args[0], args[1] × args[2]; there the coach goes back
// to the workshop the setup offers, with enter, as after a restart. It
// answers with the workshop's code and its rooms', table by table.
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
	w, err := b.hub.OpenWorkshop(context.Background(), session.OpenWorkshop{
		Title: "Load", Coach: session.Person{ID: coachID, Name: "Coach"}, Script: content.Default(),
		Questions: []string{"How fast does a change reach the coach?"}, Trios: n[3],
	})
	if err != nil {
		screen.Close()
		return childReply{}, err
	}
	app := tui.New(tui.Options{
		Hub: b.hub, ExportDir: b.dir, ExportHint: b.joinCommand, UserName: "Coach", Coach: coachID,
	})
	p := tea.NewProgram(app,
		tea.WithInput(nil),
		tea.WithFPS(tui.CoachFrameRate),
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
	p.Send(tea.KeyPressMsg{Code: tea.KeyEnter}) // back to the workshop
	reply := childReply{Workshop: w.Code}
	for _, t := range w.Trios {
		reply.Rooms = append(reply.Rooms, t.Room)
	}
	return reply, nil
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
