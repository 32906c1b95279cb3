package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// open-rooms is one attacker against a running trio serve: keyless
// sessions from one address open rooms from the lobby as fast as the
// server lets them, each leaving the room it opened to open the next, and
// each turned-away session coming back as someone new. It reports how
// many rooms opened a minute.

// createRoom is what a person types in the lobby to open a room: create,
// a question, the defaults of every other field, and start.
const createRoom = "\rWho floods the rooms?\r\r\r\r\x1b[C\r\r"

// refusedRoom is a line of each sentence that turns a room away.
var refusedRoom = []string{"cannot open", "can open in"}

func runOpenRooms(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("trio-load open-rooms", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "", "the trio serve to flood, `HOST:PORT`")
	sessions := fs.Int("sessions", 5, "keyless sessions opening rooms at once, all from 127.0.0.1")
	duration := fs.Duration("duration", time.Minute, "how long to open rooms")
	timeout := fs.Duration("timeout", 5*time.Second, "how long to wait for a screen before giving up on a session")
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: trio-load open-rooms --addr HOST:PORT [--sessions N] [--duration D]\n\n"+
			"One attacker: keyless sessions from one address open rooms from the lobby\n"+
			"as fast as the server lets them, and the rooms opened a minute are counted.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *addr == "" || *sessions < 1 || *duration <= 0 {
		fmt.Fprintln(stderr, "trio-load open-rooms: give --addr HOST:PORT, at least one session and a duration.")
		return 2
	}
	var opened, refused, lost atomic.Int64
	deadline := time.Now().Add(*duration)
	var wg sync.WaitGroup
	for range *sessions {
		wg.Go(func() {
			for time.Now().Before(deadline) && ctx.Err() == nil {
				o, r, err := openRoomsAsSomeoneNew(ctx, *addr, *timeout, deadline)
				opened.Add(int64(o))
				refused.Add(int64(r))
				if err != nil {
					lost.Add(1)
					time.Sleep(100 * time.Millisecond) // a refused connection: knock again
				}
			}
		})
	}
	wg.Wait()
	minutes := duration.Minutes()
	fmt.Fprintf(stdout, "%d keyless sessions from one address for %s: %d rooms opened (%.1f a minute), %d refused, %d sessions lost or turned away\n",
		*sessions, *duration, opened.Load(), float64(opened.Load())/minutes, refused.Load(), lost.Load())
	return 0
}

// openRoomsAsSomeoneNew connects without a key, as someone new, and opens
// rooms until one is refused or the deadline passes.
func openRoomsAsSomeoneNew(ctx context.Context, addr string, timeout time.Duration, deadline time.Time) (opened, refused int, err error) {
	cl, err := dial(ctx, dialSpec{addr: addr, local: loopbackSource(0), user: "flood", width: 80, height: 24, timeout: timeout})
	if err != nil {
		return 0, 0, err
	}
	defer cl.close()
	if _, ok := cl.until(cl.expectShown("Create a room"), time.Now().Add(timeout)); !ok {
		return 0, 0, errors.New("no lobby")
	}
	for time.Now().Before(deadline) {
		cl.mu.Lock()
		answer := cl.await(func(screen string) bool {
			return strings.Contains(screen, "Phase 1 of") || containsAny(screen, refusedRoom)
		})
		cl.mu.Unlock()
		if _, err := cl.send(createRoom); err != nil {
			return opened, refused, err
		}
		if _, ok := cl.until(answer, time.Now().Add(timeout)); !ok {
			return opened, refused, errors.New("no answer")
		}
		if !strings.Contains(cl.screen(), "Phase 1 of") {
			return opened, refused + 1, nil
		}
		opened++
		if err := cl.leaveRoom(timeout); err != nil {
			return opened, refused, err
		}
	}
	return opened, refused, nil
}

// leaveRoom chooses "Leave the room" in the room's menu, waits for the
// lobby, and moves its cursor from the room left up to "Create a room".
func (cl *client) leaveRoom(timeout time.Duration) error {
	menu := cl.expectShown("What would you like to do")
	cl.send("\x10") // ctrl+p
	if _, ok := cl.until(menu, time.Now().Add(timeout)); !ok {
		return errors.New("no menu")
	}
	at, want := -1, -1
	cl.mu.Lock()
	screen := cl.textLocked()
	cl.mu.Unlock()
	for i, line := range strings.Split(screen, "\n") {
		switch {
		case strings.Contains(line, "▸ Leave the room"):
			at, want = i, i
		case strings.Contains(line, "▸ "):
			at = i
		case strings.Contains(line, "  Leave the room"):
			want = i
		}
	}
	if at < 0 || want < at {
		return errors.New("no way out of the room")
	}
	lobby := cl.expectShown("Create a room")
	cl.send(strings.Repeat("\x1b[B", want-at) + "\r")
	if _, ok := cl.until(lobby, time.Now().Add(timeout)); !ok {
		return errors.New("no lobby after leaving")
	}
	create := cl.expectShown("▸ Create a room")
	cl.send("\x1b[A\x1b[A") // past "Join a room by its code"
	if _, ok := cl.until(create, time.Now().Add(timeout)); !ok {
		return errors.New("the lobby's cursor did not reach Create a room")
	}
	return nil
}

func containsAny(s string, parts []string) bool {
	for _, p := range parts {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}
