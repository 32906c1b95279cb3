package server

import (
	"context"
	"io"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
)

// TestKeysReachTheProgramAndEndWithTheSession: keys typed reach the
// program as events; once the program has ended, a key still arriving (an
// escape held as the start of a sequence) is dropped, and forwardKeys ends
// when the session's input does.
func TestKeysReachTheProgramAndEndWithTheSession(t *testing.T) {
	t.Parallel()
	in, typing := io.Pipe()
	var mu sync.Mutex
	var got []tea.Msg
	ended := false
	send := func(msg tea.Msg) { // as Program.Send: nothing once the program has ended
		mu.Lock()
		defer mu.Unlock()
		if !ended {
			got = append(got, msg)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { forwardKeys(ctx, in, keysPerSecond, send, nil); close(done) }()

	typing.Write([]byte("a"))
	waitUntil(t, "the key reaches the program", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(got) == 1
	})
	if key, ok := got[0].(uv.KeyPressEvent); !ok || key.Text != "a" {
		t.Fatalf("the program got %#v", got[0])
	}
	mu.Lock()
	ended = true
	mu.Unlock()
	typing.Write([]byte("\x1b"))
	cancel()
	typing.Close()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("forwardKeys outlived its session")
	}
}

// TestAFloodOfKeysLosesNone: keys past the pace wait their turn; every one
// reaches the program, in order.
func TestAFloodOfKeysLosesNone(t *testing.T) {
	t.Parallel()
	in, typing := io.Pipe()
	var mu sync.Mutex
	var text []byte
	send := func(msg tea.Msg) {
		if key, ok := msg.(uv.KeyPressEvent); ok {
			mu.Lock()
			text = append(text, key.Text...)
			mu.Unlock()
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go forwardKeys(ctx, in, keysPerSecond, send, nil)
	flood := make([]byte, keysPerSecond+100)
	for i := range flood {
		flood[i] = 'a' + byte(i%26)
	}
	go typing.Write(flood)
	waitUntil(t, "every key reaches the program", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(text) == len(flood)
	})
	if string(text) != string(flood) {
		t.Fatalf("the keys arrived changed:\n%s", text)
	}
}
