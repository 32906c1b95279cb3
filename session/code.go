package session

import (
	"crypto/rand"
	"math/big"
	"strings"
)

// A room code is what people type to join: eight characters from an
// alphabet without look-alikes (no 0/O, 1/I/L, U/V), about 39 bits of
// randomness, shown as ABCD-EFGH.
const (
	codeAlphabet = "23456789ABCDEFGHJKMNPQRSTWXYZ"
	codeLength   = 8
)

// NewCode returns a fresh random room code.
func NewCode() (string, error) {
	var b strings.Builder
	letters := big.NewInt(int64(len(codeAlphabet)))
	for range codeLength {
		n, err := rand.Int(rand.Reader, letters)
		if err != nil {
			return "", err
		}
		b.WriteByte(codeAlphabet[n.Int64()])
	}
	return b.String(), nil
}

// NormalizeCode turns what a person typed into a code: case, spaces and
// dashes do not matter.
func NormalizeCode(typed string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '-' || r == ' ':
			return -1
		case r >= 'a' && r <= 'z':
			return r - 'a' + 'A'
		}
		return r
	}, typed)
}

// FormatCode shows a code the way people read it aloud: ABCD-EFGH.
func FormatCode(code string) string {
	if len(code) != codeLength {
		return code
	}
	return code[:4] + "-" + code[4:]
}

// ValidCode reports whether a normalized code could be a room code.
func ValidCode(code string) bool {
	if len(code) != codeLength {
		return false
	}
	for _, r := range code {
		if !strings.ContainsRune(codeAlphabet, r) {
			return false
		}
	}
	return true
}
