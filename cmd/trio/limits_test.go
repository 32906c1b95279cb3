package main

import (
	"testing"
	"time"

	"trio/session"
)

// TestFacilitatorAwayReachesTheHub: the flag sets how long a facilitator
// may be away before anyone here may take the role; 0 is never.
func TestFacilitatorAwayReachesTheHub(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		args []string
		want time.Duration
	}{
		{nil, session.DefaultFacilitatorAway},
		{[]string{"--facilitator-away", "45s"}, 45 * time.Second},
		{[]string{"--facilitator-away", "0"}, 0},
	} {
		f := newFlags(commandNamed("serve"))
		rooms := roomLimitFlags(f)
		if _, err := f.parse(tc.args); err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		if limits := rooms.limits(); limits.FacilitatorAway != tc.want {
			t.Errorf("%v: the facilitator may be away %s, want %s", tc.args, limits.FacilitatorAway, tc.want)
		}
	}
}
