package session

import "fmt"

// WorkshopCommand is something the coach asks of every trio at once: move
// them on, add time, speak to every room. The hub decides it against the
// workshop, its trios' rooms and the person asking, stores its event in
// the workshop's own stream, then carries it to each room as a command of
// that room, which the room decides and stores like any other.
type WorkshopCommand interface {
	decideWorkshop(w Workshop, trios []Room, d *decision) (WorkshopEventBody, []carried, error)
}

// carried is a workshop command's part in one room.
type carried struct {
	room string
	cmd  Command
}

// workshopCoach checks that the person asking coaches the workshop: only
// they act on it.
func (d *decision) workshopCoach(w Workshop, doing string) error {
	if d.actor == "" || d.actor != w.Coach {
		return refuse(fmt.Sprintf("Only the workshop's coach can %s.", doing))
	}
	return nil
}

// toEvery carries a command to every open room of the workshop for which
// part gives one.
func toEvery(trios []Room, part func(Room) (Command, bool)) []carried {
	var out []carried
	for _, r := range trios {
		if r.Seq == 0 {
			continue // a room the store never took: nothing to carry to
		}
		if cmd, ok := part(r); ok {
			out = append(out, carried{room: r.Code, cmd: cmd})
		}
	}
	return out
}
