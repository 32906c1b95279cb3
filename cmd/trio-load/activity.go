package main

import (
	"context"
	"crypto/rand"
	"math/big"
	"strings"
	"sync"
	"time"
)

// samples is what the active rooms measured.
type samples struct {
	mu     sync.Mutex
	fanout []time.Duration // Enter to the text on another member's screen
	// The same, split by whether the author and the reader reached one
	// server or two, when several serve one store.
	fanoutSame, fanoutCross []time.Duration
	echo                    []time.Duration // a key to its letter on the typist's screen
	contributions           int
	lostFanout              int // an observer's screen that never showed the text
	lostEcho                int // a letter that never showed on the typist's screen

	// While typing: bytes to the typist and to each observer, and the keys
	// that caused them (for each observer, the typist's keys again).
	typingBytes, typingKeys                 int64
	typingObserverBytes, typingObserverKeys int64
	// typingObserverWindows is how many observers watched a text typed:
	// the typing's share of what a contribution costs each of them.
	typingObserverWindows int64
	// Plain typing: from the echo of a text's first letter to the echo of
	// its last, what the typist received for the letters in between, each
	// one added at the end of a line. The first letter is left out: it may
	// clear a field's hint, which is not typing.
	letterBytes, letters int64
	// From Enter to the room's next contribution: bytes, windows and their
	// length in seconds, to take the idle background off.
	sentBytes, sentWindows                 int64
	sentSeconds                            float64
	sentObserverBytes, sentObserverWindows int64
	sentObserverSeconds                    float64
}

// markers hands out the texts the rooms type: unique in the run, so a
// screen that shows one shows that contribution and no other. Capitals
// without vowels: no word of trio's screens is spelled with them alone.
type markers struct {
	mu   sync.Mutex
	used map[string]bool
	n    int
}

const markerAlphabet = "BCDFGHJKLMNPQRSTVWXZ"

func (m *markers) next() string {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.used == nil {
		m.used = map[string]bool{}
	}
	for {
		b := make([]byte, m.n)
		for i := range b {
			k, _ := rand.Int(rand.Reader, big.NewInt(int64(len(markerAlphabet))))
			b[i] = markerAlphabet[k.Int64()]
		}
		if s := string(b); !m.used[s] {
			m.used[s] = true
			return s
		}
	}
}

// activity runs every room at rate contributions a second until the
// deadline; in each room the members take turns.
func activity(ctx context.Context, o options, t *target, rooms [][]*client, m *markers, deadline time.Time) *samples {
	s := &samples{}
	var wg sync.WaitGroup
	for _, room := range rooms {
		wg.Go(func() { runRoom(ctx, o, t, room, m, s, deadline) })
	}
	wg.Wait()
	return s
}

// runRoom types one contribution every 1/rate seconds, from a random
// start so rooms do not move in step, and never in a burst to catch up.
func runRoom(ctx context.Context, o options, t *target, room []*client, m *markers, s *samples, deadline time.Time) {
	interval := time.Duration(float64(time.Second) / o.rate)
	jitter, _ := rand.Int(rand.Reader, big.NewInt(int64(interval)))
	next := time.Now().Add(time.Duration(jitter.Int64()))
	var open *sentWindow
	for typist := 0; ; typist = (typist + 1) % len(room) {
		wake := next
		if deadline.Before(wake) {
			wake = deadline
		}
		if !sleepUntil(ctx, wake) {
			return
		}
		if open != nil {
			open.close(s)
		}
		if !time.Now().Before(deadline) {
			return
		}
		open = contribute(o, t, room, typist, m.next(), s)
		next = next.Add(interval)
		if now := time.Now(); next.Before(now) {
			next = now
		}
	}
}

// newToTheScreen turns text round so that it starts with a letter the
// screen does not show. Where a letter starts the writing, the field's
// hint goes as it comes; had the hint held that letter, the screen would
// show it as often as before, and its echo could not be told.
func newToTheScreen(text, screen string) string {
	for i := range text {
		if !strings.Contains(screen, text[i:i+1]) {
			return text[i:] + text[:i]
		}
	}
	return text
}

