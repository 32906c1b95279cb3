package server

import (
	"charm.land/log/v2"

	"trio/session"
)

// LogSaveFailures logs every change the store could not save, one line
// each: the person who asked is told by their own screen, the operator by
// this line, which names what failed in the store. It logs too when the
// store stops taking people's unsent text, once until it takes it again
// (never the text itself), and when the feed of other servers' changes is
// lost and back.
func LogSaveFailures(logger *log.Logger) session.HubOption {
	changes := session.WithSaveFailures(func(f *session.SaveFailure) {
		logger.Error("a change could not be saved; nothing changed", "room", f.Room, "event", f.Seq, "type", f.Kind, "err", f.Err)
	})
	unsent := session.WithUnsentFailures(func(err error) {
		if err == nil {
			logger.Info("unsent text is saved again")
			return
		}
		logger.Error("unsent text could not be saved; it is kept in memory and tried again", "err", err)
	})
	feed := session.WithFeedReports(func(err error) {
		if err != nil {
			logger.Error("the database's feed of other servers' changes was lost; trying again, and reading every room once it is back", "err", err)
			return
		}
		logger.Info("the database's feed of other servers' changes is back; every room was read again")
	})
	return func(h *session.Hub) { changes(h); unsent(h); feed(h) }
}
