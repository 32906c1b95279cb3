// Package content holds the exercise as data: the scripts a coach runs
// (phases, purposes, prompts, timeboxes), the prompt cards that help people
// ask curious questions, and the advocacy cues with a kinder way to say the
// same thing. The default scripts are embedded; a coach may load a script of
// their own from a YAML file, and every mistake in it is reported with its
// file, line and a sentence that says how to fix it.
//
// What content knows of each phase kind is one entry of kindRules in
// kinds.go, beside the Kind itself: its default for advocacy cues, whether
// a script has one at most, what must come before it, and the settings
// that belong to it, with their checks and defaults. A new kind is one more
// constant, its place in Kinds and one entry; the session package's doc
// lists the rest.
package content
