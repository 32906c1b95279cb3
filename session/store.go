package session

import "context"

// Store is the append-only log of every room's events. An event is durable
// once Append returns without error; no event is ever changed or deleted.
// Only the session package knows which store is in use.
type Store interface {
	// Append writes one event durably. It fails if the room already has an
	// event with the same sequence number.
	Append(ctx context.Context, e Event) error
	// Events calls fn for every event of every room, each room's in order.
	Events(ctx context.Context, fn func(Event) error) error
	// KeepUnsent writes a batch of people's unsent texts in one
	// transaction, beside the log and never in it: a text replaces its
	// field's last, an empty one deletes it.
	KeepUnsent(ctx context.Context, batch []Unsent) error
	// Unsent calls fn for every unsent text kept.
	Unsent(ctx context.Context, fn func(Unsent) error) error
	Close() error
}
