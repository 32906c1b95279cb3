package server

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"trio/session"
)

// vanishMidFrame opens a 300×100 terminal in a room; once its output has
// begun, it types, the room changes (a new full screen on its way) and the
// connection drops without a word of SSH. The i-th time varies the moment
// (before any output, after its first bytes, 2 KB in, or once the room's
// screen began), the keys (half an escape sequence, or ctrl+c and then
// one) and the drop (closed, or reset as a laptop lid closing would).
func (ts *testServer) vanishMidFrame(p person, code string, i int, change func()) {
	ts.t.Helper()
	after := []int{0, 1, 2048, -1}[i%4]
	keys := []string{"\x1b", "\x03\x1b"}[i/4%2]
	reset := i/8%2 == 0
	raw, err := net.Dial("tcp", ts.addr)
	if err != nil {
		ts.t.Fatal(err)
	}
	defer raw.Close()
	c, chans, reqs, err := gossh.NewClientConn(raw, ts.addr, &gossh.ClientConfig{
		User: p.name, Auth: []gossh.AuthMethod{gossh.PublicKeys(p.signer)}, HostKeyCallback: gossh.InsecureIgnoreHostKey(),
	})
	if err != nil {
		ts.t.Fatal(err)
	}
	client := gossh.NewClient(c, chans, reqs)
	sess, err := client.NewSession()
	if err != nil {
		ts.t.Fatal(err)
	}
	stdin, err := sess.StdinPipe()
	if err != nil {
		ts.t.Fatal(err)
	}
	out, err := sess.StdoutPipe()
	if err != nil {
		ts.t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", 100, 300, nil); err != nil {
		ts.t.Fatal(err)
	}
	if err := sess.Start("join " + code); err != nil {
		ts.t.Fatal(err)
	}
	var seen []byte
	buf := make([]byte, 4096)
	for len(seen) < after || after < 0 && !bytes.Contains(seen, []byte("Phase ")) {
		n, err := out.Read(buf)
		if err != nil {
			ts.t.Fatal("the terminal closed before showing the room")
		}
		seen = append(seen, buf[:n]...)
	}
	stdin.Write([]byte(keys))
	change()
	if reset {
		raw.(*net.TCPConn).SetLinger(0)
	}
}

// goroutineBaseline counts the server's goroutines at their most over a
// moment: a terminal's program starts one for each tick of its clock and
// each wait for its room, so the count wavers while it runs.
func goroutineBaseline() int {
	n := 0
	for range 20 {
		n = max(n, serverGoroutines())
		time.Sleep(5 * time.Millisecond)
	}
	return n
}

// TestTerminalsThatVanishMidFrameLeaveNothingBehind: a hundred times, a
// large terminal drops its connection while the server is writing it a new
// screen. The room goes on for the member who stays, and the server's
// goroutines, the room's subscribers and its presence come back to where
// they were.
func TestTerminalsThatVanishMidFrameLeaveNothingBehind(t *testing.T) {
	ts := startServer(t)
	maya, sam, lee := newPerson(t, "maya"), newPerson(t, "sam"), newPerson(t, "lee")
	code := ts.openRoom(maya)
	ctx := context.Background()
	for _, p := range []person{sam, lee} {
		if _, err := ts.hub.Do(ctx, code, p.id(), session.Join{Name: p.name}); err != nil {
			t.Fatal(err)
		}
	}
	lees := ts.open(lee, 100, 30, "join "+code)
	lees.waitFor("Phase 1 of 12")
	waitUntil(t, "Lee's terminal runs alone", func() bool { return ts.srv.sessions.Load() == 1 })
	baseline := goroutineBaseline()

	drops := 100
	if raceDetector {
		drops = 24
	}
	for i := range drops {
		ts.vanishMidFrame(sam, code, i, func() {
			var move session.Command = session.NextPhase{}
			if i%2 == 1 {
				move = session.PreviousPhase{}
			}
			if _, err := ts.hub.Do(ctx, code, maya.id(), move); err != nil {
				t.Fatal(err)
			}
		})
	}

	res, err := ts.hub.Do(ctx, code, maya.id(), session.NextPhase{})
	if err != nil {
		t.Fatal(err)
	}
	lees.waitFor(fmt.Sprintf("Phase %d of 12", res.Room.Phase+1))
	waitUntil(t, "no subscriber but Lee's", func() bool { return ts.hub.Subscribers(code) == 1 })
	waitUntil(t, "Sam is away", func() bool { return !ts.hub.Present(code)[sam.id()] })
	over := func() int { return serverGoroutines() - baseline }
	for deadline := time.Now().Add(10 * time.Second); over() > 0 && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	n, stuck := over(), strings.Count(pprofDump(), "ultraviolet.(*TerminalReader).sendEvents")
	t.Logf("%d terminals vanished: %d goroutines over the baseline, %d input readers stuck", drops, n, stuck)
	if n > 0 {
		t.Fatalf("goroutines did not come back: %d over, %d of them input readers stuck", n, stuck)
	}
}
