//go:build race

package server

// raceDetector: the race detector makes each 300×100 screen about ten
// times slower to draw, so the longest tests take fewer rounds.
const raceDetector = true
