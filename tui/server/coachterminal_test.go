package server

import (
	"bytes"
	"io"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/vt"

	"trio/session"
	"trio/tui"
)

// coachTerminal is the terminal trio workshop runs in: the coach's app,
// a real program with its renderer, beside the server, drawn by a
// terminal emulator as the coach's own terminal would draw it.
type coachTerminal struct {
	t    testing.TB
	in   *io.PipeWriter
	done chan struct{}

	mu sync.Mutex
	vt *vt.Emulator
}

// screenWriter draws what the program writes on the emulator, a line
// feed going back to the line's start as a terminal's own driver makes it.
type screenWriter struct{ c *coachTerminal }

func (w screenWriter) Write(p []byte) (int, error) {
	w.c.mu.Lock()
	defer w.c.mu.Unlock()
	if _, err := w.c.vt.Write(bytes.ReplaceAll(p, []byte("\n"), []byte("\r\n"))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// openCoach starts the coach's side of a workshop on the server's hub,
// as trio workshop does: the same hub, the coach known by a key of the
// server's, exports into dir.
func (ts *testServer) openCoach(width, height int, dir string) *coachTerminal {
	ts.t.Helper()
	inR, inW := io.Pipe()
	c := &coachTerminal{t: ts.t, in: inW, done: make(chan struct{}), vt: vt.NewEmulator(width, height)}
	app := tui.New(tui.Options{
		Hub: ts.hub, ExportDir: dir, ExportHint: ts.srv.cfg.JoinCommand,
		UserName: "Coach", Coach: session.ParticipantID("coach:" + ts.srv.Fingerprint()),
	})
	p := tea.NewProgram(app, tea.WithInput(inR), tea.WithOutput(screenWriter{c}),
		tea.WithWindowSize(width, height), tea.WithEnvironment([]string{"TERM=xterm-256color"}))
	// The emulator answers the program's questions (the background colour)
	// as a terminal does, on the program's input.
	go io.Copy(inW, emulatorAnswers{c})
	go func() {
		defer close(c.done)
		p.Run()
		app.Close()
	}()
	ts.t.Cleanup(func() {
		p.Quit()
		inW.Close()
		<-c.done
	})
	return c
}

// emulatorAnswers reads what the emulator says back to the program.
type emulatorAnswers struct{ c *coachTerminal }

func (a emulatorAnswers) Read(p []byte) (int, error) { return a.c.vt.Read(p) }

func (c *coachTerminal) screen() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.vt.String()
}

// keys types on the coach's keyboard, as terminal.keys does.
func (c *coachTerminal) keys(s string) {
	c.t.Helper()
	if _, err := c.in.Write(keyBytes(s)); err != nil {
		c.t.Fatal(err)
	}
}

// waitFor waits until the coach's screen shows every text.
func (c *coachTerminal) waitFor(texts ...string) {
	c.t.Helper()
	waitUntilShown(c.t, "the coach's screen", c.screen, texts)
}

// menu chooses the entry of the dashboard's menu that starts with title.
func (c *coachTerminal) menu(title string) {
	c.t.Helper()
	chooseFromMenu(c.t, c, title)
}
