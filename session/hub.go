package session

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// Hub holds the live rooms. It serializes the commands of each room,
// appends each event to the store before anyone sees it, and then tells the
// room's subscribers without ever waiting on them.
type Hub struct {
	store   Store
	now     func() time.Time
	newCode func() (string, error)
	limits  Limits
	// saveFailures hears of every event the store could not write;
	// feedReports, of the feed of other servers' changes lost and back.
	saveFailures func(*SaveFailure)
	feedReports  func(error)

	mu        sync.RWMutex
	rooms     map[string]*liveRoom
	workshops map[string]*liveWorkshop
	opening   int // rooms being opened: they count against Limits.Rooms

	opens *openPace // how often one person, and one address, may open a room

	// People's unsent text, written to the store in batches.
	unsent         *unsentBook
	unsentEvery    time.Duration
	unsentFailures func(error)
	writing        sync.Mutex // held while the store writes a batch

	// following lasts while the hub follows other servers' events (a
	// Follower store); endFollow ends it.
	following context.Context
	endFollow context.CancelFunc
	// instance names this server among those sharing the store; words
	// are its words about presence, on their way to the others.
	instance string
	words    chan string
	// wordsLast is how long another server's word about presence holds
	// without another (presenceLasts; shorter in tests).
	wordsLast time.Duration
	// missedElsewhere hears of room codes that led nowhere on another
	// server, for this one's limit on guessing.
	missedElsewhere atomic.Pointer[func(addr, key string)]
}

// liveRoom is one room in memory: its newest snapshot, its subscribers, and
// who is present and typing: live state, never stored.
type liveRoom struct {
	mu   sync.Mutex // held while a command is decided, stored and applied
	snap atomic.Pointer[Room]

	subsMu  sync.Mutex
	subs    map[*Subscription]struct{}
	present map[ParticipantID]int  // open terminals per person
	typing  map[ParticipantID]bool // people with unsent text in the phase
	absence                        // since when each person has been away
	// elsewhere are the people here through other servers sharing the
	// store, as they last told.
	elsewhere map[ParticipantID]seatElsewhere

	commands *pace // how fast each person may send commands
	told     *pace // how often each person's typing is told to the room
	// notifies counts the room's notifications; typingFrom is when each
	// typist began (with subsMu held), so a start never shown needs no
	// end shown either.
	notifies     atomic.Uint64
	typingFrom   map[ParticipantID]typingSince
	typingStarts atomic.Uint64

	// workshop is told of every change too, for its coach's dashboard;
	// nil for a room of its own. Set before the room is shared.
	workshop *liveWorkshop

	// public are the newest version's metrics, as everyone may see them.
	public atomic.Pointer[publicMetrics]
}

// HubOption changes how a hub works, mostly for tests and the demo.
type HubOption func(*Hub)

// WithClock gives the hub its own clock.
func WithClock(now func() time.Time) HubOption {
	return func(h *Hub) { h.now = now }
}

// WithCodes gives the hub its own room codes.
func WithCodes(next func() (string, error)) HubOption {
	return func(h *Hub) { h.newCode = next }
}

