package session

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// TestALockedRoomKeepsItsWordsFromTheSharedScreen: table 3 drafted its
// point of view, which the whole room may see. Unlocked, the workshop's
// shared screen shows it as anyone's would; locked, the screen holds the
// phase and the timer, and no word of the trio nor who is in it.
func TestALockedRoomKeepsItsWordsFromTheSharedScreen(t *testing.T) {
	t.Parallel()
	f, _ := busyWorkshop(t)
	open := f.room(2)
	if got, want := SharedScreenView(open), ViewFor(open, Nobody); !reflect.DeepEqual(got, want) {
		t.Fatal("an unlocked room's shared screen is not what nobody in particular sees")
	}
	if data, _ := json.Marshal(SharedScreenView(open)); !strings.Contains(string(data), "SECRET-DRAFT-IS-PUBLIC") {
		t.Fatal("the unlocked room's draft is missing: the check below would prove nothing")
	}

	f.in(2, cy, LockRoom{Locked: true})
	locked := f.room(2)
	v := SharedScreenView(locked)
	if v.Phase != locked.Phase || v.Timer != locked.Timer || v.CurrentPhase().ID != locked.CurrentPhase().ID || !v.Locked {
		t.Fatalf("the locked room's phase or timer is not on the shared screen: %+v", v.Room)
	}
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	for _, word := range []string{"SECRET", "we fix three steps", "Cy", "Dan", locked.Question} {
		if strings.Contains(string(data), word) {
			t.Errorf("the locked room's shared screen holds %q", word)
		}
	}
}
