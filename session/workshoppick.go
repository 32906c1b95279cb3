package session

// TrioChoices are a workshop's tables as anyone with its code sees them,
// to pick the trio they sit with. A trio's room is as private from the
// others as any room: each table shows the question the workshop gave it
// (never a trio's rewording), who is in its room by name, and nothing of a
// locked room but that it is locked.
type TrioChoices struct {
	Code  string       `json:"code"` // the workshop's, as people read it
	Title string       `json:"title"`
	Coach string       `json:"coach"` // the coach's name
	Trios []TrioChoice `json:"trios"` // in the order of their tables
}

// TrioChoice is one table of a workshop, to join.
type TrioChoice struct {
	Table    int    `json:"table"`
	Room     string `json:"room"` // its code, to join it
	Question string `json:"question"`
	// People are who joined the room, the coach aside, in the order they
	// came; none when it is locked to the person asking.
	People []Seat `json:"people"`
	// Locked: the facilitator closed the room to new people.
	Locked bool `json:"locked,omitempty"`
	// Full: the room has no seat left for someone new.
	Full bool `json:"full,omitempty"`
	// Yours: the person asking is in this room already.
	Yours bool `json:"yours,omitempty"`
}

// Seat is one person in a trio's room, by name, and whether they are
// here now.
type Seat struct {
	Name string `json:"name"`
	Here bool   `json:"here"`
}

// TrioChoicesOf projects a workshop's tables for one person (viewer), in
// rooms holding at most most people. It is pure: the hub gathers who is
// here (TrioChoices).
func TrioChoicesOf(w Workshop, trios []TrioLive, viewer ParticipantID, most int) TrioChoices {
	c := TrioChoices{Code: FormatCode(w.Code), Title: w.Title, Coach: w.CoachName, Trios: []TrioChoice{}}
	for i, t := range trios {
		if t.Room.Seq == 0 || i >= len(w.Trios) {
			continue // a room the store never took
		}
		r := t.Room
		choice := TrioChoice{
			Table: w.Trios[i].Table, Room: FormatCode(r.Code), Question: w.Trios[i].Question,
			People: []Seat{}, Locked: r.Locked, Full: len(r.People)+r.coachSeat() >= most,
		}
		_, choice.Yours = r.Person(viewer)
		choice.Yours = choice.Yours && viewer != Nobody
		if !r.Locked || choice.Yours {
			for _, p := range r.People {
				if !r.IsCoach(p.ID) {
					choice.People = append(choice.People, Seat{Name: p.Name, Here: t.Presence.Here[p.ID]})
				}
			}
		}
		c.Trios = append(c.Trios, choice)
	}
	return c
}

// TrioChoices returns a workshop's tables for someone who has its code,
// or a Refusal that says the code is wrong. Anyone may ask: what it holds
// is what the join screen shows of each room.
func (h *Hub) TrioChoices(code string, viewer ParticipantID) (TrioChoices, error) {
	w, err := h.Workshop(code)
	if err != nil {
		return TrioChoices{}, err
	}
	rooms := h.trioRooms(w)
	trios := make([]TrioLive, len(rooms))
	for i, r := range rooms {
		trios[i] = TrioLive{Room: r}
		if r.Seq != 0 {
			trios[i].Presence = h.Presence(r.Code)
		}
	}
	return TrioChoicesOf(w, trios, viewer, atMost(h.limits.Participants, MaxParticipants)), nil
}
