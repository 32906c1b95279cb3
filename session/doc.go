// Package session is the dialogue-versus-discussion exercise as a domain and
// the single source of truth for every room.
//
// A person's wish is a Command. The Hub checks it against the room's current
// state and the person asking (the phase, their role, the limits), turns it
// into an Event, appends the event to the Store, and only then applies it
// with the pure reducer Apply and tells every subscriber. Replaying a room's
// events gives the same room. Nobody but the store sees a Room as it is:
// everyone else sees ViewFor(room, viewer), where cards still being written
// and votes not yet shown are hidden.
//
// What a person has typed and not sent yet is theirs alone: the Hub keeps
// it for them (KeepUnsent) and the Store beside the log, never as an event,
// so no room, view or export holds it.
package session
