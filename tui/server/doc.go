// Package server is trio over SSH: a wish server whose every terminal runs
// its own program on one shared hub, drawn only when its screen changes
// and only where it changed (package painter), with the limits a network service
// needs (login grace, waiting connections per network, sessions as they
// open, input held for a terminal, room-code guesses, idleness, terminal
// size) and the commands that work without a terminal.
package server
