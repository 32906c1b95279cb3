package content

// checkNoticing tells a cue setting that cannot change anything, which is
// most often a misunderstanding: what is written in a check-in or a frame
// never reaches the figures, so there is nothing there to count.
func checkNoticing(r *report, at path, name string, p Phase) {
	if p.CountCues == nil || !*p.CountCues {
		return
	}
	why := kindRules[p.Kind].uncounted
	if why == "" {
		return
	}
	r.add(at.key("count_cues"), "count_cues: true does nothing in %s, a %s phase: %s. Remove the count_cues: line.",
		name, p.Kind, why)
}
