package server

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// BenchmarkHostileClients measures what clients that mean harm cost the
// server, as trio serve runs by default: the memory an unfinished paste or
// escape string takes a second, the channels one connection holds, the
// memory env requests take, and how long a person waits to log in while
// silent sockets hold the waiting room. Memory is the Go heap of this
// process (server and hostile clients together) after a collection. Run
// once:
//
//	go test ./tui/server -run '^$' -bench HostileClients -benchtime 1x
func BenchmarkHostileClients(b *testing.B) {
	b.Run("unfinished-paste", func(b *testing.B) {
		for b.Loop() {
			benchStream(b, 1, "\x1b[200~")
		}
	})
	b.Run("unfinished-osc-3-clients", func(b *testing.B) {
		for b.Loop() {
			benchStream(b, 3, "\x1b]0;")
		}
	})
	b.Run("channels", func(b *testing.B) {
		for b.Loop() {
			benchChannels(b, 100000)
		}
	})
	b.Run("env", func(b *testing.B) {
		for b.Loop() {
			benchEnv(b, 10, 500, 32<<10)
		}
	})
	b.Run("silent-sockets-one-block", func(b *testing.B) {
		for b.Loop() {
			benchSilent(b, func(i int) string { return fmt.Sprintf("127.0.0.%d", 11+i) })
		}
	})
	b.Run("silent-sockets-ten-blocks", func(b *testing.B) {
		for b.Loop() {
			benchSilent(b, func(i int) string { return fmt.Sprintf("127.0.%d.5", 11+i) })
		}
	})
}

// servedAsByDefault is trio serve's limits before login and per
// connection, as its flags have them by default.
func servedAsByDefault(cfg *Config) {
	cfg.LoginGrace = 30 * time.Second
	cfg.MaxWaiting = 100
	cfg.MaxWaitingPerIP = 10
	cfg.MaxWaitingStart = 30
	cfg.MaxSessionsPerConn = 10
	cfg.MaxSessions = 300
	cfg.ConnectRate = 2
}

// keyless connects as someone without a key, from a loopback address.
func (ts *testServer) keyless(from string) (*gossh.Client, error) {
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}, Timeout: 5 * time.Second}
	raw, err := d.Dial("tcp", ts.addr)
	if err != nil {
		return nil, err
	}
	raw.SetDeadline(time.Now().Add(5 * time.Second))
	c, chans, reqs, err := gossh.NewClientConn(raw, ts.addr, &gossh.ClientConfig{
		User: "mallory", HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Auth: []gossh.AuthMethod{gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) { return nil, nil })},
	})
	if err != nil {
		raw.Close()
		return nil, err
	}
	raw.SetDeadline(time.Time{})
	return gossh.NewClient(c, chans, reqs), nil
}

// benchStream has clients open a terminal, send an opening and then
// nothing but letters, as fast as the server takes them, for 3 seconds.
func benchStream(b *testing.B, clients int, opening string) {
	ts := startServer(b, servedAsByDefault)
	var sent atomic.Int64
	done := make(chan struct{})
	var wg sync.WaitGroup
	for range clients {
		conn, err := ts.keyless("127.0.0.1")
		if err != nil {
			b.Fatal(err)
		}
		defer conn.Close()
		sess, err := conn.NewSession()
		if err != nil {
			b.Fatal(err)
		}
		stdin, _ := sess.StdinPipe()
		sess.Stdout = io.Discard
		if err := sess.RequestPty("xterm-256color", 24, 80, nil); err != nil {
			b.Fatal(err)
		}
		if err := sess.Shell(); err != nil {
			b.Fatal(err)
		}
		stdin.Write([]byte(opening))
		wg.Go(func() {
			chunk := bytes.Repeat([]byte("a"), 32<<10)
			for {
				select {
				case <-done:
					return
				default:
				}
				n, err := stdin.Write(chunk)
				sent.Add(int64(n))
				if err != nil {
					return
				}
			}
		})
	}
	const window = 3 * time.Second
	heap, cpu, start := heapInUse(), cpuTime(), time.Now()
	time.Sleep(window)
	busy, grown := cpuTime()-cpu, heapInUse()-heap
	elapsed := time.Since(start)
	close(done)
	b.ReportMetric(float64(grown)/elapsed.Seconds()/1e6, "heap-MB/s")
	b.ReportMetric(100*float64(busy)/float64(elapsed), "%core")
	b.ReportMetric(float64(sent.Load())/elapsed.Seconds()/1e6, "sent-MB/s")
}

// benchChannels has one connection open session channels that ask for
// nothing, as many as the server lets it, up to n.
func benchChannels(b *testing.B, n int) {
	ts := startServer(b, servedAsByDefault)
	conn, err := ts.keyless("127.0.0.1")
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close()
	heap := heapInUse()
	var held, tried atomic.Int64
	var wg sync.WaitGroup
	for range 32 {
		wg.Go(func() {
			for tried.Add(1) <= int64(n) {
				if _, _, err := conn.OpenChannel("session", nil); err == nil {
					held.Add(1)
				}
			}
		})
	}
	wg.Wait()
	b.ReportMetric(float64(held.Load()), "channels-held")
	b.ReportMetric(float64(heapInUse()-heap)/1e6, "heap-MB")
}

// benchEnv has one connection open sessions, each sending env requests of
// size bytes.
func benchEnv(b *testing.B, sessions, each, size int) {
	ts := startServer(b, servedAsByDefault)
	conn, err := ts.keyless("127.0.0.1")
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close()
	heap := heapInUse()
	value := string(bytes.Repeat([]byte("x"), size))
	var kept atomic.Int64
	var wg sync.WaitGroup
	for range sessions {
		sess, err := conn.NewSession()
		if err != nil {
			break
		}
		wg.Go(func() {
			for i := range each {
				if sess.Setenv(fmt.Sprint("V", i), value) == nil {
					kept.Add(1)
				}
			}
		})
	}
	wg.Wait()
	b.ReportMetric(float64(kept.Load()), "env-kept")
	b.ReportMetric(float64(heapInUse()-heap)/1e6, "heap-MB")
}

// benchSilent opens 100 silent sockets, ten from each of ten addresses,
// then times a person from another block logging in: tried again every
// 100 ms while refused, as someone pressing enter again would.
func benchSilent(b *testing.B, from func(int) string) {
	ts := startServer(b, servedAsByDefault)
	for i := range 10 {
		for range 10 {
			defer silentSocket(b, ts.addr, from(i)).Close()
		}
	}
	start, tries := time.Now(), 0
	for {
		tries++
		conn, err := ts.keyless("127.0.200.1")
		if err == nil {
			sess, err := conn.NewSession()
			if err == nil {
				_, err = sess.Output("help")
			}
			conn.Close()
			if err == nil {
				break
			}
		}
		if time.Since(start) > time.Minute {
			b.Fatal("nobody got in for a minute")
		}
		time.Sleep(100 * time.Millisecond)
	}
	b.ReportMetric(float64(time.Since(start))/float64(time.Millisecond), "ms-to-get-in")
	b.ReportMetric(float64(tries), "tries")
}
