package tui

import "charm.land/bubbles/v2/key"

// help is the footer: what the keys do now.
func (r *roomScreen) help() bindingsHelp {
	k := r.sh.Keys
	var short []key.Binding
	switch {
	case r.asking != noQuestion:
		short = r.questionKeys()
	case r.menu != nil:
		short = r.menu.help()
	case r.reader != nil:
		short = r.reader.help()
	case r.remote.handing:
		short = []key.Binding{relabel(k.Form.Choose, "choose who"), relabel(k.Question.Yes, "hand over"), relabel(k.Question.No, "keep it")}
	default:
		r.updateKeys()
		rk := r.keys
		p, c := r.panel(), r.ctx()
		own := p.keys(c)
		if r.picking {
			own = append([]key.Binding{rk.Speaker.Pick}, own...)
		}
		// The menu lists every action, so it is the one key the footer
		// always keeps; the rest give way from the end when room is short.
		more := r.scroll().moreKey(k.Scroll)
		if p.typing() {
			short = append(own, k.Writing.Stop, more, rk.Room.Read, rk.Speaker.Next, rk.Facilitating.NextPhase)
		} else {
			// The phase's own act before the scroll key: the body's last
			// line already says there is more below.
			short = append(own, rk.Room.Write, rk.Room.Action, rk.Facilitating.NextPhase, more, rk.Room.Ready, rk.Room.Read, rk.Speaker.Next)
		}
		short = fittedHelp(r.sh.Width, onePerKey(distinct(short)), rk.Room.Menu)
	}
	short = onePerKey(distinct(short))
	return bindingsHelp{short: short, full: [][]key.Binding{short}}
}

// onePerKey keeps the first binding for each key the footer names: a
// panel's own meaning of enter wins over the room's.
func onePerKey(bindings []key.Binding) []key.Binding {
	seen := map[string]bool{}
	var out []key.Binding
	for _, b := range bindings {
		if k := b.Help().Key; !seen[k] {
			seen[k] = true
			out = append(out, b)
		}
	}
	return out
}
