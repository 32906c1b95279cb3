package content

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// A time as a coach writes it: hours, minutes and seconds, like 5m, 90s or
// 1m30s. Milliseconds and the like have no place in a workshop.
var timeWords = regexp.MustCompile(`^[-+]?([0-9]+(\.[0-9]+)?[hms])+$`)

var bareNumber = regexp.MustCompile(`^[-+]?[0-9]+(\.[0-9]+)?$`)

// readTime reads a time like 5m or 90s. When it cannot, it says why, as
// the end of a sentence that starts with the key.
func readTime(s string) (time.Duration, string) {
	s = strings.TrimSpace(s)
	if bareNumber.MatchString(s) {
		return 0, fmt.Sprintf("%s has no unit: write %sm for minutes or %ss for seconds.", s, s, s)
	}
	t, err := time.ParseDuration(s)
	if err != nil || !timeWords.MatchString(s) {
		return 0, fmt.Sprintf("%s is not a time: write it like 5m or 90s.", quote(s))
	}
	if t%time.Second != 0 {
		return 0, fmt.Sprintf("%s is not a whole number of seconds: write it like 90s.", quote(s))
	}
	return t, ""
}

// formatTime writes a time the way a coach would: 5m, 90s, 1m30s, 2h.
func formatTime(t time.Duration) string {
	sign := ""
	if t < 0 {
		sign, t = "-", -t
	}
	h, m, s := t/time.Hour, (t%time.Hour)/time.Minute, (t%time.Minute)/time.Second
	var b strings.Builder
	b.WriteString(sign)
	if h > 0 {
		fmt.Fprintf(&b, "%dh", h)
	}
	if m > 0 {
		fmt.Fprintf(&b, "%dm", m)
	}
	if s > 0 || b.Len() == len(sign) {
		fmt.Fprintf(&b, "%ds", s)
	}
	return b.String()
}
