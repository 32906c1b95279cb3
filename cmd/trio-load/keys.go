package main

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"

	gossh "golang.org/x/crypto/ssh"
)

// memberKey is the SSH key of one member of one room, made in memory from
// the run's seed, so that `prepare` and a later run against the same store
// agree on who is who without a key ever touching the disk.
func memberKey(seed []byte, room, member int) gossh.Signer {
	h := sha256.New()
	h.Write([]byte("trio-load member key\x00"))
	h.Write(seed)
	var n [16]byte
	binary.BigEndian.PutUint64(n[:8], uint64(room))
	binary.BigEndian.PutUint64(n[8:], uint64(member))
	h.Write(n[:])
	signer, err := gossh.NewSignerFromKey(ed25519.NewKeyFromSeed(h.Sum(nil)))
	if err != nil {
		panic(err) // an ed25519 key is always a valid signer
	}
	return signer
}

// participantID is what trio calls the owner of a key: its SHA256
// fingerprint (server/identity.go).
func participantID(s gossh.Signer) string {
	return gossh.FingerprintSHA256(s.PublicKey())
}

// memberNames are the display names of a room's members, in seat order;
// rooms hold at most twelve people.
var memberNames = []string{"Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kai", "Lu"}

func memberName(i int) string {
	if i < len(memberNames) {
		return memberNames[i]
	}
	return memberNames[i%len(memberNames)] + string(rune('a'+i/len(memberNames)%26))
}
