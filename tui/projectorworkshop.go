package tui

import tea "charm.land/bubbletea/v2"

// overview is chosen while a workshop's projector shows every table at
// once, no room in particular.
const overview = -1

// projectedWorkshop is what a workshop's projector shows of the workshop
// itself: its title, and its tables in order. Its rooms' codes stay off
// the screen: a projector is read from every table.
type projectedWorkshop struct {
	title  string
	tables []int // the table of each of the projector's rooms
}

// openWorkshopProjector watches every trio's room of a workshop, showing
// the whole workshop, or a table's room when table is one (from 1). A
// room the store cannot read is left out; the rest are shown.
func openWorkshopProjector(sh *Shared, code string, table int) (*projectorScreen, tea.Cmd, error) {
	ws, err := sh.Hub.Workshop(code)
	if err != nil {
		return nil, nil, err
	}
	p := newProjector(sh)
	p.workshop = &projectedWorkshop{title: ws.Title}
	for _, trio := range ws.Trios {
		w, err := watchRoom(sh, trio.Room)
		if err != nil {
			continue
		}
		w.table, w.question = trio.Table, trio.Question
		w.here = sh.Hub.Presence(w.code).Here
		w.at, w.ids = "", nil
		w.follow() // again, as the workshop's shared screen shows it
		p.rooms = append(p.rooms, w)
		p.workshop.tables = append(p.workshop.tables, trio.Table)
	}
	p.chosen = overview
	p.chooseTable(table)
	return p, p.listen(), nil
}

// chooseNext goes to the next table (by is 1) or the one before (-1); the
// whole workshop comes between the last table and the first.
func (p *projectorScreen) chooseNext(by int) {
	n := len(p.rooms) + 1 // the tables and the overview
	at := (p.chosen + 1 + by + n) % n
	p.chosen = at - 1
}

// chooseTable shows the room of a table by its number; a number that is
// no table's does nothing.
func (p *projectorScreen) chooseTable(table int) {
	for i, t := range p.workshop.tables {
		if t == table {
			p.chosen = i
		}
	}
}
