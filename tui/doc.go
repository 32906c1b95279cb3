// Package tui is trio's terminal interface: Bubble Tea models that render
// the session's per-viewer snapshots and send it commands, keeping nothing
// but view state (inputs, focus, scroll). Local mode and the SSH server run
// the same models.
package tui
