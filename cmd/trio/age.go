package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// age is a flag's length of time, in days as well as Go's units: rooms
// age in days (90d, 1d12h), and 36h or 30m work too.
type age struct{ d *time.Duration }

// maxAgeDays keeps a number of days far from time.Duration's overflow.
const maxAgeDays = 36500

func ageFlag(f flags, name string, value time.Duration, usage string) *time.Duration {
	d := value
	f.Var(age{&d}, name, usage)
	return &d
}

func (a age) String() string {
	if a.d == nil || *a.d == 0 {
		return ""
	}
	return formatAge(*a.d)
}

func (a age) Set(s string) error {
	d, err := parseAge(s)
	if err != nil {
		return err
	}
	*a.d = d
	return nil
}

// parseAge reads 90d, 1d12h, 36h or 30m.
func parseAge(s string) (time.Duration, error) {
	wrong := fmt.Errorf("%q is not a length of time: write it like 90d, 1d12h or 36h", s)
	days, rest, hasDays := strings.Cut(s, "d")
	if !hasDays {
		d, err := time.ParseDuration(s)
		if err != nil {
			return 0, wrong
		}
		return d, nil
	}
	// A sign goes before the days and counts for what follows: the
	// command says which lengths it takes.
	sign := time.Duration(1)
	if after, ok := strings.CutPrefix(days, "-"); ok {
		days, sign = after, -1
	}
	n, err := strconv.Atoi(days)
	if err != nil || n < 0 || n > maxAgeDays || strings.HasPrefix(days, "+") {
		return 0, wrong
	}
	d := time.Duration(n) * 24 * time.Hour
	if rest != "" {
		more, err := time.ParseDuration(rest)
		if err != nil || more < 0 {
			return 0, wrong
		}
		d += more
	}
	return sign * d, nil
}

// formatAge writes a length of time as parseAge reads it, shortest:
// 90d, 1d12h, 1h, 10m.
func formatAge(d time.Duration) string {
	const day = 24 * time.Hour
	switch {
	case d < 0:
		return "-" + formatAge(-d)
	case d == 0:
		return "0s"
	}
	var s string
	if days := d / day; days > 0 {
		s = fmt.Sprintf("%dd", days)
	}
	if rest := d % day; rest > 0 {
		r := rest.String() // like 1h0m0s, 10m0s, 1h30m0s or 45s
		if strings.HasSuffix(r, "m0s") {
			r = strings.TrimSuffix(r, "0s")
		}
		if strings.HasSuffix(r, "h0m") {
			r = strings.TrimSuffix(r, "0m")
		}
		s += r
	}
	return s
}
