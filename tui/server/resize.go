package server

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
)

// resizeEvery is how often a terminal's program may be given a new size:
// once a frame, at Bubble Tea's 60 frames a second.
const resizeEvery = time.Second / 60

// followResizes hands a terminal's program its new sizes, clamped: the
// newest only, at most once a frame, so a client resizing a thousand times
// a second costs what one resizing sixty times does. It reads windows
// until the session's requests end, even after ctx: SSH delivers a resize
// into a one-slot channel, and one left unread blocks the session's
// requests, and with them the whole connection, for good.
func followResizes(ctx context.Context, windows <-chan ssh.Window, send func(tea.Msg)) {
	newest := make(chan ssh.Window, 1)
	go func() {
		defer close(newest)
		for win := range windows {
			select {
			case <-newest: // an older size nobody took yet
			default:
			}
			newest <- win // the only sender, so the slot is free
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return
		case win, ok := <-newest:
			if !ok {
				return
			}
			w, h := clampSize(win.Width, win.Height)
			send(tea.WindowSizeMsg{Width: w, Height: h})
		}
		pause := time.NewTimer(resizeEvery)
		select {
		case <-ctx.Done():
			pause.Stop()
			return
		case <-pause.C:
		}
	}
}
