package tui

// roomChangedMsg says the room on screen changed: read its newest snapshot.
type roomChangedMsg struct{ code string }

// tickMsg moves the phase timer on screen; gen tells the current run of
// ticks from those of a clock that has changed since.
type tickMsg struct{ gen int }

// backHomeMsg leaves a room for the home screen.
type backHomeMsg struct{}

// openRoomMsg enters a room, new or resumed.
type openRoomMsg struct{ code string }

// setupMsg opens the setup of a new workshop.
type setupMsg struct{}

// summaryMsg opens the summary of the room on screen; roomMsg goes back.
type summaryMsg struct{ code string }
type roomMsg struct{ code string }
