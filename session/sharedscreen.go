package session

// SharedScreenView is a trio's room as a workshop's shared screen shows
// it, where people of every trio read it: what nobody in particular may
// see (ViewFor with Nobody), and of a locked room only where it stands,
// its script, phase and timer, never a word its trio wrote nor who is in
// it. A trio's room is as private from the other trios as any room.
func SharedScreenView(r Room) View {
	if !r.Locked {
		return ViewFor(r, Nobody)
	}
	return View{Room: Room{
		Code:      r.Code,
		Seq:       r.Seq,
		OpenedAt:  r.OpenedAt,
		UpdatedAt: r.UpdatedAt,
		Script:    r.Script,
		Phase:     r.Phase,
		Timer:     r.Timer,
		Locked:    true,
	}, Viewer: Nobody}
}
