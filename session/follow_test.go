package session

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"trio/internal/pgserver"
)

// serverOn is one server's hub on a database several servers share.
func serverOn(t *testing.T, dsn string, opts ...HubOption) *Hub {
	t.Helper()
	store, err := OpenPostgres(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	hub, err := NewHub(context.Background(), store, opts...)
	if err != nil {
		store.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() { hub.Close(); store.Close() })
	return hub
}

// openOnBoth opens a room of Maya and Sam through one server and returns
// its code once the other holds it too.
func openOnBoth(t *testing.T, a, b *Hub) string {
	t.Helper()
	res, err := a.Open(context.Background(), OpenRoom{Question: "Should we rebuild onboarding?", Script: testScript(), People: []Person{{ID: maya, Name: "Maya"}, {ID: sam, Name: "Sam"}}})
	if err != nil {
		t.Fatal(err)
	}
	code := res.Room.Code
	soon(t, "the room reaches the other server", func() bool { _, err := b.Room(code); return err == nil })
	return code
}

// soon waits for a condition another server's events make true.
func soon(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); !cond(); {
		if time.Now().After(deadline) {
			t.Fatalf("never: %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Two servers on one database hold the same rooms: a room opened on one
// comes to the other, and commands sent to both at once are each decided
// against the newest room, never a duplicate nor a gap, and both servers
// end with the same room.
func TestTwoServersShareEveryRoom(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dsn := pgserver.Database(t)
	a, b := serverOn(t, dsn), serverOn(t, dsn)
	res, err := a.Open(ctx, OpenRoom{Question: "Should we rebuild onboarding?", Script: testScript(), People: []Person{{ID: maya, Name: "Maya"}}})
	if err != nil {
		t.Fatal(err)
	}
	code := res.Room.Code
	soon(t, "the room opened on one server is on the other", func() bool {
		_, err := b.Room(code)
		return err == nil
	})

	var wg sync.WaitGroup
	refused := make(chan error, 20)
	for i := range 10 {
		hub := a
		if i%2 == 1 {
			hub = b
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			id := ParticipantID(fmt.Sprintf("person-%d", i))
			if _, err := hub.Do(ctx, code, id, Join{Name: fmt.Sprintf("Person %d", i)}); err != nil {
				refused <- err
			}
		}()
	}
	wg.Wait()
	close(refused)
	for err := range refused {
		if !errors.Is(err, errChangedElsewhere) {
			t.Errorf("a join was refused: %v", err)
		}
	}
	soon(t, "both servers hold the same room", func() bool {
		ra, _ := a.Room(code)
		rb, _ := b.Room(code)
		return ra.Seq == rb.Seq && len(ra.People) == len(rb.People)
	})
	ra, _ := a.Room(code)
	if len(ra.People) != 11 {
		t.Errorf("%d people in the room, want Maya and ten who joined", len(ra.People))
	}
	store, err := OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	seq := 0
	store.EventsSince(ctx, code, 0, func(e Event) error {
		seq++
		if e.Seq != seq {
			t.Errorf("event %d where %d was due", e.Seq, seq)
		}
		return nil
	})
	if seq != ra.Seq {
		t.Errorf("the store holds %d events, the room is at %d", seq, ra.Seq)
	}
}

// Who is here and typing crosses servers, though it is never stored:
// Maya in the room through one server is here, and typing, on the other,
// not typing once she comes in there herself, and away once she leaves.
func TestPresenceCrossesServers(t *testing.T) {
	t.Parallel()
	dsn := pgserver.Database(t)
	a, b := serverOn(t, dsn), serverOn(t, dsn)
	code := openOnBoth(t, a, b)
	leave, err := a.Enter(code, maya)
	if err != nil {
		t.Fatal(err)
	}
	soon(t, "Maya is here on the other server", func() bool { return b.Presence(code).Here[maya] })
	a.SetTyping(code, maya, true)
	soon(t, "Maya is typing on the other server", func() bool { return b.Presence(code).Typing[maya] })
	if b.Presence(code).Here[sam] {
		t.Error("Sam, who is nowhere, is here")
	}
	// Maya comes in through the other server too, as after her first
	// server died: what it last said of her typing is over.
	leaveB, err := b.Enter(code, maya)
	if err != nil {
		t.Fatal(err)
	}
	if b.Presence(code).Typing[maya] {
		t.Error("Maya, come in afresh, is still typing on the server she came to")
	}
	leaveB()
	leave()
	soon(t, "Maya is away on the other server", func() bool {
		p := b.Presence(code)
		return !p.Here[maya] && !p.Typing[maya]
	})
}

// What Maya typed and did not send through one server is in her field
// when she comes back through the other.
func TestUnsentTextFollowsAPersonToAnotherServer(t *testing.T) {
	t.Parallel()
	dsn := pgserver.Database(t)
	a, b := serverOn(t, dsn), serverOn(t, dsn)
	code := openOnBoth(t, a, b)
	leave, err := a.Enter(code, maya)
	if err != nil {
		t.Fatal(err)
	}
	a.KeepUnsent(code, maya, mayasPosition, "Half a thought")
	a.writeUnsentNow()
	leave()
	if _, err := b.Enter(code, maya); err != nil {
		t.Fatal(err)
	}
	if got := b.Unsent(code, maya)[mayasPosition]; got != "Half a thought" {
		t.Errorf("through the other server Maya finds %q", got)
	}
}

// unreadableOnce is a shared store whose reads by seq fail the first
// times, as a busy or restarting database's may.
type unreadableOnce struct {
	*PostgresStore
	failures atomic.Int32
}

func (s *unreadableOnce) EventsSince(ctx context.Context, room string, seq int, fn func(Event) error) error {
	if s.failures.Add(-1) >= 0 {
		return errors.New("the database is busy")
	}
	return s.PostgresStore.EventsSince(ctx, room, seq, fn)
}

// A room another server changed, that could not be read when the change
// was heard, is read again a moment later: no further change is needed
// for this server to catch up.
func TestARoomThatCouldNotBeReadIsReadAgain(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dsn := pgserver.Database(t)
	open := func() *PostgresStore {
		store, err := OpenPostgres(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { store.Close() })
		return store
	}
	a, err := NewHub(ctx, open())
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	busy := &unreadableOnce{PostgresStore: open()}
	busy.failures.Store(2)
	b, err := NewHub(ctx, busy)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	res, err := a.Open(ctx, OpenRoom{Question: "Should we rebuild onboarding?", Script: testScript(), People: []Person{{ID: maya, Name: "Maya"}}})
	if err != nil {
		t.Fatal(err)
	}
	soon(t, "the room opened elsewhere is read once the database answers", func() bool {
		_, err := b.Room(res.Room.Code)
		return err == nil
	})
}

// A server that dies says nothing more: once its last word about who is
// here runs out, the people it held are away on the others' screens,
// which are told so, without anyone doing anything.
func TestASilentServersPeopleGoAway(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dsn := pgserver.Database(t)
	shortWords := func(h *Hub) { h.wordsLast = 300 * time.Millisecond }
	a, b := serverOn(t, dsn), serverOn(t, dsn, shortWords)
	code := openOnBoth(t, a, b)
	dying, err := OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer dying.Close()
	if err := dying.Announce(ctx, strings.Join([]string{"a-server-about-to-die", code, string(maya), "1", "1"}, "\t")); err != nil {
		t.Fatal(err)
	}
	soon(t, "Maya is here through the server about to die", func() bool { return b.Presence(code).Here[maya] })
	sub, err := b.Subscribe(code)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	select {
	case <-sub.C:
	case <-time.After(10 * time.Second):
		t.Fatal("the room's screens were never told that Maya's server went silent")
	}
	soon(t, "Maya is away", func() bool { p := b.Presence(code); return !p.Here[maya] && !p.Typing[maya] })
}

// countedReads is a shared store that counts its reads by seq.
type countedReads struct {
	*PostgresStore
	reads atomic.Int32
}

func (s *countedReads) EventsSince(ctx context.Context, room string, seq int, fn func(Event) error) error {
	s.reads.Add(1)
	return s.PostgresStore.EventsSince(ctx, room, seq, fn)
}

// A server hears of its own events too, and does not read back what it
// holds already: under load those reads would queue behind the appends.
func TestAServerDoesNotReadBackItsOwnEvents(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dsn := pgserver.Database(t)
	pg, err := OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	store := &countedReads{PostgresStore: pg}
	a, err := NewHub(ctx, store)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b := serverOn(t, dsn)
	code := openOnBoth(t, a, b)
	for i := range 8 {
		if _, err := a.Do(ctx, code, ParticipantID(fmt.Sprintf("person-%d", i)), Join{Name: fmt.Sprintf("Person %d", i)}); err != nil {
			t.Fatal(err)
		}
	}
	soon(t, "the other server has every join", func() bool { r, _ := b.Room(code); return len(r.People) == 10 })
	// One more event, from the other server: once it is here, every
	// notification before it has been heard.
	if _, err := b.Do(ctx, code, "person-b", Join{Name: "Ana"}); err != nil {
		t.Fatal(err)
	}
	soon(t, "the other server's join is here", func() bool { r, _ := a.Room(code); return len(r.People) == 11 })
	// A notification may outrun the server's own taking in of its event:
	// it waits for the room, then finds the event held. What is read is
	// the other server's event, and the room itself when the news of its
	// opening came before the room was in.
	if n := store.reads.Load(); n < 1 || n > 2 {
		t.Errorf("the server read the store %d times for 8 events of its own and 1 of the other's, want once or twice", n)
	}
}

// A workshop opened while this server's listening connection was down is
// never notified to it: once the connection is back, the server finds it
// and its trios' rooms by comparing the store with what it holds.
func TestRoomsOpenedWhileTheFeedWasDownAreFound(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dsn := pgserver.Database(t)
	b := serverOn(t, dsn)
	// The workshop's events go straight into the table, their
	// notifications lost as if the feed had been down.
	f := newWorkshopFixture(t)
	pg, err := OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	err = f.store.Events(ctx, func(e Event) error {
		typ, body, err := EncodeBody(e.Body)
		if err != nil {
			return err
		}
		_, err = pg.pool.Exec(ctx, "INSERT INTO events (room, seq, at, actor, type, body) VALUES ($1, $2, $3, $4, $5, $6)",
			e.Room, e.Seq, e.At.UnixNano(), string(e.Actor), typ, string(body))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Workshop(f.code); err == nil {
		t.Fatal("the server holds a workshop nobody told it of")
	}
	if _, err := pg.pool.Exec(ctx, cutListeners); err != nil {
		t.Fatal(err)
	}
	soon(t, "the server finds the workshop once its feed is back", func() bool {
		_, err := b.Workshop(f.code)
		return err == nil
	})
	for _, code := range f.rooms {
		soon(t, "the server finds each trio's room", func() bool {
			_, err := b.Room(code)
			return err == nil
		})
	}
	if d, err := b.Dashboard(f.code, coach); err != nil || len(d.Trios) != len(f.rooms) {
		t.Errorf("the workshop's dashboard on the server that found it: %+v, %v", d, err)
	}
	// Each room found is the workshop's: a change in it reaches the
	// coach's dashboard.
	dashboard, err := b.SubscribeWorkshop(f.code)
	if err != nil {
		t.Fatal(err)
	}
	defer dashboard.Close()
	for _, code := range f.rooms {
		if _, err := b.Do(ctx, code, maya, Join{Name: "Maya"}); err != nil {
			t.Fatal(err)
		}
		select {
		case <-dashboard.C:
		case <-time.After(10 * time.Second):
			t.Fatalf("a join in room %s never reached the workshop's dashboard", code)
		}
	}
}
