package session

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

// liveWorkshop is one workshop in memory: its newest snapshot, and the
// coach's screens to tell of any change to it or to its trios' rooms.
type liveWorkshop struct {
	mu   sync.Mutex // held while a workshop command is decided and carried
	snap atomic.Pointer[Workshop]

	subsMu sync.Mutex
	subs   map[*Subscription]struct{}

	commands *pace // how fast the coach may send workshop commands
}

// newLiveWorkshop holds a workshop and links the rooms of its trios to it,
// before any of them is shared.
func (h *Hub) newLiveWorkshop(w Workshop) *liveWorkshop {
	lw := &liveWorkshop{subs: map[*Subscription]struct{}{}, commands: newPace(h.limits)}
	lw.snap.Store(&w)
	for _, t := range w.Trios {
		if lr, ok := h.rooms[t.Room]; ok {
			lr.workshop = lw
		}
	}
	return lw
}

func (lw *liveWorkshop) notify() {
	lw.subsMu.Lock()
	nudge(lw.subs)
	lw.subsMu.Unlock()
}

func (lw *liveWorkshop) unsubscribe(s *Subscription) {
	lw.subsMu.Lock()
	delete(lw.subs, s)
	lw.subsMu.Unlock()
}

// OpenWorkshop opens a workshop: first a room for each trio, each stored
// under its own code, then the workshop under its own, naming them. A
// workshop is paced as one room, and its rooms count against
// Limits.Rooms all together or not at all. When the store fails half-way
// the workshop is not opened; rooms stored before that stay, empty.
func (h *Hub) OpenWorkshop(ctx context.Context, c OpenWorkshop) (Workshop, error) {
	d := h.decision("", nil)
	opened, err := c.decide(d)
	if err != nil {
		return Workshop{}, err
	}
	release, err := h.reserveRooms(len(opened.Trios))
	if err != nil {
		return Workshop{}, err
	}
	defer release()
	if err := h.takeOpen(c.By); err != nil {
		return Workshop{}, err
	}
	codes, err := h.freshCodes(1 + len(opened.Trios))
	if err != nil {
		return Workshop{}, err
	}
	code := codes[0]
	lw := &liveWorkshop{subs: map[*Subscription]struct{}{}, commands: newPace(h.limits)}
	for i, t := range opened.Trios {
		room := codes[i+1]
		e := Event{Room: room, Seq: 1, At: d.now, Actor: opened.Coach, Body: opened.trioRoom(code, t, d.now)}
		r, err := Apply(Room{}, e)
		if err != nil {
			return Workshop{}, err
		}
		if err := h.store.Append(ctx, e); err != nil {
			return Workshop{}, h.saveFailed(e, err)
		}
		lr := h.newLiveRoom(r, d.now)
		lr.workshop = lw
		h.mu.Lock()
		h.rooms[room] = lr
		h.mu.Unlock()
		opened.Trios[i].Room = room
	}
	e := Event{Room: code, Seq: 1, At: d.now, Actor: opened.Coach, Body: opened}
	w, err := ApplyWorkshop(Workshop{}, e)
	if err != nil {
		return Workshop{}, err
	}
	if err := h.store.Append(ctx, e); err != nil {
		return Workshop{}, h.saveFailed(e, err)
	}
	lw.snap.Store(&w)
	h.mu.Lock()
	h.workshops[code] = lw
	h.mu.Unlock()
	return w, nil
}

// freshCodes finds n codes no room or workshop has, all different.
func (h *Hub) freshCodes(n int) ([]string, error) {
	codes := make([]string, 0, n)
	for tries := 0; len(codes) < n; tries++ {
		if tries > 10*n {
			return nil, errors.New("could not find free codes for the workshop's rooms")
		}
		code, err := h.freshCode()
		if err != nil {
			return nil, err
		}
		if !slices.Contains(codes, code) {
			codes = append(codes, code)
		}
	}
	return codes, nil
}

// WorkshopResult is what the coach gets back for a workshop command.
type WorkshopResult struct {
	Workshop Workshop
	Event    Event
	// Rooms are what the command did in each trio's room it changed.
	Rooms []Result
	// Asked are the codes of the rooms whose facilitator was asked to
	// move on, because someone there was writing.
	Asked []string
	// Unchanged are the rooms the command did not change, and why.
	Unchanged []TrioRefusal
	// Removed counts the characters removed from the coach's text.
	Removed int
}

// TrioRefusal is one trio's room that did not take a workshop command.
type TrioRefusal struct {
	Room   string
	Reason string
}

