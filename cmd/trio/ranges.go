package main

import (
	"flag"
	"fmt"
	"math"
	"strconv"
	"time"
)

// A number flag holds only the values of its range. Anything else (NaN, an
// infinity, a negative, 0 where 0 means nothing, a value past what is
// sensible) is refused at start in one line that names the flag and its
// range, so no value can switch a protection off by accident. 0 is let
// through only where it says what it means, like "no limit".
//
// A new flag says its range where it is defined:
//
//	grace := numberFlag(f, "login-grace", 30*time.Second, between(time.Second, 10*time.Minute), "…")
//	rooms := numberFlag(f, "max-rooms", 10000, between(1, 1_000_000).orZero("no limit"), "…")

// number is what a number flag may hold.
type number interface {
	int | float64 | time.Duration
}

// span is a flag's range: min to max, and 0 too when zero says what 0
// means.
type span[T number] struct {
	min, max T
	zero     string
}

func between[T number](least, most T) span[T] { return span[T]{min: least, max: most} }

// orZero lets 0 through as well, meaning what it says ("no limit").
func (s span[T]) orZero(meaning string) span[T] {
	s.zero = meaning
	return s
}

func (s span[T]) holds(v T) bool {
	if s.zero != "" && v == 0 {
		return true
	}
	if f, ok := any(v).(float64); ok && (math.IsNaN(f) || math.IsInf(f, 0)) {
		return false
	}
	return v >= s.min && v <= s.max
}

// String says the range as the refusal does: "a time from 1s to 10m",
// "0 (no limit) or a number from 1 to 1000".
func (s span[T]) String() string {
	var kind string
	switch any(s.min).(type) {
	case int:
		kind = "a whole number"
	case float64:
		kind = "a number"
	case time.Duration:
		kind = "a time"
	}
	r := fmt.Sprintf("%s from %s to %s", kind, formatNumber(s.min), formatNumber(s.max))
	if s.zero != "" {
		r = fmt.Sprintf("0 (%s) or %s", s.zero, r)
	}
	return r
}

// numberFlag defines a flag that holds only values within r.
func numberFlag[T number](f flags, name string, value T, r span[T], usage string) *T {
	v := &ranged[T]{value: new(T), span: r}
	*v.value = value
	f.Var(v, name, usage)
	return v.value
}

// ranged is a number flag's value; a value out of its range is kept as
// typed, for parse to refuse once every flag is read.
type ranged[T number] struct {
	value *T
	span  span[T]
	wrong *string // as typed, when it is not a value of the range
}

func (v *ranged[T]) String() string {
	if v == nil || v.value == nil {
		return ""
	}
	return formatNumber(*v.value)
}

// placeholder names the value in the command's help: N, or DURATION.
func (v *ranged[T]) placeholder() string {
	if _, ok := any(v.span.min).(time.Duration); ok {
		return "DURATION"
	}
	return "N"
}

func (v *ranged[T]) Set(s string) error {
	n, err := parseNumber[T](s)
	if err != nil || !v.span.holds(n) {
		v.wrong = &s
		return nil //nolint:nilerr // the wrong value is told later, with its range
	}
	*v.value, v.wrong = n, nil
	return nil
}

// refusal is the one line that refuses a value out of range, or nil.
func (v *ranged[T]) refusal(name string) error {
	if v.wrong == nil {
		return nil
	}
	return fmt.Errorf("--%s is %s, not %s", name, v.span, shown(*v.wrong))
}

// outOfRange is the refusal of the first number flag set to a value out of
// its range, or nil.
func (f flags) outOfRange() error {
	var err error
	f.Visit(func(fl *flag.Flag) {
		if r, ok := fl.Value.(interface{ refusal(string) error }); ok && err == nil {
			err = r.refusal(fl.Name)
		}
	})
	return err
}

func parseNumber[T number](s string) (T, error) {
	var n T
	switch p := any(&n).(type) {
	case *int:
		v, err := strconv.Atoi(s)
		*p = v
		return n, err
	case *float64:
		v, err := strconv.ParseFloat(s, 64)
		*p = v
		return n, err
	case *time.Duration:
		v, err := parseAge(s) // 90d as well as 12h or 30s
		*p = v
		return n, err
	}
	return n, fmt.Errorf("not a number flag")
}

// formatNumber writes a number as people type it: 10m or 1d, not 10m0s.
func formatNumber[T number](n T) string {
	switch v := any(n).(type) {
	case time.Duration:
		return formatAge(v)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case int:
		return strconv.Itoa(v)
	}
	return fmt.Sprint(n)
}
