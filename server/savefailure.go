package server

import (
	"charm.land/log/v2"

	"trio/session"
)

// LogSaveFailures logs every change the store could not save, one line
// each: the person who asked is told by their own screen, the operator by
// this line, which names what failed in the store.
func LogSaveFailures(logger *log.Logger) session.HubOption {
	return session.WithSaveFailures(func(f *session.SaveFailure) {
		logger.Error("a change could not be saved; nothing changed", "room", f.Room, "event", f.Seq, "type", f.Kind, "err", f.Err)
	})
}
