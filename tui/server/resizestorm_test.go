package server

import (
	"context"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"trio/session"
)

// fanOut measures how long a change in the room takes to reach a member's
// screen: Maya marks herself ready, or takes it back, and Lee's sidebar
// shows it.
type fanOut struct {
	t     *testing.T
	ts    *testServer
	code  string
	maya  session.ParticipantID
	lees  *terminal
	ready bool
}

func (f *fanOut) sample() time.Duration {
	f.t.Helper()
	f.ready = !f.ready
	start := time.Now()
	if _, err := f.ts.hub.Do(context.Background(), f.code, f.maya, session.MarkReady{Ready: f.ready}); err != nil {
		f.t.Fatal(err)
	}
	for strings.Contains(f.lees.screen(), "Maya ✓") != f.ready {
		if time.Since(start) > 5*time.Second {
			f.t.Fatalf("Lee's screen never showed Maya ready=%v:\n%s", f.ready, f.lees.screen())
		}
		time.Sleep(5 * time.Millisecond) // reading the screen holds up its output
	}
	return time.Since(start)
}

func heapInUse() int64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapInuse)
}

// TestAResizeStormDelaysNobody: while one member's terminal asks for a new
// size a thousand times a second for two seconds, another member still sees
// the room's changes about as fast as before (median within twice, plus a
// margin for a busy machine), memory stays bounded, and once the stormy
// terminal drops with its last sizes still on their way, nothing of it is
// left. The heap counted is the process's: the server and the test's
// clients.
func TestAResizeStormDelaysNobody(t *testing.T) {
	ts := startServer(t)
	maya, sam, lee := newPerson(t, "maya"), newPerson(t, "sam"), newPerson(t, "lee")
	code := ts.openRoom(maya)
	for _, p := range []person{sam, lee} {
		if _, err := ts.hub.Do(context.Background(), code, p.id(), session.Join{Name: p.name}); err != nil {
			t.Fatal(err)
		}
	}
	lees := ts.open(lee, 100, 30, "join "+code)
	lees.waitFor("Phase 1 of 12")
	probe := &fanOut{t: t, ts: ts, code: code, maya: maya.id(), lees: lees}
	probe.sample() // the first draw of the sidebar
	waitUntil(t, "Lee's terminal runs alone", func() bool { return ts.srv.sessions.Load() == 1 })
	baseline, heapBefore := goroutineBaseline(), heapInUse()

	conn := ts.connect(sam)
	stormy, err := conn.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	out, err := stormy.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	go io.Copy(io.Discard, out)
	if err := stormy.RequestPty("xterm-256color", 60, 200, nil); err != nil {
		t.Fatal(err)
	}
	if err := stormy.Start("join " + code); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "Sam's terminal is in the room", func() bool { return ts.hub.Subscribers(code) == 2 })
	var calm []time.Duration
	for range 30 {
		calm = append(calm, probe.sample())
	}

	// About a thousand sizes a second, each different, for two seconds.
	const storm = 2 * time.Second
	sent := make(chan int)
	go func() {
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		start, n := time.Now(), 0
		for time.Since(start) < storm {
			<-tick.C
			for due := int(time.Since(start) / time.Millisecond); n < due; n++ {
				if err := stormy.WindowChange(10+n%91, 40+n%261); err != nil {
					sent <- n
					return
				}
			}
		}
		sent <- n
	}()
	var stormed []time.Duration
	for done := false; !done; {
		select {
		case n := <-sent:
			t.Logf("%d sizes sent in %v", n, storm)
			done = true
		default:
			stormed = append(stormed, probe.sample())
		}
	}
	heapDuring := heapInUse()
	// Sam drops at the end of it: his last sizes are still on their way.
	conn.Close()

	calmMedian, stormMedian := median(calm), median(stormed)
	t.Logf("fan-out to another member: median %v calm (%d samples), %v during the storm (%d samples)", calmMedian, len(calm), stormMedian, len(stormed))
	t.Logf("heap %+.1f MB during the storm", float64(heapDuring-heapBefore)/(1<<20))
	const margin = 250 * time.Millisecond // a busy machine, shared with others
	if len(stormed) < 3 || stormMedian > 2*calmMedian+margin {
		t.Errorf("the storm slowed the room: median %v, was %v", stormMedian, calmMedian)
	}
	if grew := heapDuring - heapBefore; grew > 20<<20 {
		t.Errorf("the server's heap grew %.1f MB during the storm", float64(grew)/(1<<20))
	}

	waitUntil(t, "Sam's subscription is gone", func() bool { return ts.hub.Subscribers(code) == 1 })
	waitUntil(t, "goroutines back to where they were", func() bool { return serverGoroutines() <= baseline })
}
