package content

import (
	"testing"
	"time"
)

func TestReadTime(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in      string
		want    time.Duration
		problem string
	}{
		{"5m", 5 * time.Minute, ""},
		{"90s", 90 * time.Second, ""},
		{"1m30s", 90 * time.Second, ""},
		{"1h", time.Hour, ""},
		{" 2m ", 2 * time.Minute, ""},
		{"-4m", -4 * time.Minute, ""},
		{"0m", 0, ""},
		{"5", 0, "5 has no unit: write 5m for minutes or 5s for seconds."},
		{"5 min", 0, `"5 min" is not a time: write it like 5m or 90s.`},
		{"300ms", 0, `"300ms" is not a time: write it like 5m or 90s.`},
		{"1.5s", 0, `"1.5s" is not a whole number of seconds: write it like 90s.`},
	}
	for _, tt := range tests {
		got, problem := readTime(tt.in)
		if got != tt.want || problem != tt.problem {
			t.Errorf("readTime(%q) = %v, %q; want %v, %q", tt.in, got, problem, tt.want, tt.problem)
		}
	}
}

func TestFormatTime(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   time.Duration
		want string
	}{
		{0, "0s"},
		{90 * time.Second, "1m30s"},
		{5 * time.Minute, "5m"},
		{2 * time.Hour, "2h"},
		{-4 * time.Minute, "-4m"},
		{45 * time.Second, "45s"},
	}
	for _, tt := range tests {
		if got := formatTime(tt.in); got != tt.want {
			t.Errorf("formatTime(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
