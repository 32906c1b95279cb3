package session

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
)

// The change feed: several servers on one database learn of each other's
// events through LISTEN/NOTIFY. A notification is a wake-up only, naming
// the room (far under PostgreSQL's 8000 bytes); the events themselves are
// read by seq, so a notification lost costs nothing but a little time.

// feedChannel is the channel every append notifies.
const feedChannel = "trio_events"

// CatchUpAll is what the feed sends after its connection came back: a
// notification may have been missed meanwhile, so every room is read
// again from its last seq.
const CatchUpAll = ""

// EventsSince calls fn for the events of one room after seq, in order.
func (s *PostgresStore) EventsSince(ctx context.Context, room string, seq int, fn func(Event) error) error {
	rows, err := s.pool.Query(ctx, "SELECT room, seq, at, actor, type, body FROM events WHERE room = $1 AND seq > $2 ORDER BY seq", room, seq)
	if err != nil {
		return s.explain(err)
	}
	return s.scanEvents(rows, fn)
}

// Changes sends the code of each room another server appended to (this
// one's own too), and CatchUpAll whenever its listening connection came
// back after a loss. It ends when ctx does.
func (s *PostgresStore) Changes(ctx context.Context) <-chan string {
	out := make(chan string, 64)
	go func() {
		defer close(out)
		first := true
		for ctx.Err() == nil {
			err := s.listen(ctx, out, !first)
			first = false
			if ctx.Err() != nil {
				return
			}
			_ = err // the connection was lost: wait a little, then again
			select {
			case <-ctx.Done():
				return
			case <-time.After(200 * time.Millisecond):
			}
		}
	}()
	return out
}

// listen holds one connection that listens, sending CatchUpAll first when
// it replaces a lost one.
func (s *PostgresStore) listen(ctx context.Context, out chan<- string, again bool) error {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	// The connection leaves the pool: a listening one is never lent out.
	raw := conn.Hijack()
	defer raw.Close(context.Background())
	if _, err := raw.Exec(ctx, "LISTEN "+pgx.Identifier{feedChannel}.Sanitize()); err != nil {
		return err
	}
	if again {
		select {
		case out <- CatchUpAll:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	for {
		n, err := raw.WaitForNotification(ctx)
		if err != nil {
			return err
		}
		select {
		case out <- n.Payload:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}
