package session

import "context"

// Store is the append-only log of every room's events. An event is durable
// once Append returns without error; nothing is ever changed or deleted.
// Only the session package knows which store is in use.
type Store interface {
	// Append writes one event durably. It fails if the room already has an
	// event with the same sequence number.
	Append(ctx context.Context, e Event) error
	// Events calls fn for every event of every room, each room's in order.
	Events(ctx context.Context, fn func(Event) error) error
	Close() error
}
