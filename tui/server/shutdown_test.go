package server

import (
	"context"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"trio/tui"
)

// noisy is a program that draws a new screen of colourful noise every few
// milliseconds: far more than a terminal that stopped reading can take.
type noisy struct{ ticks *atomic.Int64 }

type noise struct{}

func (n noisy) Init() tea.Cmd { return n.next() }

func (n noisy) next() tea.Cmd {
	return tea.Tick(5*time.Millisecond, func(time.Time) tea.Msg { return noise{} })
}

func (n noisy) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(noise); ok {
		n.ticks.Add(1)
		return n, n.next()
	}
	return n, nil
}

func (n noisy) View() tea.View {
	var b strings.Builder
	for range maxHeight {
		for range maxWidth {
			b.WriteString("\x1b[38;5;")
			b.WriteString(string(rune('1' + rand.IntN(9))))
			b.WriteString("m")
			b.WriteRune(rune('a' + rand.IntN(26)))
		}
		b.WriteString("\n")
	}
	v := tea.NewView(b.String())
	v.AltScreen = true
	return v
}

// TestShutdownIsNotHeldUpByAFrozenTerminal: a terminal that stopped
// reading (its SSH window full, its painter stuck writing to it) does not
// keep Shutdown past its deadline, nor the other terminals from being
// told.
func TestShutdownIsNotHeldUpByAFrozenTerminal(t *testing.T) {
	var ticks atomic.Int64
	ts := startServer(t, func(cfg *Config) {
		cfg.NewModel = func(tui.Options) tea.Model { return noisy{ticks: &ticks} }
	})
	conn := ts.dial(newPerson(t, "sam"))
	frozen, err := conn.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := frozen.StdoutPipe(); err != nil { // never read
		t.Fatal(err)
	}
	if err := frozen.RequestPty("xterm-256color", maxHeight, maxWidth, nil); err != nil {
		t.Fatal(err)
	}
	if err := frozen.Shell(); err != nil {
		t.Fatal(err)
	}
	// The terminal's painter gets stuck writing to it (its program goes on
	// taking ticks: it never writes itself).
	deadline := time.Now().Add(20 * time.Second)
	for last, still := int64(-1), 0; still < 10; time.Sleep(50 * time.Millisecond) {
		if n := ts.frames(); n == last && n > 0 {
			still++
		} else {
			last, still = n, 0
		}
		if time.Now().After(deadline) {
			t.Fatal("the painter never got stuck writing to the frozen terminal")
		}
	}
	before := ticks.Load()
	waitUntil(t, "the program goes on while its painter is stuck", func() bool { return ticks.Load() > before })

	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	done := make(chan struct{})
	go func() {
		ts.srv.Shutdown(ctx)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("Shutdown with a 1 s deadline still waits after 10 s on a frozen terminal:\n%s", pprofDump())
	}
}
