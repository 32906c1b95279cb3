package server

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"trio/session"
)

// quietTerminal is a terminal that draws nothing: it counts the bytes that
// arrive and notes when a looked-for text arrives, so a benchmark can hold
// hundreds at once and measure the server rather than its emulators.
type quietTerminal struct {
	sess  *gossh.Session
	stdin io.Writer

	mu      sync.Mutex
	n       int
	tail    []byte
	look    []byte
	arrived chan time.Time
}

// openQuiet opens a quiet 80×24 terminal (or size), already waiting for
// the text (see expect) that tells it has started.
func (ts *testServer) openQuiet(tb testing.TB, p person, command, started string, size ...int) (*quietTerminal, <-chan time.Time) {
	tb.Helper()
	conn := ts.connect(p)
	tb.Cleanup(func() { conn.Close() })
	sess, err := conn.NewSession()
	if err != nil {
		tb.Fatal(err)
	}
	q := &quietTerminal{sess: sess}
	ready := q.expect(started)
	if q.stdin, err = sess.StdinPipe(); err != nil {
		tb.Fatal(err)
	}
	out, err := sess.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	w, h := 80, 24
	if len(size) == 2 {
		w, h = size[0], size[1]
	}
	if err := sess.RequestPty("xterm-256color", h, w, nil); err != nil {
		tb.Fatal(err)
	}
	if err := sess.Start(command); err != nil {
		tb.Fatal(err)
	}
	go q.read(out)
	return q, ready
}

func (q *quietTerminal) read(out io.Reader) {
	buf := make([]byte, 32*1024)
	for {
		n, err := out.Read(buf)
		if n > 0 {
			now := time.Now()
			q.mu.Lock()
			q.n += n
			if q.look != nil {
				q.tail = append(q.tail, buf[:n]...)
				if bytes.Contains(q.tail, q.look) {
					q.look = nil
					q.arrived <- now
				} else if keep := len(q.look) - 1; len(q.tail) > keep {
					q.tail = append(q.tail[:0], q.tail[len(q.tail)-keep:]...)
				}
			}
			q.mu.Unlock()
		}
		if err != nil {
			return
		}
	}
}

// expect arms the terminal to note when text arrives; the time comes on the
// returned channel.
func (q *quietTerminal) expect(text string) <-chan time.Time {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.look, q.tail = []byte(text), q.tail[:0]
	q.arrived = make(chan time.Time, 1)
	return q.arrived
}

func (q *quietTerminal) received() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.n
}

// room is one room of the benchmarks: its people, each at a terminal.
type room struct {
	code   string
	people []person
	terms  []*quietTerminal
}

