// Package session is the dialogue-versus-discussion exercise as a domain and
// the single source of truth for every room.
//
// A person's wish is a Command. The Hub checks it against the room's current
// state and the person asking (the phase, their role, the limits), turns it
// into an Event, appends the event to the Store, and only then applies it
// with the pure reducer Apply and tells every subscriber. Replaying a room's
// events gives the same room. Nobody but the store sees a Room as it is:
// everyone else sees ViewFor(room, viewer), where cards still being written
// and votes not yet shown are hidden.
//
// What a person has typed and not sent yet is theirs alone: the Hub keeps
// it for them (KeepUnsent) and the Store beside the log, never as an event,
// so no room, view or export holds it.
//
// # Phase kinds
//
// A phase kind is a registered piece. Its commands and events live in its
// own file (checkin.go, inquiry.go, consent.go…), and so does everything
// else session knows of it, registered with registerKind from that file's
// init, as its events register themselves: its demo step, its part of the
// exported Document and of each perspective, its Markdown section and its
// lines under each perspective, its side in the contrast, the fields typed
// in it and the kinds of contribution it adds, each with how the room keeps
// it (one per person, as a check-in word; not airtime, as a note of what
// was heard). A registration in the
// kind's own file, not a table, keeps a kind in one place: adding one is
// adding its file. The exporter, the Markdown writer and the demo ask the
// registry in the order of content.Kinds, which is the order of the
// export's sections; a phase of a kind nobody registered is refused when a
// room opens and is an error on replay, never another kind's behaviour.
// KindRegistered tells other packages whether a kind is registered whole.
//
// A new phase kind touches:
//
//   - content/kinds.go: its Kind, its place in Kinds, its entry in
//     kindRules (cue defaults, once, what must come before it, its
//     settings);
//   - session/<kind>.go: its commands, events, rules and registration,
//     with its test;
//   - session/export.go: one field of Document, if it exports something
//     of its own (a change of the JSON export: rewrite demo.json.golden
//     with -update and read it);
//   - session/replay_test.go: its cases in randomCommand (raising
//     commandCases) and in fitting;
//   - tui/<kind>.go: its panel and its summary section, with its test;
//   - content/rules_test.go and content/testdata/broken.golden, which list
//     every kind in the message a coach reads for an unknown kind.
//
// A kind that keeps state other than contributions (as the drafts and the
// votes do) adds its field to Room in room.go. Where a kind stands in
// content.Kinds is where its sections stand in the exports, and where its
// phase stands in the tests' script of every kind; TestTheDemoPlaysEveryKind
// plays that script, so a kind's demo step runs even while the default
// script leaves the kind out.
//
// # Workshops
//
// A workshop is one coach running two to eight trios at once, each at its
// own table in a room of its own (workshop.go). Opening one (OpenWorkshop)
// opens a room per trio, each with its own code, then the workshop under a
// code of its own that names them: its events are a stream of their own in
// the same log, with their own registry (registerWorkshopEvent), and replay
// rebuilds workshops beside rooms. Each room carries a WorkshopLink, so
// every rule about the coach is decided against the room alone.
//
// A trio's room opens with nobody in it, and the first of the trio to join
// facilitates: the person who sits down first is at the table, while the
// coach is at the front with every table in view and cannot keep one
// room's time and questions. The coach is an observer of every room,
// never a member: they come in (CoachEnters) and leave (CoachLeaves) when
// they like, and keep a seat the room holds for them; they act in a room
// as a person (a ready mark, a word) only while in it, their workshop's
// commands reach it always, and nobody else there may take a name like
// theirs.
//
// Only the coach acts on the workshop (DoWorkshop): its event is stored
// in the workshop's stream, then carried to each room as that room's own
// command, decided and stored under the room's rules. In Lockstep the
// coach moves every trio on together (MoveTriosOn), to the phase after the
// furthest trio's, and a trio's facilitator cannot move alone; in OwnPace
// each trio moves itself. A trio where someone is writing is never moved
// under their words: the room stores MoveAsked, its facilitator answers
// with AcceptMove, and the coach's next MoveTriosOn moves it if nobody is
// writing then. No move happens by itself: a trio whose last writer paused
// would lose its next sentence to a clock. The coach also adds time to,
// pauses and resumes every timer, and sends every room one short line
// (BroadcastLine), cleaned and capped like any text a person types, shown
// in each room's timeline and as its Workshop.Broadcast.
//
// A trio's room is as private as any room: a person acts only in rooms
// they joined. The coach's Dashboard holds no text a trio wrote, only how
// far each trio is, counts and signals; the plenary export (ExportWorkshop)
// sets each trio's room Document for the public viewer side by side.
//
// What the screens call:
//
//   - Hub.OpenWorkshop, then Hub.Workshop and Hub.Workshops to find one;
//   - Hub.DoWorkshop(ctx, code, coach, cmd) with MoveTriosOn, SetPace,
//     AddTimeToAll, PauseAll, ResumeAll or BroadcastLine: its
//     WorkshopResult names the rooms asked, and those left as they were;
//   - Hub.Do(ctx, room, coach, CoachEnters{}) and CoachLeaves{}, with
//     Hub.Enter for the coach's presence while their screen shows the room;
//   - Hub.Do(ctx, room, facilitator, AcceptMove{}), while the room's
//     Workshop.MoveAsked asks; Room.Workshop also says Lockstep and the
//     latest Broadcast for a trio's screen;
//   - Hub.SubscribeWorkshop: a nudge for any change to the workshop or its
//     rooms, who is here and writing included; then Hub.Dashboard (the
//     coach only; DashboardOf is the pure projection);
//   - Hub.Plenary, Hub.PlenaryMarkdown and Hub.PlenaryJSON (the coach
//     only); ExportWorkshopMarkdown and ExportWorkshopJSON, pure, for a
//     command that reads a workshop from the store.
package session
