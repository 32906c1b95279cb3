package server

import (
	"bytes"
	"context"
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

// openQuiet opens a quiet terminal, already waiting for the text (see
// expect) that tells it has started.
func (ts *testServer) openQuiet(tb testing.TB, p person, command, started string) (*quietTerminal, <-chan time.Time) {
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
	if err := sess.RequestPty("xterm-256color", 24, 80, nil); err != nil {
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

// crowd is n terminals in one room of twelve people: each person has
// several terminals open on it.
func crowd(b *testing.B, n int) (*testServer, string, []person, []*quietTerminal) {
	ts := startServer(b, func(cfg *Config) { cfg.MaxSessions = n + 10 })
	people := []person{newPerson(b, "maya")}
	code := ts.openRoom(people[0])
	for i := 1; i < session.MaxParticipants; i++ {
		p := newPerson(b, "p"+strconv.Itoa(i))
		if _, err := ts.hub.Do(context.Background(), code, p.id(), session.Join{Name: p.name}); err != nil {
			b.Fatal(err)
		}
		people = append(people, p)
	}
	terms := make([]*quietTerminal, n)
	ready := make([]<-chan time.Time, n)
	for i := range terms {
		terms[i], ready[i] = ts.openQuiet(b, people[i%len(people)], "join "+code, "Check-in")
	}
	// Settled: every terminal has drawn the room.
	for _, r := range ready {
		select {
		case <-r:
		case <-time.After(30 * time.Second):
			b.Fatal("a terminal never drew the room")
		}
	}
	return ts, code, people, terms
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

var sessionCounts = []int{100, 500}

// BenchmarkIdleSessions opens 100 (or -sessions) terminals on one room and
// leaves them idle: what each costs in memory and goroutines (server and
// its test client together, in this process), the CPU they take while
// nobody types, and the bytes they receive meanwhile. Run once:
//
//	go test ./server/ -run '^$' -bench IdleSessions -benchtime 1x
func BenchmarkIdleSessions(b *testing.B) {
	for _, n := range sessionCounts {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				runtime.GC()
				goroutines, heap := runtime.NumGoroutine(), heapInUse()
				_, _, _, terms := crowd(b, n)
				time.Sleep(2 * time.Second) // let start-up work finish
				perSession := float64(heapInUse()-heap) / float64(n)
				routines := float64(runtime.NumGoroutine()-goroutines) / float64(n)
				received := 0
				for _, q := range terms {
					received += q.received()
				}
				const window = 5 * time.Second
				cpu := cpuTime()
				time.Sleep(window)
				busy := cpuTime() - cpu
				for _, q := range terms {
					received -= q.received()
				}
				b.ReportMetric(perSession/1024, "heap-KB/session")
				b.ReportMetric(routines, "goroutines/session")
				b.ReportMetric(100*float64(busy)/float64(window), "%core-idle")
				b.ReportMetric(float64(-received)/window.Seconds(), "idle-B/s")
			}
		})
	}
}

// BenchmarkFanOut: 300 terminals on one room; one check-in word reaches
// every terminal. Reports the p50 and p99 of the time from the hub taking
// the word to its bytes arriving at a terminal, over all terminals and 20
// words, and the echo of a keypress in one terminal among them.
//
//	go test ./server/ -run '^$' -bench FanOut -benchtime 1x
func BenchmarkFanOut(b *testing.B) {
	const n, rounds = 300, 20
	for b.Loop() {
		ts, code, people, terms := crowd(b, n)
		var lat []time.Duration
		for r := range rounds {
			// Every letter differs from the last round's: the painter sends
			// only the cells that changed, so a shared letter would not come.
			var letters []byte
			for k := range 6 {
				letters = append(letters, byte('a'+(r*7+k)%26))
			}
			word := string(letters)
			waits := make([]<-chan time.Time, n)
			for i, q := range terms {
				waits[i] = q.expect(word)
			}
			start := time.Now()
			if _, err := ts.hub.Do(context.Background(), code, people[0].id(), session.CheckIn{Word: word}); err != nil {
				b.Fatal(err)
			}
			for _, w := range waits {
				select {
				case at := <-w:
					lat = append(lat, at.Sub(start))
				case <-time.After(10 * time.Second):
					b.Fatalf("a terminal never showed the word %q", word)
				}
			}
		}
		reportQuantiles(b, lat, "fanout")

		// Echo: one of the crowd types a word, key by key; each key's
		// letter comes back on its own screen.
		typist := terms[1]
		if _, err := typist.stdin.Write([]byte("\r")); err != nil {
			b.Fatal(err)
		}
		lat = lat[:0]
		for i := range 40 {
			letter := string(rune('a' + i%26))
			if i%26 == 25 {
				typist.stdin.Write([]byte("\x15")) // ctrl+u: room for more
				time.Sleep(50 * time.Millisecond)
			}
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
