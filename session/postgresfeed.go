package session

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// The change feed: several servers on one database learn of each other's
// events through LISTEN/NOTIFY. A notification is a wake-up only, naming
// the room (far under PostgreSQL's 8000 bytes); the events themselves are
// read by seq, so a notification lost costs nothing but a little time.
// It carries the event's number too, so a server skips the read of an
// event it holds already (its own, most often).

// feedChannel is the channel every append notifies; presenceChannel
// carries who is here and typing on each server, which is never stored.
const (
	feedChannel     = "trio_events"
	presenceChannel = "trio_presence"
)

// Change is one word of the feed: a room appended to, every room to read
// again (after the feed's connection came back: a notification may have
// been missed), a server's word about someone's presence, or the feed's
// connection lost (said once a loss).
type Change struct {
	Room     string
	Seq      int // the event appended to Room
	All      bool
	Presence string
	Lost     error
}

// appendedTo reads a notification of the events channel: "ROOM\tSEQ".
func appendedTo(payload string) Change {
	room, seq, _ := strings.Cut(payload, "\t")
	n, _ := strconv.Atoi(seq)
	return Change{Room: room, Seq: n}
}

// Announce tells every server, this one too, a word about presence.
func (s *PostgresStore) Announce(ctx context.Context, word string) error {
	_, err := s.pool.Exec(ctx, "SELECT pg_notify($1, $2)", presenceChannel, word)
	return err
}

// Newest calls fn with the number of the newest event of every room and
// workshop: what a server that may have missed notifications compares
// with what it holds.
func (s *PostgresStore) Newest(ctx context.Context, fn func(room string, seq int) error) error {
	rows, err := s.pool.Query(ctx, "SELECT room, max(seq) FROM events GROUP BY room")
	if err != nil {
		return s.explain(err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			room string
			seq  int
		)
		if err := rows.Scan(&room, &seq); err != nil {
			return s.explain(err)
		}
		if err := fn(room, seq); err != nil {
			return err
		}
	}
	return s.explain(rows.Err())
}

// EventsSince calls fn for the events of one room after seq, in order.
func (s *PostgresStore) EventsSince(ctx context.Context, room string, seq int, fn func(Event) error) error {
	rows, err := s.pool.Query(ctx, "SELECT room, seq, at, actor, type, body FROM events WHERE room = $1 AND seq > $2 ORDER BY seq", room, seq)
	if err != nil {
		return s.explain(err)
	}
	return s.scanEvents(rows, fn)
}

// Changes sends All once it listens, then the code of each room another
// server appended to (this one's own too) and every server's words about
// presence; Lost when its listening connection is lost, and All again
// once it is back. It ends when ctx does.
func (s *PostgresStore) Changes(ctx context.Context) <-chan Change {
	out := make(chan Change, 256)
	go func() {
		defer close(out)
		said := false
		for ctx.Err() == nil {
			listened, err := s.listen(ctx, out)
			if ctx.Err() != nil {
				return
			}
			if listened {
				said = false
			}
			if !said {
				said = true
				select {
				case out <- Change{Lost: s.explain(err)}:
				case <-ctx.Done():
					return
				}
			}
			select {
			case <-ctx.Done():
				return
			case <-time.After(200 * time.Millisecond):
			}
		}
	}()
	return out
}

// listen holds one connection that listens, sending All first, until the
// connection is lost; listened says it was listening before that.
func (s *PostgresStore) listen(ctx context.Context, out chan<- Change) (listened bool, err error) {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return false, err
	}
	// The connection leaves the pool: a listening one is never lent out.
	raw := conn.Hijack()
	defer raw.Close(context.Background())
	for _, channel := range []string{feedChannel, presenceChannel} {
		if _, err := raw.Exec(ctx, "LISTEN "+pgx.Identifier{channel}.Sanitize()); err != nil {
			return false, err
		}
	}
	select {
	case out <- Change{All: true}:
	case <-ctx.Done():
		return true, ctx.Err()
	}
	for {
		n, err := raw.WaitForNotification(ctx)
		if err != nil {
			return true, err
		}
		c := appendedTo(n.Payload)
		if n.Channel == presenceChannel {
			c = Change{Presence: n.Payload}
		}
		select {
		case out <- c:
		case <-ctx.Done():
			return true, ctx.Err()
		}
	}
}
