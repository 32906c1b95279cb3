package server

import (
	"context"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
)

// TestResizesReachTheProgramOnceAFrameNewestLast: a thousand sizes in a
// burst reach the program at most once a frame, clamped, and the last one
// it gets is the newest.
func TestResizesReachTheProgramOnceAFrameNewestLast(t *testing.T) {
	windows := make(chan ssh.Window, 1)
	var mu sync.Mutex
	var got []tea.WindowSizeMsg
	send := func(msg tea.Msg) {
		mu.Lock()
		got = append(got, msg.(tea.WindowSizeMsg))
		mu.Unlock()
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan struct{})
	start := time.Now()
	go func() { followResizes(ctx, windows, send); close(done) }()
	for i := range 1000 {
		windows <- ssh.Window{Width: 80 + i, Height: 24 + i%10}
	}
	want := tea.WindowSizeMsg{Width: maxWidth, Height: 24 + 999%10}
	waitUntil(t, "the newest size arrives", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(got) > 0 && got[len(got)-1] == want
	})
	mu.Lock()
	n, frames := len(got), int(time.Since(start)/resizeEvery)+1
	mu.Unlock()
	if n > frames {
		t.Fatalf("%d sizes in %d frames", n, frames)
	}
	t.Logf("1000 sizes reached the program as %d", n)
	close(windows)
	<-done
}

// TestResizesAfterTheSessionNeverBlockSSH: once the session's context ends,
// sizes still arriving are read and dropped, so SSH's one-slot channel
// never holds up the connection; the end of the requests ends it all.
func TestResizesAfterTheSessionNeverBlockSSH(t *testing.T) {
	t.Parallel()
	windows := make(chan ssh.Window, 1)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { followResizes(ctx, windows, func(tea.Msg) {}); close(done) }()
	cancel()
	<-done
	sent := make(chan struct{})
	go func() {
		for i := range 100 {
			windows <- ssh.Window{Width: i + 1, Height: 1}
		}
		close(windows)
		close(sent)
	}()
	select {
	case <-sent:
	case <-time.After(5 * time.Second):
		t.Fatal("a resize after the session ended blocked SSH")
	}
}
