package main

import (
	"fmt"
	"slices"
)

// spread is one figure over several runs. The machine is shared and
// noisy: the least, the middle and the most say more than a mean.
type spread struct {
	N      int     `json:"n"` // runs that measured it
	Min    float64 `json:"min"`
	Median float64 `json:"median"`
	Max    float64 `json:"max"`
}

// spreadOf takes the least, the median (of an even count, the mean of the
// middle two) and the most of values.
func spreadOf(values []float64) spread {
	if len(values) == 0 {
		return spread{}
	}
	s := slices.Clone(values)
	slices.Sort(s)
	mid := len(s) / 2
	median := s[mid]
	if len(s)%2 == 0 {
		median = (s[mid-1] + s[mid]) / 2
	}
	return spread{N: len(s), Min: s[0], Median: median, Max: s[len(s)-1]}
}

// cell is the spread as the table shows it: one value for one run,
// min / median / max for more.
func (s spread) cell(format func(float64) string) string {
	switch s.N {
	case 0:
		return "–"
	case 1:
		return format(s.Median)
	}
	return fmt.Sprintf("%s / %s / %s", format(s.Min), format(s.Median), format(s.Max))
}

// figureCell writes a figure as the one-run table does.
func figureCell(v float64) string { return cell(round2(v), true) }

// ratioCell writes a ratio: two places below 10, one above.
func ratioCell(v float64) string {
	if v < 10 && v > -10 {
		return fmt.Sprintf("%.2f×", v)
	}
	return fmt.Sprintf("%.1f×", v)
}
