package content

import "testing"

func TestClosest(t *testing.T) {
	t.Parallel()
	keys := phaseLevel.keys
	tests := []struct {
		typed, want string
	}{
		{"timbox", "timebox"},
		{"tiembox", "timebox"},
		{"promt", "prompt"},
		{"purpse", "purpose"},
		{"kidn", "kind"},
		{"thresh", "threshold"},
		{"timeboxes", "timebox"},
		{"thresold", "threshold"},
		{"round", "rounds"},
		{"colour", ""},
		{"x", ""},
	}
	for _, tt := range tests {
		got, ok := closest(tt.typed, keys)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("closest(%q) = %q, %v; want %q", tt.typed, got, ok, tt.want)
		}
	}
}

func TestDistance(t *testing.T) {
	t.Parallel()
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"kind", "kind", 0},
		{"kidn", "kind", 1},
		{"timbox", "timebox", 1},
		{"", "abc", 3},
		{"checkin", "check-in", 1},
		{"débat", "debat", 1},
	}
	for _, tt := range tests {
		if got := distance(tt.a, tt.b); got != tt.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSlug(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Check In", "check-in"},
		{"  Frame the question! ", "frame-the-question"},
		{"what_I_see", "what-i-see"},
		{"Étape 2", "tape-2"},
		{"?!", ""},
	}
	for _, tt := range tests {
		if got := slug(tt.in); got != tt.want {
			t.Errorf("slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
