package session

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
)

// Copied is what CopyStore copied and checked.
type Copied struct {
	Events, Rooms, Workshops, Unsent int
}

// CopyStore copies every event of one store into another that holds none,
// in order, and people's unsent text beside them; then it reads both back
// and checks that every room and workshop replays the same. A target that
// holds events is refused: two logs are never merged.
func CopyStore(ctx context.Context, from, to Store) (Copied, error) {
	var c Copied
	held := 0
	if err := to.Events(ctx, func(Event) error { held++; return nil }); err != nil {
		return c, err
	}
	if held > 0 {
		return c, refuse(fmt.Sprintf("The target store holds %d events already: copy into an empty one, so no room is mixed with another.", held))
	}
	if err := from.Events(ctx, func(e Event) error {
		c.Events++
		return to.Append(ctx, e)
	}); err != nil {
		return c, err
	}
	var unsent []Unsent
	if err := from.Unsent(ctx, func(u Unsent) error { unsent = append(unsent, u); return nil }); err != nil {
		return c, err
	}
	if len(unsent) > 0 {
		if err := to.KeepUnsent(ctx, unsent); err != nil {
			return c, err
		}
	}
	c.Unsent = len(unsent)
	source, err := replayedStates(ctx, from)
	if err != nil {
		return c, err
	}
	copied, err := replayedStates(ctx, to)
	if err != nil {
		return c, err
	}
	if !maps.Equal(source, copied) {
		return c, fmt.Errorf("the copy does not replay as the source does: rooms %v against %v", slices.Sorted(maps.Keys(copied)), slices.Sorted(maps.Keys(source)))
	}
	for _, state := range source {
		if state[0] == 'w' {
			c.Workshops++
		} else {
			c.Rooms++
		}
	}
	return c, nil
}

// replayedStates is every room and workshop of a store as JSON, by code, the
// first byte saying which ('r' or 'w').
func replayedStates(ctx context.Context, s Store) (map[string]string, error) {
	rooms, workshops := map[string]Room{}, map[string]Workshop{}
	err := s.Events(ctx, func(e Event) error {
		var err error
		if _, ok := e.Body.(WorkshopEventBody); ok {
			workshops[e.Room], err = ApplyWorkshop(workshops[e.Room], e)
			return err
		}
		rooms[e.Room], err = Apply(rooms[e.Room], e)
		return err
	})
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for code, r := range rooms {
		b, err := json.Marshal(r)
		if err != nil {
			return nil, err
		}
		out[code] = "r" + string(b)
	}
	for code, w := range workshops {
		b, err := json.Marshal(w)
		if err != nil {
			return nil, err
		}
		out[code] = "w" + string(b)
	}
	return out, nil
}