// DoWorkshop decides one workshop command for the person asking: only the
// workshop's coach acts on it. Its event is stored in the workshop's
// stream before it shows; then each trio's room decides, stores and shows
// its own part, under the room's rules. A room whose part the store could
// not take stops the rest with that error; the rooms changed until then
// stay changed, and giving the command again reaches the others.
func (h *Hub) DoWorkshop(ctx context.Context, code string, actor ParticipantID, cmd WorkshopCommand) (WorkshopResult, error) {
	lw, err := h.liveWorkshop(code)
	if err != nil {
		return WorkshopResult{}, err
	}
	if !lw.commands.allow(actor, h.now()) {
		return WorkshopResult{}, lw.commands.tooFast()
	}
	lw.mu.Lock()
	defer lw.mu.Unlock()
	w := *lw.snap.Load()
	d := h.decision(actor, nil)
	body, carry, err := cmd.decideWorkshop(w, h.trioRooms(w), d)
	if err != nil {
		return WorkshopResult{}, err
	}
	e := Event{Room: w.Code, Seq: w.Seq + 1, At: d.now, Actor: actor, Body: body}
	next, err := ApplyWorkshop(w, e)
	if err != nil {
		return WorkshopResult{}, fmt.Errorf("a rule let through what the workshop cannot hold: %w", err)
	}
	if err := h.store.Append(ctx, e); err != nil {
		return WorkshopResult{}, h.saveFailed(e, err)
	}
	lw.snap.Store(&next)
	defer lw.notify()
	res := WorkshopResult{Workshop: next, Event: e, Removed: d.removed}
	for _, c := range carry {
		lr, err := h.live(c.room)
		if err != nil {
			res.Unchanged = append(res.Unchanged, TrioRefusal{Room: c.room, Reason: err.Error()})
			continue
		}
		done, err := h.do(ctx, lr, actor, c.cmd)
		var refusal *Refusal
		switch {
		case errors.As(err, &refusal):
			res.Unchanged = append(res.Unchanged, TrioRefusal{Room: c.room, Reason: refusal.Reason})
		case err != nil:
			return res, err
		default:
			res.Rooms = append(res.Rooms, done)
			if _, asked := done.Event.Body.(*MoveAsked); asked {
				res.Asked = append(res.Asked, c.room)
			}
		}
	}
	return res, nil
}

// trioRooms are the newest snapshots of a workshop's rooms, in the order
// of its tables; a room the store never took is the zero Room.
func (h *Hub) trioRooms(w Workshop) []Room {
	rooms := make([]Room, len(w.Trios))
	h.mu.RLock()
	defer h.mu.RUnlock()
	for i, t := range w.Trios {
		if lr, ok := h.rooms[t.Room]; ok {
			rooms[i] = *lr.snap.Load()
		}
	}
	return rooms
}

func (h *Hub) liveWorkshop(code string) (*liveWorkshop, error) {
	code = NormalizeCode(code)
	if !ValidCode(code) {
		return nil, refuse("Workshop codes are eight letters and digits, like ABCD-EFGH. Check the code and try again.")
	}
	h.mu.RLock()
	lw, ok := h.workshops[code]
	h.mu.RUnlock()
	if !ok {
		return nil, refuse(fmt.Sprintf("There is no workshop with the code %s. Check the code and try again.", FormatCode(code)))
	}
	return lw, nil
}

// Workshop returns the newest snapshot of a workshop, or a Refusal that
// says the code is wrong. It names its rooms' codes: show it to its coach
// only (Dashboard checks who asks).
func (h *Hub) Workshop(code string) (Workshop, error) {
	lw, err := h.liveWorkshop(code)
	if err != nil {
		return Workshop{}, err
	}
	return *lw.snap.Load(), nil
}

// Workshops returns every workshop, the most recently changed first.
func (h *Hub) Workshops() []Workshop {
	h.mu.RLock()
	out := make([]Workshop, 0, len(h.workshops))
	for _, lw := range h.workshops {
		out = append(out, *lw.snap.Load())
	}
	h.mu.RUnlock()
	slices.SortFunc(out, func(a, b Workshop) int {
		return cmp.Or(b.UpdatedAt.Compare(a.UpdatedAt), cmp.Compare(a.Code, b.Code))
	})
	return out
}

// SubscribeWorkshop tells the caller about every change to a workshop and
// to each of its trios' rooms, who is there and typing included: what the
// coach's dashboard shows.
func (h *Hub) SubscribeWorkshop(code string) (*Subscription, error) {
	lw, err := h.liveWorkshop(code)
	if err != nil {
		return nil, err
	}
	c := make(chan struct{}, 1)
	s := &Subscription{C: c, c: c, drop: lw.unsubscribe}
	lw.subsMu.Lock()
	lw.subs[s] = struct{}{}
	lw.subsMu.Unlock()
	return s, nil
}

// coachOf checks that the viewer coaches the workshop before showing it.
func (h *Hub) coachOf(code string, viewer ParticipantID, seeing string) (Workshop, error) {
	w, err := h.Workshop(code)
	if err != nil {
		return Workshop{}, err
	}
	if viewer == "" || viewer != w.Coach {
		return Workshop{}, refuse(fmt.Sprintf("Only the workshop's coach sees %s.", seeing))
	}
	return w, nil
}
