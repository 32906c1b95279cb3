package session

// publicMetrics are a room's metrics as anyone may see them, for one
// version of the room.
type publicMetrics struct {
	seq     int
	metrics Metrics
}

// PublicMetrics are the metrics of what everyone in the room may see,
// MeasureView(ViewFor(r, Nobody)): every terminal draws the same airtime
// bars from them, so each version of a room is measured once, not once a
// terminal (measuring reads every contribution). A room the hub does not
// hold is measured each time. The metrics are shared: read them, never
// change them.
func (h *Hub) PublicMetrics(r Room) Metrics {
	lr, err := h.live(r.Code)
	if err != nil {
		return MeasureView(ViewFor(r, Nobody))
	}
	kept := lr.public.Load()
	if kept != nil && kept.seq == r.Seq {
		return kept.metrics
	}
	m := MeasureView(ViewFor(r, Nobody))
	if kept == nil || kept.seq < r.Seq {
		lr.public.Store(&publicMetrics{seq: r.Seq, metrics: m})
	}
	return m
}