func sleepUntil(ctx context.Context, at time.Time) bool {
	timer := time.NewTimer(time.Until(at))
	defer timer.Stop()
	select {
	case <-timer.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// contribute has one member type a text and send it, timing the echo of
// each key on their own screen and the text's arrival on every other
// member's. It returns the window of bytes that the sending opened.
func contribute(o options, t *target, room []*client, typist int, text string, s *samples) *sentWindow {
	me := room[typist]
	before := receivedBy(room)
	if t.compose != "" {
		w := me.expectShown(t.composing)
		sent, err := me.send(t.compose)
		if err != nil {
			return nil
		}
		if _, ok := me.until(w, sent.Add(o.timeout)); !ok {
			s.mu.Lock()
			s.lostEcho++
			s.mu.Unlock()
			return nil
		}
	}
	if t.compose == "" {
		text = newToTheScreen(text, me.screen())
	}
	var echoes []time.Duration
	lostEcho := 0
	var firstEchoed int64
	for i := range text {
		var writing *coachWait
		if i == 0 {
			writing = t.coach.expect(me, changeWriting)
		}
		w := me.expect(text[:i+1])
		sent, err := me.send(text[i : i+1])
		if err != nil {
			return nil
		}
		if at, ok := me.until(w, sent.Add(o.timeout)); ok {
			echoes = append(echoes, at.Sub(sent))
		} else {
			lostEcho++
		}
		if i == 0 {
			firstEchoed = me.received.Load()
		}
		t.coach.seen(writing, sent)
	}
	typed := receivedBy(room)

	waits := make([]*wait, len(room))
	for i, cl := range room {
		if i != typist {
			waits[i] = cl.expect(text)
		}
	}
	done := t.coach.expect(me, changeSent)
	sent, err := me.send("\r")
	if err != nil {
		return nil
	}
	var fanouts []fanoutSample
	lostFanout := 0
	for i, w := range waits {
		if w == nil {
			continue
		}
		if at, ok := room[i].until(w, sent.Add(o.timeout)); ok {
			fanouts = append(fanouts, fanoutSample{took: at.Sub(sent), author: me.instance, reader: room[i].instance})
		} else {
			lostFanout++
		}
	}
	t.coach.seen(done, sent)
	if t.markReady {
		ready := t.coach.expect(me, changeReady)
		if at, err := me.send("\x12"); err == nil { // ctrl+r
			t.coach.seen(ready, at)
		}
	}

	keys := int64(len(t.compose) + len(text))
	s.mu.Lock()
	defer s.mu.Unlock()
	s.contributions++
	s.echo = append(s.echo, echoes...)
	for _, f := range fanouts {
		s.addFanout(f)
	}
	s.lostEcho += lostEcho
	s.lostFanout += lostFanout
	if lostEcho == 0 {
		s.letterBytes += typed[typist] - firstEchoed
		s.letters += int64(len(text) - 1)
	}
	for i := range room {
		if i == typist {
			s.typingBytes += typed[i] - before[i]
			s.typingKeys += keys
		} else {
			s.typingObserverBytes += typed[i] - before[i]
			s.typingObserverKeys += keys
			s.typingObserverWindows++
		}
	}
	return &sentWindow{room: room, typist: typist, at: sent, bytes: typed}
}

// sentWindow counts the bytes that reach a room's terminals from one
// contribution's Enter to the room's next contribution.
type sentWindow struct {
	room   []*client
	typist int
	at     time.Time
	bytes  []int64
}

func (w *sentWindow) close(s *samples) {
	now := receivedBy(w.room)
	seconds := time.Since(w.at).Seconds()
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range w.room {
		if i == w.typist {
			s.sentBytes += now[i] - w.bytes[i]
			s.sentWindows++
			s.sentSeconds += seconds
		} else {
			s.sentObserverBytes += now[i] - w.bytes[i]
			s.sentObserverWindows++
			s.sentObserverSeconds += seconds
		}
	}
}

func receivedBy(room []*client) []int64 {
	n := make([]int64, len(room))
	for i, cl := range room {
		n[i] = cl.received.Load()
	}
	return n
}