// NewHub replays every room in the store and returns a hub serving them.
func NewHub(ctx context.Context, store Store, opts ...HubOption) (*Hub, error) {
	h := &Hub{store: store, now: time.Now, newCode: NewCode, rooms: map[string]*liveRoom{}, workshops: map[string]*liveWorkshop{},
		unsent: newUnsentBook(), unsentEvery: UnsentWriteInterval, wordsLast: presenceLasts}
	for _, opt := range opts {
		opt(h)
	}
	h.opens = newOpenPace(h.limits)
	changes, lost, err := h.listenFirst(ctx, store)
	if err != nil {
		return nil, err
	}
	rooms, workshops := map[string]Room{}, map[string]Workshop{}
	err = store.Events(ctx, func(e Event) error {
		if _, ok := e.Body.(WorkshopEventBody); ok {
			next, err := ApplyWorkshop(workshops[e.Room], e)
			if err != nil {
				return fmt.Errorf("replay the workshops: %w", err)
			}
			workshops[e.Room] = next
			return nil
		}
		next, err := Apply(rooms[e.Room], e)
		if err != nil {
			return fmt.Errorf("replay the rooms: %w", err)
		}
		rooms[e.Room] = next
		return nil
	})
	if err != nil {
		h.stopFollowing()
		return nil, err // the store's errors are sentences already
	}
	// Nobody is here yet: everyone counts as away from now, so a restart
	// neither hands the facilitator's role over at once nor keeps it out
	// of reach for ever.
	start := h.clock()
	// Every stored room comes back, whatever the limits say now: they
	// bound what happens next, never what already happened.
	for code, r := range rooms {
		h.rooms[code] = h.newLiveRoom(r, start)
	}
	for code, w := range workshops {
		h.workshops[code] = h.newLiveWorkshop(w)
	}
	if err := h.loadUnsent(ctx, rooms); err != nil {
		h.stopFollowing()
		return nil, err
	}
	if changes != nil {
		f := store.(Follower)
		h.startTelling(h.following, f)
		go h.follow(h.following, f, changes, lost)
	}
	return h, nil
}

// newLiveRoom holds a room from since on: who was never here counts as
// away from then.
func (h *Hub) newLiveRoom(r Room, since time.Time) *liveRoom {
	lr := &liveRoom{
		subs:    map[*Subscription]struct{}{},
		present: map[ParticipantID]int{},
		typing:  map[ParticipantID]bool{},

		typingFrom: map[ParticipantID]typingSince{},
		absence:    newAbsence(since),

		elsewhere: map[ParticipantID]seatElsewhere{},
		commands:  newPace(h.limits),
		told:      newPace(h.limits),
	}
	lr.snap.Store(&r)
	return lr
}

// decision starts deciding a command by one person under the hub's
// limits, with who is present in the live room and since when the others
// are away. A room being opened (lr nil) has everyone present.
func (h *Hub) decision(actor ParticipantID, lr *liveRoom) *decision {
	d := &decision{
		actor:           actor,
		now:             h.clock(),
		present:         func(ParticipantID) bool { return true },
		away:            func(ParticipantID) time.Duration { return 0 },
		typing:          func(ParticipantID) bool { return false },
		participants:    h.limits.Participants,
		contributions:   h.limits.Contributions,
		facilitatorAway: h.limits.FacilitatorAway,
	}
	if lr != nil {
		d.present = lr.isPresent
		d.away = func(id ParticipantID) time.Duration { return lr.awayFor(id, d.now) }
		d.typing = lr.isTyping
	}
	return d
}

// clock is the hub's time as stored: UTC, without a monotonic reading, so a
// replayed room equals the live one.
func (h *Hub) clock() time.Time { return h.now().UTC().Round(0) }

// Open opens a new room with a fresh code. A room asked for by an opener
// (c.By) is paced by who and where they are.
func (h *Hub) Open(ctx context.Context, c OpenRoom) (Result, error) {
	d := h.decision("", nil)
	body, err := c.decide(Room{}, d)
	if err != nil {
		return Result{}, err
	}
	release, err := h.reserveRoom()
	if err != nil {
		return Result{}, err
	}
	defer release()
	if err := h.takeOpen(c.By); err != nil {
		return Result{}, err
	}
	code, err := h.freshCode()
	if err != nil {
		return Result{}, err
	}
	e := Event{Room: code, Seq: 1, At: d.now, Actor: body.(*RoomOpened).Facilitator, Body: body}
	r, err := Apply(Room{}, e)
	if err != nil {
		return Result{}, err
	}
	if err := h.store.Append(ctx, e); err != nil {
		return Result{}, h.saveFailed(e, err)
	}
	h.mu.Lock()
	h.rooms[code] = h.newLiveRoom(r, d.now)
	h.mu.Unlock()
	return Result{Room: r, Event: e, Nudges: d.nudges, Removed: d.removed}, nil
}