// rooms is n people at n terminals, in rooms of twelve (the most a room
// holds), each terminal on its room's check-in.
func rooms(b *testing.B, n int) (*testServer, []room) {
	ts := startServer(b, func(cfg *Config) { cfg.MaxSessions = n + 10 })
	var all []room
	var ready []<-chan time.Time
	for i := 0; i < n; i += session.MaxParticipants {
		facilitator := newPerson(b, "maya")
		r := room{code: ts.openRoom(facilitator), people: []person{facilitator}}
		for j := i + 1; j < min(n, i+session.MaxParticipants); j++ {
			p := newPerson(b, "p"+strconv.Itoa(j))
			if _, err := ts.hub.Do(context.Background(), r.code, p.id(), session.Join{Name: p.name}); err != nil {
				b.Fatal(err)
			}
			r.people = append(r.people, p)
		}
		for _, p := range r.people {
			q, started := ts.openQuiet(b, p, "join "+r.code, "Check-in")
			r.terms = append(r.terms, q)
			ready = append(ready, started)
		}
		all = append(all, r)
	}
	for _, started := range ready {
		select {
		case <-started:
		case <-time.After(30 * time.Second):
			b.Fatal("a terminal never drew its room")
		}
	}
	return ts, all
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// lobby is n terminals of width×height on the home screen, where nothing
// ticks.
func lobby(b *testing.B, n, width, height int) []*quietTerminal {
	ts := startServer(b, func(cfg *Config) { cfg.MaxSessions = n + 10 })
	maya := newPerson(b, "maya")
	terms := make([]*quietTerminal, n)
	ready := make([]<-chan time.Time, n)
	for i := range terms {
		terms[i], ready[i] = ts.openQuiet(b, maya, "", "Create a room", width, height)
	}
	for _, r := range ready {
		select {
		case <-r:
		case <-time.After(30 * time.Second):
			b.Fatal("a terminal never drew the home screen")
		}
	}
	return terms
}

// BenchmarkIdleSessions opens 100 and 500 terminals and leaves them idle:
// on the home screen, where nothing changes (also at 200×60), and in rooms
// of twelve, where each program redraws its room's clock every second.
// Reports what each terminal costs in memory and goroutines (the server
// and its test client together, in this process), the CPU they take while
// nobody types, and the bytes they receive meanwhile. Run once:
//
//	go test ./tui/server -run '^$' -bench IdleSessions -benchtime 1x
func BenchmarkIdleSessions(b *testing.B) {
	for _, where := range []string{"home", "home-200x60", "room"} {
		for _, n := range []int{100, 500} {
			if where == "home-200x60" && n > 100 {
				continue
			}
			b.Run(fmt.Sprintf("%s/%d", where, n), func(b *testing.B) {
				for b.Loop() {
					goroutines, heap := runtime.NumGoroutine(), heapInUse()
					var terms []*quietTerminal
					switch where {
					case "home":
						terms = lobby(b, n, 80, 24)
					case "home-200x60":
						terms = lobby(b, n, 200, 60)
					default:
						_, all := rooms(b, n)
						for _, r := range all {
							terms = append(terms, r.terms...)
						}
					}
					time.Sleep(2 * time.Second) // let start-up work finish
					perSession := float64(heapInUse()-heap) / float64(n)
					routines := float64(runtime.NumGoroutine()-goroutines) / float64(n)
					received := 0
					for _, q := range terms {
						received -= q.received()
					}
					const window = 5 * time.Second
					cpu := cpuTime()
					time.Sleep(window)
					busy := cpuTime() - cpu
					for _, q := range terms {
						received += q.received()
					}
					b.ReportMetric(perSession/1024, "heap-KB/session")
					b.ReportMetric(routines, "goroutines/session")
					b.ReportMetric(100*float64(busy)/float64(window), "%core-idle")
					b.ReportMetric(float64(received)/window.Seconds(), "idle-B/s")
				}
			})
		}
	}
}

// BenchmarkFanOut: 12, then 300 people at their terminals, in rooms of
// twelve. In one room, a check-in word reaches the room's terminals;
// reports the p50
// and p99 of the time from the hub taking the word to its bytes arriving
// at a terminal (over 11 terminals and 40 words), and of a keypress coming
// back to the terminal that typed it.
//
//	go test ./tui/server -run '^$' -bench FanOut -benchtime 1x
func BenchmarkFanOut(b *testing.B) {
	for _, n := range []int{12, 300} {
		b.Run(strconv.Itoa(n), func(b *testing.B) { benchFanOut(b, n) })
	}
}

func benchFanOut(b *testing.B, n int) {
	const words = 40
	for b.Loop() {
		ts, all := rooms(b, n)
		r := all[len(all)/2]
		time.Sleep(2 * time.Second) // let start-up work finish
		var lat []time.Duration
		for i := range words {
			// Each letter differs from the last word's, so the whole word is
			// sent again.
			var word []byte
			for k := range 6 {
				word = append(word, byte('a'+(i+7*k)%26))
			}
			var waits []<-chan time.Time
			for _, q := range r.terms[1:] {
				waits = append(waits, q.expect(string(word)))
			}
			start := time.Now()
			if _, err := ts.hub.Do(context.Background(), r.code, r.people[0].id(), session.CheckIn{Word: string(word)}); err != nil {
				b.Fatal(err)
			}
			for _, w := range waits {
				select {
				case at := <-w:
					lat = append(lat, at.Sub(start))
				case <-time.After(10 * time.Second):
					b.Fatal("a terminal never showed the word")
				}
			}
		}
		reportQuantiles(b, lat, "fanout")

		// Echo: someone in the room types, key by key; each letter comes
		// back to their own screen.
		typist := r.terms[1]
		if _, err := typist.stdin.Write([]byte("\r")); err != nil {
			b.Fatal(err)
		}
		lat = lat[:0]
		for i := range 60 {
			if i%20 == 19 {
				// Room for more: clear the field, and let it redraw.
				cleared := typist.expect("\x1b[")
				typist.stdin.Write([]byte("\x15"))
				select {
				case <-cleared:
				case <-time.After(10 * time.Second):
					b.Fatal("the field was never cleared")
				}
			}
			// Not a letter of the clock's "4:59 left".
			const letters = "abcdghijkmnopqrsuvwx"
			letter := string(letters[i%20])
			arrived := typist.expect(letter)
			start := time.Now()
			if _, err := typist.stdin.Write([]byte(letter)); err != nil {
				b.Fatal(err)
			}
			select {
			case at := <-arrived:
				lat = append(lat, at.Sub(start))
			case <-time.After(10 * time.Second):
				b.Fatalf("the key %q never came back", letter)
			}
		}
		reportQuantiles(b, lat, "echo")
	}
}

func reportQuantiles(b *testing.B, lat []time.Duration, name string) {
	slices.Sort(lat)
	at := func(q float64) float64 {
		return float64(lat[int(q*float64(len(lat)-1))]) / float64(time.Millisecond)
	}
	b.ReportMetric(at(0.5), name+"-p50-ms")
	b.ReportMetric(at(0.99), name+"-p99-ms")
}
