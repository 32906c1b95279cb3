// Package tui is trio's terminal interface: Bubble Tea models that render
// the session's per-viewer snapshots and send it commands, keeping nothing
// but view state (inputs, focus, scroll). Local mode and the SSH server run
// the same models.
//
// Every screen and every phase panel is a component (component.go): it
// takes messages, draws itself, names the keys that work now and says
// whether a text field has the keyboard. A screen (page) is the whole
// terminal; a panel is the phase's area of the room, handed the room as
// the speaker sees it and sized to the area at every call (roomCtx). What
// every panel does alike over its text fields (typing, stop, drafts,
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
// removed in one file; TestEveryKindHasAPanelAndASummarySection (over
// content.Kinds) fails when a kind lacks its registration, and a kind that
// is not registered shows a sentence saying so, never another kind's panel.
//
// A new kind touches, in tui: its own file (panel, registration, summary
// sections) with its test, and a golden screen under testdata/phases.
package tui
