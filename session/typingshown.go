package session

import "time"

// Screens are told that someone is typing once they have been writing for
// typingShowsAfter: a word typed and sent at once never flashes "typing…"
// on everyone's screen, in a room of twelve two redraws of every screen
// for nothing. The rules do not wait: who is typing counts from the first
// key (the facilitator moving on is asked about them at once), and a
// screen drawn meanwhile for another change shows it.
const typingShowsAfter = time.Second

// typingSince is when someone began typing, as the count of the room's
// notifications then, and which start it was.
type typingSince struct {
	notifies uint64
	start    uint64
}

// typingShown reports whether the screens may show a person's typing: a
// notification went out since they began.
func (lr *liveRoom) typingShown(id ParticipantID) bool {
	since, ok := lr.typingFrom[id]
	return ok && lr.notifies.Load() != since.notifies
}

// beganTyping marks when someone began typing, with subsMu held, and
// tells the screens after typingShowsAfter if they are typing still.
func (h *Hub) beganTyping(lr *liveRoom, id ParticipantID) {
	start := lr.typingStarts.Add(1)
	lr.typingFrom[id] = typingSince{notifies: lr.notifies.Load(), start: start}
	time.AfterFunc(typingShowsAfter, func() {
		lr.subsMu.Lock()
		since, still := lr.typingFrom[id]
		still = still && since.start == start && lr.typing[id]
		lr.subsMu.Unlock()
		if still && lr.told.allow(id, h.now()) {
			lr.notify()
		}
	})
}
