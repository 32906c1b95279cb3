// Package painter draws a Bubble Tea program's views on a remote terminal
// as they change, and only the cells that changed, in place of Bubble
// Tea's frame-ticking renderer: with hundreds of terminals on one server
// that renderer's 60 wake-ups a second and cell buffer per terminal set
// both the idle cost and the delay of every change. It knows nothing of
// SSH or of trio: it takes views, the program's messages and a writer.
package painter
