package server

import (
	"fmt"

	"charm.land/ssh"

	"trio/session"
)

// mayWatch lets a terminal show a room, or every room of a workshop, on a
// shared screen by the rules of joining: a code counts against guessing,
// a wrong one is refused in words, and a locked room is only for the
// people in it. A workshop's projector shows a locked room's phase and
// time only (session.SharedScreenView). Refused, the person reads why on
// one line.
func (s *Server) mayWatch(sess ssh.Session, code string) bool {
	checkCode, missedCode := s.guard(sess)
	if err := checkCode(); err != nil {
		refuse(sess, "trio: "+err.Error())
		return false
	}
	room, err := s.cfg.Hub.Room(code)
	if err != nil {
		if _, notWorkshop := s.cfg.Hub.Workshop(code); notWorkshop == nil {
			return true
		}
		missedCode()
		reason := err.Error()
		if normal := session.NormalizeCode(code); session.ValidCode(normal) {
			reason = fmt.Sprintf("There is no room or workshop with the code %s. Check the code and try again.", session.FormatCode(normal))
		}
		refuse(sess, "trio: "+reason)
		return false
	}
	if _, member := room.Person(identify(sess).ID); !member && room.Locked {
		refuse(sess, "trio: this room is locked: only the people in it can watch it.")
		return false
	}
	return true
}
