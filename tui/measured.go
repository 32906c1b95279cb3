package tui

import "trio/session"

// measured keeps a view's metrics until the room or the viewer changes:
// counting airtime and cues reads every contribution, and the screen is
// drawn on every key.
type measured struct {
	code    string
	seq     int
	viewer  session.ParticipantID
	ok      bool
	metrics session.Metrics
}

func (m *measured) of(v session.View) session.Metrics {
	if !m.ok || m.code != v.Code || m.seq != v.Seq || m.viewer != v.Viewer {
		*m = measured{code: v.Code, seq: v.Seq, viewer: v.Viewer, ok: true, metrics: session.MeasureView(v)}
	}
	return m.metrics
}
