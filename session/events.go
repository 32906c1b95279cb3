package session

import (
	"encoding/json"
	"fmt"
	"time"
)

// Event is a fact about a room: what happened, when, and who did it. Events
// are appended to the store, never changed, and replayed to rebuild a room.
type Event struct {
	Room  string        `json:"room"`
	Seq   int           `json:"seq"` // 1 for the event that opened the room
	At    time.Time     `json:"at"`
	Actor ParticipantID `json:"actor,omitempty"`
	Body  EventBody     `json:"-"`
}

// EventBody is what happened. Each kind of body knows how to apply itself to
// a room; applying is pure and deterministic.
type EventBody interface {
	// EventType names the body in the store; never rename one.
	EventType() string
	apply(r *Room, e Event) error
}

// eventTypes maps each stored type name to a new, empty body.
var eventTypes = map[string]func() EventBody{}

func registerEvent(newBody func() EventBody) {
	name := newBody().EventType()
	_, dup := eventTypes[name]
	if _, workshop := workshopEventTypes[name]; dup || workshop {
		panic("session: event type registered twice: " + name)
	}
	eventTypes[name] = newBody
}

// EncodeBody returns an event body's type name and JSON.
func EncodeBody(b EventBody) (string, []byte, error) {
	data, err := json.Marshal(b)
	if err != nil {
		return "", nil, fmt.Errorf("encode %s event: %w", b.EventType(), err)
	}
	return b.EventType(), data, nil
}

// DecodeBody turns a stored type name and JSON back into an event body.
func DecodeBody(typ string, data []byte) (EventBody, error) {
	newBody, ok := eventTypes[typ]
	if !ok {
		newBody, ok = workshopEventTypes[typ]
	}
	if !ok {
		return nil, fmt.Errorf("unknown event type %q: this store was written by a newer trio", typ)
	}
	b := newBody()
	if err := json.Unmarshal(data, b); err != nil {
		return nil, fmt.Errorf("decode %s event: %w", typ, err)
	}
	return b, nil
}