// reserveRoom takes a place for a room about to open, or refuses when the
// hub holds as many live rooms as it may; release gives the place back
// once the room is in, or failed to open. The live rooms are counted only
// when all of them together would reach the limit.
func (h *Hub) reserveRoom() (release func(), err error) { return h.reserveRooms(1) }

// reserveRooms takes places for n rooms at once, as a workshop's trios
// need: all of them, or none.
func (h *Hub) reserveRooms(n int) (release func(), err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if most := h.limits.Rooms; most > 0 && len(h.rooms)+h.opening+n > most && h.liveRooms()+h.opening+n > most {
		return nil, refuse(fmt.Sprintf("This server holds as many rooms as it may (%d), so %s cannot open now. Join a room by its code, or ask whoever runs the server to make room for more.", most, roomsOpening(n)))
	}
	h.opening += n
	return func() {
		h.mu.Lock()
		h.opening -= n
		h.mu.Unlock()
	}, nil
}

func roomsOpening(n int) string {
	if n == 1 {
		return "a new one"
	}
	return fmt.Sprintf("the %d rooms of a workshop", n)
}

func (h *Hub) freshCode() (string, error) {
	for range 10 {
		code, err := h.newCode()
		if err != nil {
			return "", err
		}
		h.mu.RLock()
		_, room := h.rooms[code]
		_, workshop := h.workshops[code]
		h.mu.RUnlock()
		taken := room || workshop
		if !taken {
			return code, nil
		}
	}
	return "", errors.New("could not find a free room code")
}

// Do decides one command for one person in one room. When the room accepts
// it, the event is stored before the new room is shown to anyone.
func (h *Hub) Do(ctx context.Context, code string, actor ParticipantID, cmd Command) (Result, error) {
	lr, err := h.live(code)
	if err != nil {
		return Result{}, err
	}
	// The pace is kept apart from the room's lock, so a flood is turned
	// away without waiting for, or holding up, anyone else's command.
	if !lr.commands.allow(actor, h.now()) {
		return Result{}, lr.commands.tooFast()
	}
	return h.do(ctx, lr, actor, cmd)
}

// do decides, stores and applies one command in a live room, then tells
// the room's subscribers.
func (h *Hub) do(ctx context.Context, lr *liveRoom, actor ParticipantID, cmd Command) (Result, error) {
	lr.mu.Lock()
	defer lr.mu.Unlock()
	var (
		room, next Room
		d          *decision
		e          Event
	)
	for try := 1; ; try++ {
		room = *lr.snap.Load()
		d = h.decision(actor, lr)
		body, err := cmd.decide(room, d)
		if err != nil {
			return Result{}, err
		}
		e = Event{Room: room.Code, Seq: room.Seq + 1, At: d.now, Actor: actor, Body: body}
		if next, err = Apply(room, e); err != nil {
			return Result{}, fmt.Errorf("a rule let through what the room cannot hold: %w", err)
		}
		err = h.store.Append(ctx, e)
		if err == nil {
			break
		}
		// Another server changed the room first: decide again against
		// what it did.
		if h.conflicted(ctx, lr, err) {
			lr.notify()
			if try < decideTries {
				continue
			}
			return Result{}, errChangedElsewhere
		}
		return Result{}, h.saveFailed(e, err)
	}
	lr.snap.Store(&next)
	// What a person sent is no longer being typed: one notice tells the
	// room both. Their terminal marks them typing again if it still holds
	// unsent text of theirs.
	lr.subsMu.Lock()
	wasTyping := lr.typing[actor]
	delete(lr.typing, actor)
	delete(lr.typingFrom, actor)
	if next.Facilitator != room.Facilitator {
		lr.watchFacilitator(h.limits.FacilitatorAway, d.now)
	}
	lr.subsMu.Unlock()
	lr.notify()
	if wasTyping {
		h.tell(lr, actor)
	}
	return Result{Room: next, Event: e, Nudges: d.nudges, Removed: d.removed}, nil
}

