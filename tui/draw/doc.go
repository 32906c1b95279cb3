// Package draw is how trio puts text on a terminal, below any screen:
// widths in cells, inks, lines fitted to a width or a height, and drawings
// kept until what they show changes. It knows nothing of rooms or people.
package draw
