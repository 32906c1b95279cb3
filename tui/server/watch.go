package server

import (
	"charm.land/ssh"
)

// mayWatch lets a terminal show a room on a shared screen by the rules of
// joining it: a code counts against guessing, a wrong one is refused in
// the room's words, and a locked room is only for the people in it.
// Refused, the person reads why on one line.
func (s *Server) mayWatch(sess ssh.Session, code string) bool {
	checkCode, missedCode := s.guard(sess)
	if err := checkCode(); err != nil {
		refuse(sess, "trio: "+err.Error())
		return false
	}
	room, err := s.cfg.Hub.Room(code)
	if err != nil {
		missedCode()
		refuse(sess, "trio: "+err.Error())
		return false
	}
	if _, member := room.Person(identify(sess).ID); !member && room.Locked {
		refuse(sess, "trio: this room is locked: only the people in it can watch it.")
		return false
	}
	return true
}