func (h *Hub) live(code string) (*liveRoom, error) {
	code = NormalizeCode(code)
	if !ValidCode(code) {
		return nil, refuse("Room codes are eight letters and digits, like ABCD-EFGH. Check the code and try again.")
	}
	h.mu.RLock()
	lr, ok := h.rooms[code]
	h.mu.RUnlock()
	if !ok {
		return nil, refuse(fmt.Sprintf("There is no room with the code %s. Check the code and try again.", FormatCode(code)))
	}
	return lr, nil
}

// Room returns the newest snapshot of a room, as the store knows it, or a
// Refusal that says the code is wrong. Project it with ViewFor before
// showing it to anyone.
func (h *Hub) Room(code string) (Room, error) {
	lr, err := h.live(code)
	if err != nil {
		return Room{}, err
	}
	return *lr.snap.Load(), nil
}

// Rooms returns every room, the most recently changed first.
func (h *Hub) Rooms() []Room {
	h.mu.RLock()
	rooms := make([]Room, 0, len(h.rooms))
	for _, lr := range h.rooms {
		rooms = append(rooms, *lr.snap.Load())
	}
	h.mu.RUnlock()
	slices.SortFunc(rooms, func(a, b Room) int {
		return cmp.Or(b.UpdatedAt.Compare(a.UpdatedAt), cmp.Compare(a.Code, b.Code))
	})
	return rooms
}

// Subscription tells one terminal that its room changed. C holds at most one
// nudge: changes that come while the terminal is busy are coalesced, and the
// terminal reads the newest snapshot when it gets to it.
type Subscription struct {
	C    <-chan struct{}
	c    chan struct{}
	drop func(*Subscription) // takes it off its room's or workshop's list
	once sync.Once
}

// Subscribe starts telling the caller about every change to a room.
func (h *Hub) Subscribe(code string) (*Subscription, error) {
	lr, err := h.live(code)
	if err != nil {
		return nil, err
	}
	c := make(chan struct{}, 1)
	s := &Subscription{C: c, c: c, drop: lr.unsubscribe}
	lr.subsMu.Lock()
	lr.subs[s] = struct{}{}
	lr.subsMu.Unlock()
	return s, nil
}

// Close stops the subscription. It is safe to call more than once.
func (s *Subscription) Close() {
	s.once.Do(func() { s.drop(s) })
}

func (lr *liveRoom) unsubscribe(s *Subscription) {
	lr.subsMu.Lock()
	delete(lr.subs, s)
	lr.subsMu.Unlock()
}

// Subscribers counts a room's subscriptions, so tests and the server can
// see that none is left behind.
func (h *Hub) Subscribers(code string) int {
	lr, err := h.live(code)
	if err != nil {
		return 0
	}
	lr.subsMu.Lock()
	defer lr.subsMu.Unlock()
	return len(lr.subs)
}

func (lr *liveRoom) notify() {
	lr.notifies.Add(1)
	lr.subsMu.Lock()
	nudge(lr.subs)
	lr.subsMu.Unlock()
	if lr.workshop != nil {
		lr.workshop.notify()
	}
}

// nudge tells each subscription that something changed, never waiting.
func nudge(subs map[*Subscription]struct{}) {
	for s := range subs {
		select {
		case s.c <- struct{}{}:
		default: // a nudge is already waiting
		}
	}
}

