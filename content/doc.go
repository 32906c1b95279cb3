// Package content holds the exercise as data: the scripts a coach runs
// (phases, purposes, prompts, timeboxes), the prompt cards that help people
// ask curious questions, and the advocacy cues with a kinder way to say the
// same thing. The default scripts are embedded; a coach may load a script of
// their own from a YAML file, and every mistake in it is reported with its
// file, line and a sentence that says how to fix it.
package content
