package server

import (
	"crypto/rand"
	"encoding/hex"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"trio/session"
)

// identity is who a terminal belongs to.
type identity struct {
	ID   session.ParticipantID
	Name string // the default display name
	Key  bool   // identified by a key: the same seat on every return
}

// identify takes a person's id from the key that actually signed in (never
// one that was only offered), or a fresh guest id for people without a
// key, and their default name from the SSH user name.
func identify(sess ssh.Session) identity {
	who := identity{Name: defaultName(sess.User())}
	if key := sess.PublicKey(); key != nil {
		who.ID = session.ParticipantID(gossh.FingerprintSHA256(key))
		who.Key = true
		return who
	}
	b := make([]byte, 6)
	rand.Read(b)
	who.ID = session.ParticipantID("guest-" + hex.EncodeToString(b))
	return who
}

// defaultName is the SSH user name as a display name, cleaned like any
// name a person types; a user name that cannot be a name becomes "guest".
func defaultName(user string) string {
	name, _, err := session.NameRule.Clean(user)
	if err != nil {
		return "guest"
	}
	return name
}
