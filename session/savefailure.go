package session

// SaveFailure is an event the room's rules accepted but the store could not
// write: nothing changed and nobody saw it. Its message is for the person
// who asked; what went wrong in the store is for the log (Err), since it
// may name the server's files.
type SaveFailure struct {
	Room string
	Seq  int    // the number the event would have had
	Kind string // the event's type, as the store names it
	Err  error
}

func (f *SaveFailure) Error() string {
	return "That could not be saved, so nothing changed and nobody saw it. Try again in a moment."
}

func (f *SaveFailure) Unwrap() error { return f.Err }

// WithSaveFailures tells report about every event the store failed to
// write, so the server can log it; the person is told by the error.
func WithSaveFailures(report func(*SaveFailure)) HubOption {
	return func(h *Hub) { h.saveFailures = report }
}

// saveFailed is the error for an event the store refused, reported first.
func (h *Hub) saveFailed(e Event, err error) error {
	f := &SaveFailure{Room: e.Room, Seq: e.Seq, Kind: e.Body.EventType(), Err: err}
	if h.saveFailures != nil {
		h.saveFailures(f)
	}
	return f
}
