package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

// coachScreen is the coach's dashboard as the coach's terminal shows it,
// and what each trio's row must show after the next key a member sends:
// the room's code, then how many are here, writing and ready. Each change
// is timed from its key to the first frame of the coach's screen that
// shows it.
type coachScreen struct {
	cl      *client
	timeout time.Duration

	mu    sync.Mutex
	rows  map[int]*trioRow     // by table
	trios map[*client]*trioRow // each member's trio
	took  map[string][]time.Duration
	lost  int
}

// trioRow is what one trio's row of the dashboard says of its people.
type trioRow struct {
	table   int
	code    string // as the dashboard prints it
	here    int
	writing int
	ready   map[*client]bool
}

// Kinds of change the dashboard shows, each timed apart as well.
const (
	changeJoin    = "join"    // a member's enter on the join screen: one more here
	changeWriting = "writing" // the first letter of a check-in word: one writing
	changeSent    = "sent"    // the word's enter: nobody writing
	changeReady   = "ready"   // ctrl+r: a ready mark set or taken back
)

// coachWait is one change the coach's screen is waiting for.
type coachWait struct {
	w    *wait
	kind string
}

func newCoachScreen(cl *client, timeout time.Duration) *coachScreen {
	return &coachScreen{cl: cl, timeout: timeout, rows: map[int]*trioRow{}, trios: map[*client]*trioRow{}, took: map[string][]time.Duration{}}
}

// seat puts a member in the trio at table (from 1), whose room's code
// the dashboard prints as code.
func (c *coachScreen) seat(member *client, table int, code string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	row := c.rows[table]
	if row == nil {
		row = &trioRow{table: table, code: code, ready: map[*client]bool{}}
		c.rows[table] = row
	}
	c.trios[member] = row
}

// people is the row's account of its people, in the dashboard's words.
func (r *trioRow) people() string {
	s := fmt.Sprintf("%d here", r.here)
	if r.writing > 0 {
		s += fmt.Sprintf(", %d writing", r.writing)
	}
	ready := 0
	for _, on := range r.ready {
		if on {
			ready++
		}
	}
	return s + fmt.Sprintf(", %d ready", ready)
}

// expect starts waiting for the change the member's next key makes to
// their trio's row. Call it before the key is sent. A nil coachScreen
// (no coach watching) waits for nothing.
func (c *coachScreen) expect(member *client, kind string) *coachWait {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	row := c.trios[member]
	if row == nil {
		c.mu.Unlock()
		return nil
	}
	switch kind {
	case changeJoin:
		row.here++
	case changeWriting:
		row.writing++
	case changeSent:
		row.writing--
	case changeReady:
		row.ready[member] = !row.ready[member]
	}
	head, people := fmt.Sprintf("%d %s  ", row.table, row.code), " "+row.people()
	c.mu.Unlock()
	c.cl.mu.Lock()
	defer c.cl.mu.Unlock()
	return &coachWait{kind: kind, w: c.cl.await(func(screen string) bool { return rowShows(screen, head, people) })}
}

// rowShows reports whether the line of the screen that starts the trio's
// row says people.
func rowShows(screen, head, people string) bool {
	for line := range strings.SplitSeq(screen, "\n") {
		if strings.Contains(line, head) {
			return strings.Contains(line, people)
		}
	}
	return false
}

// seen waits for the change to show on the coach's screen and keeps the
// time from sent; a change that never showed is counted lost.
func (c *coachScreen) seen(cw *coachWait, sent time.Time) {
	if c == nil || cw == nil {
		return
	}
	at, ok := c.cl.until(cw.w, sent.Add(c.timeout))
	c.mu.Lock()
	defer c.mu.Unlock()
	if !ok {
		c.lost++
		return
	}
	c.took[cw.kind] = append(c.took[cw.kind], at.Sub(sent))
}

// figures summarises the changes timed so far: those members made in
// their rooms (a first letter, a word sent, a ready mark), all together,
// and each kind apart, joining among them.
func (c *coachScreen) figures() (active dist, kinds map[string]dist, lost int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var all []time.Duration
	kinds = map[string]dist{}
	for kind, took := range c.took {
		if kind != changeJoin {
			all = append(all, took...)
		}
		kinds[kind] = summarise(took)
	}
	return summarise(all), kinds, c.lost
}
