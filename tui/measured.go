package tui

import (
	"trio/session"
	"trio/tui/draw"
)

// measured keeps a view's metrics until the room or the viewer changes:
// counting airtime and cues reads every contribution, and the screen is
// drawn on every key.
type measured struct {
	kept draw.Kept[measuredView, session.Metrics]
}

// measuredView is what a view's metrics depend on.
type measuredView struct {
	code   string
	seq    int
	viewer session.ParticipantID
}

func (m *measured) of(v session.View) session.Metrics {
	return m.kept.Of(measuredView{code: v.Code, seq: v.Seq, viewer: v.Viewer}, func() session.Metrics {
		return session.MeasureView(v)
	})
}
