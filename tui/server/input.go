package server

import (
	"context"
	"io"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
	"golang.org/x/time/rate"
)

// Bubble Tea v2.1.1 reads a terminal's keys with ultraviolet's
// TerminalReader (v0.0.0-20261008173134), whose sendEvents hands each one
// to the program with a bare channel send. A key that arrives as the
// program ends (an escape typed just before the connection drops is held
// for 50 ms, then flushed when the program's context ends) leaves that
// goroutine blocked for good, with the program's memory.
// TestUpstreamInputReaderStillBlocksOnAnEndedProgram fails once it no
// longer does. So a program over
// SSH has no input of its own (nor a table of key sequences, about 130 KB
// a terminal): forwardKeys reads the session, with the same decoder Bubble
// Tea uses and every buffer capped (keyreader.go), and hands each event
// over with Program.Send, which gives up once the program has ended.

// forwardKeys reads a terminal's input as events and sends them to its
// program until the session's input ends. Sends after the program has
// ended are dropped, so nothing here waits on it for good; at most
// perSecond are sent a second. overflow hears of input past a limit, once
// for each kind.
func forwardKeys(ctx context.Context, in io.Reader, perSecond int, send func(tea.Msg), overflow func(what string, limit int)) {
	events := make(chan uv.Event)
	go func() {
		defer close(events)
		if err := readEvents(ctx, in, events, overflow); err != nil {
			send(tea.Quit()) // the input broke: end the program, as Bubble Tea would
		}
	}()
	// Every key redraws the screen: keys past a fast typist's pace wait,
	// so a flood of them slows only its own terminal, and none is lost.
	pace := rate.NewLimiter(rate.Limit(perSecond), perSecond)
	for event := range events {
		if pace.Wait(ctx) != nil {
			return
		}
		send(event)
	}
}

// keysPerSecond is the most input events a terminal's program handles a
// second, unless Config.KeysPerSecond says otherwise: key repeat runs at
// about 30, and a paste comes as one event.
const keysPerSecond = 200
