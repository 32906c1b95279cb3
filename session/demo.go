package session

import (
	"context"
	"fmt"
	"time"

	"trio/content"
)

// PlayDemo plays a realistic sample session into the hub: three people run
// the whole script, through the same commands the app sends. advance moves
// the hub's clock on between contributions, so the timeline looks real.
func PlayDemo(ctx context.Context, h *Hub, script content.Script, advance func(time.Duration)) (Room, error) {
	opened, err := h.Open(ctx, OpenRoom{
		Question: "Should we rebuild onboarding from scratch, or fix the three steps where most new teams drop out?",
		Goal:     "Fewer new teams drop out of onboarding",
		Script:   script,
		People: []Person{
			{ID: "maya", Name: "Maya", Role: "Product"},
			{ID: "sam", Name: "Sam", Role: "Design"},
			{ID: "lee", Name: "Lee", Role: "Engineering"},
		},
	})
	if err != nil {
		return Room{}, err
	}
	d := demo{ctx: ctx, hub: h, code: opened.Room.Code, advance: advance}
	for _, id := range []ParticipantID{"maya", "sam", "lee"} {
		leave, err := h.Enter(d.code, id)
		if err != nil {
			return Room{}, err
		}
		defer leave()
	}
	for i, phase := range script.Phases {
		if i > 0 {
			d.do("maya", NextPhase{})
		}
		d.play(phase)
		if d.err != nil {
			return Room{}, fmt.Errorf("demo, phase %s: %w", phase.ID, d.err)
		}
	}
	return h.Room(d.code)
}

type demo struct {
	ctx     context.Context
	hub     *Hub
	code    string
	advance func(time.Duration)
	err     error
}

// do sends one command a little after the one before; the first error stops
// the demo.
func (d *demo) do(who ParticipantID, cmd Command) Result {
	if d.err != nil {
		return Result{}
	}
	d.advance(40 * time.Second)
	res, err := d.hub.Do(d.ctx, d.code, who, cmd)
	if err != nil {
		d.err = fmt.Errorf("%s: %T: %w", who, cmd, err)
	}
	return res
}

func (d *demo) card(who ParticipantID) int {
	r, _ := d.hub.Room(d.code)
	card, _ := r.CardOf(who)
	return card.ID
}

// play plays the sample session's part in one phase: its kind's demo step.
func (d *demo) play(phase content.Phase) {
	pk, err := kindOf(phase)
	if err != nil {
		d.err = err
		return
	}
	pk.demo(d, phase)
}
