// Package tui is trio's terminal interface: Bubble Tea models that render
// the session's per-viewer snapshots and send it commands, keeping nothing
// but view state (inputs, focus, scroll). Local mode and the SSH server run
// the same models.
//
// Every screen and every phase panel is a component (component.go): it
// takes messages (update), draws itself (view), names the keys that work
// now (helpKeys), is set to the size it fills (setSize) and says whether a
// text field has the keyboard (typing). Its holder sets the size: App sets
// each screen's to the terminal's as it resizes and as it shows the
// screen, and the room sets its panel's to the phase's area. A screen
// (page) draws the whole terminal; a panel draws a body that scrolls over
// what stays pinned. A panel also acts in a room: before asking anything
// of it, the room hands it the room as the speaker may see it, with a way
// to act as them (roomCtx), so every call reads p.update(msg), p.view() as
// a screen's does, rather than each method taking the room as an argument
// a screen would have no use for. What every panel does alike (its size,
// the room it was handed, and over its text fields typing, stop, drafts,
// colours, the speaker's change) is panelBase's: a panel embeds it and
// writes only what is its own.
//
// A phase kind is a registered piece (panels.go): its file calls
// registerKind from init with its panel constructor, its sections of the
// summary (where they stand: the result, the goal, a word on each person,
// the rounds, what was done under each revealed card) and whatever else
// the room asks of that kind alone (a clock read by the second, turns
// handed round, what is unfinished before moving on). Each file registers
// itself rather than being listed in one table, so a kind is added or
// removed in one file; TestEveryKindIsWhole (over
// content.Kinds) fails when a kind lacks its registration, and a kind that
// is not registered shows a sentence saying so, never another kind's panel.
//
// A new kind touches, in tui: its own file (panel, registration, summary
// sections) with its test; once the default script holds the kind, its
// golden screens under testdata/phases (go test ./tui -update, then read
// them).
package tui
