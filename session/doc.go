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
package session