// Enter marks a person present in a room until leave is called: votes open
// for the people present. A person may be present from several terminals.
func (h *Hub) Enter(code string, id ParticipantID) (leave func(), err error) {
	lr, err := h.live(code)
	if err != nil {
		return nil, err
	}
	lr.subsMu.Lock()
	lr.present[id]++
	first := lr.present[id] == 1
	if seat, ok := lr.elsewhere[id]; ok && first {
		// Most often a person coming here from a server that died: what
		// it last said of their typing is over. A terminal still typing
		// on another server says so again on its next beat.
		seat.typing = false
		lr.elsewhere[id] = seat
	}
	lr.watchFacilitator(h.limits.FacilitatorAway, h.clock())
	lr.subsMu.Unlock()
	if f, ok := h.store.(Follower); ok && first {
		h.fetchUnsent(context.Background(), f, lr, id)
	}
	lr.notify()
	h.tell(lr, id)
	var once sync.Once
	return func() {
		once.Do(func() {
			lr.subsMu.Lock()
			if lr.present[id]--; lr.present[id] <= 0 {
				// Nobody types in a room they have left.
				delete(lr.present, id)
				delete(lr.typing, id)
				delete(lr.typingFrom, id)
				now := h.clock()
				lr.left[id] = now
				lr.watchFacilitator(h.limits.FacilitatorAway, now)
			}
			lr.subsMu.Unlock()
			lr.notify()
			h.tell(lr, id)
		})
	}, nil
}

// Present lists who is present in a room.
func (h *Hub) Present(code string) map[ParticipantID]bool { return h.Presence(code).Here }

// SetTyping says whether a person has unsent text in the room's phase, so
// the facilitator knows who is still writing before moving on. Only a
// change is told to the subscribers, and no faster than the person may
// send commands: a change past that pace is kept, and shows with the next
// change anyone makes. A room or a person that is not there is ignored.
func (h *Hub) SetTyping(code string, id ParticipantID, typing bool) {
	lr, err := h.live(code)
	if err != nil {
		return
	}
	lr.subsMu.Lock()
	if typing && lr.present[id] <= 0 || lr.typing[id] == typing {
		lr.subsMu.Unlock()
		return
	}
	shown := lr.typingShown(id)
	if typing {
		lr.typing[id] = true
		h.beganTyping(lr, id)
	} else {
		delete(lr.typing, id)
		delete(lr.typingFrom, id)
	}
	lr.subsMu.Unlock()
	h.tell(lr, id)
	// A start waits to be shown (beganTyping); an end is shown only if a
	// screen may have drawn the start.
	if !typing && shown && lr.told.allow(id, h.now()) {
		lr.notify()
	}
}

// Presence is who is in a room right now and who of them is typing.
type Presence struct {
	Here   map[ParticipantID]bool
	Typing map[ParticipantID]bool
	// FacilitationOpen: the facilitator has been away long enough that
	// anyone here may take the role (Hub.Takeover says what to offer).
	// The room's subscribers are told the moment it opens.
	FacilitationOpen bool
}

// Equal reports whether p and q tell the same people here and typing,
// and the same about the facilitator's role.
func (p Presence) Equal(q Presence) bool {
	return maps.Equal(p.Here, q.Here) && maps.Equal(p.Typing, q.Typing) && p.FacilitationOpen == q.FacilitationOpen
}

// Presence tells who is in a room and who is typing there.
func (h *Hub) Presence(code string) Presence {
	p := Presence{Here: map[ParticipantID]bool{}, Typing: map[ParticipantID]bool{}}
	lr, err := h.live(code)
	if err != nil {
		return p
	}
	lr.subsMu.Lock()
	defer lr.subsMu.Unlock()
	for id := range lr.present {
		p.Here[id] = true
	}
	for id := range lr.typing {
		p.Typing[id] = true
	}
	for id := range lr.elsewhere {
		if seat, here := lr.hereElsewhere(id); here {
			p.Here[id] = true
			if seat.typing {
				p.Typing[id] = true
			}
		}
	}
	p.FacilitationOpen = lr.facilitationOpen(h.limits.FacilitatorAway, h.clock())
	return p
}

func (lr *liveRoom) isTyping(id ParticipantID) bool {
	lr.subsMu.Lock()
	defer lr.subsMu.Unlock()
	seat, elsewhere := lr.hereElsewhere(id)
	return lr.typing[id] || elsewhere && seat.typing
}

func (lr *liveRoom) isPresent(id ParticipantID) bool {
	lr.subsMu.Lock()
	defer lr.subsMu.Unlock()
	_, elsewhere := lr.hereElsewhere(id)
	return lr.present[id] > 0 || elsewhere
}
