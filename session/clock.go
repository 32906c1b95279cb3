package session

import "time"

// stamp and clock write times for exports, in UTC so every reader sees the
// same thing.
func stamp(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }

func clock(t time.Time) string { return t.UTC().Format("15:04") }
