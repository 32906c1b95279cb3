package content

import (
	"fmt"
	"strings"
	"time"

	"trio/content/prose"
)

// checkPhases checks every phase, and that each has its own id.
func checkPhases(r *report, at path, phases []Phase) {
	switch {
	case len(phases) == 0 && r.at.has(at):
		r.add(at, "the phases: list is empty: add at least one phase, with an id, kind, title, purpose, prompt and timebox.")
		return
	case len(phases) == 0:
		r.add(at, "the script has no phases: add a phases: list; each phase needs an id, kind, title, purpose, prompt and timebox.")
		return
	case len(phases) > MaxPhases:
		r.add(at, "the script has %d phases: keep it to %d at most; a longer workshop is better split in two.", len(phases), MaxPhases)
	}
	first := map[string]int{}
	for i, p := range phases {
		checkPhase(r, at.item(i), p, i)
		if p.ID == "" {
			continue
		}
		if j, seen := first[p.ID]; seen {
			r.add(at.item(i).key("id"), "id %s is already used by %s: give each phase its own id.",
				quote(p.ID), r.at.ref(at.item(j), "the phase", fmt.Sprintf("phase %d", j+1)))
			continue
		}
		first[p.ID] = i
	}
}

func checkPhase(r *report, at path, p Phase, i int) {
	name := "phase " + named(p.ID, i)
	if p.ID == "" {
		r.add(at.key("id"), "%s has no id: add an id: line with a short name for it, like id: %s.", name, exampleID(p.Title, "frame"))
	} else {
		checkID(r, at.key("id"), "id", p.ID)
	}
	checkKind(r, at.key("kind"), name, p.Kind)
	needText(r, at.key("title"), name, "title", p.Title, MaxPhaseTitleLen, true, "the name people see on screen")
	needText(r, at.key("purpose"), name, "purpose", p.Purpose, MaxPurposeLen, true, "why this step is there, in a few words")
	needText(r, at.key("prompt"), name, "prompt", p.Prompt, MaxPromptLen, false, "what each person does in this phase")
	checkTimebox(r, at.key("timebox"), name, p.Timebox)
	if !isKind(p.Kind) {
		return
	}
	checkSettings(r, at, name, p)
	checkNoticing(r, at, name, p)
	if check := kindRules[p.Kind].check; check != nil {
		check(r, at, name, p)
	}
}

// checkConsent checks the vote's threshold and rounds.
func checkConsent(r *report, at path, name string, p Phase) {
	if p.Threshold < 0 || p.Threshold > 5 {
		r.add(at.key("threshold"), "threshold %d is out of range: use a score from 0 to 5 (3 is usual).", p.Threshold)
	}
	if p.Rounds < 1 || p.Rounds > 3 {
		r.add(at.key("rounds"), "rounds %d is out of range: use 1, 2 or 3.", p.Rounds)
	}
}

// needText checks a text a phase cannot do without.
func needText(r *report, at path, name, key, s string, most int, oneLine bool, says string) {
	if s == "" {
		r.add(at, "%s has no %s: add a %s: line saying %s.", name, key, key, says)
		return
	}
	checkText(r, at, fmt.Sprintf("the %s of %s", key, name), s, most, oneLine)
}

func checkKind(r *report, at path, name string, k Kind) {
	all := make([]string, len(Kinds))
	for i, kind := range Kinds {
		all[i] = string(kind)
	}
	switch {
	case k == "":
		r.add(at, "%s has no kind: add a kind: line, one of %s.", name, prose.Or(all))
	case !isKind(k):
		if guess, ok := closest(strings.ToLower(string(k)), all); ok {
			r.add(at, "kind %s is not a phase kind: did you mean %q?", quote(string(k)), guess)
			return
		}
		r.add(at, "kind %s is not a phase kind: use one of %s.", quote(string(k)), prose.Or(all))
	}
}

func checkTimebox(r *report, at path, name string, t time.Duration) {
	written, wrote := r.at.wrote(at, formatTime(t))
	switch {
	case t == 0 && !wrote:
		r.add(at, "%s has no timebox: add a timebox: line, like 5m or 90s.", name)
	case t == 0:
		r.add(at, "timebox %s is zero: give the phase some time, like 5m or 90s.", written)
	case t < 0:
		r.add(at, "timebox %s is negative: give the phase some time, like 5m or 90s.", written)
	case t%time.Second != 0:
		r.add(at, "timebox %s is not a whole number of seconds: write it like 90s.", written)
	case t > MaxTimebox:
		r.add(at, "timebox %s is longer than two hours: keep each phase to 2h at most.%s", written, minutesMeant(r.at.written[at]))
	}
}

// minutesMeant offers "5m" to a coach who wrote "5h", the likeliest slip.
func minutesMeant(written string) string {
	if n, ok := strings.CutSuffix(written, "h"); ok && bareNumber.MatchString(n) {
		return fmt.Sprintf(" Did you mean %sm?", n)
	}
	return ""
}

func checkPerSpeaker(r *report, at path, name string, t, timebox time.Duration) {
	written, wrote := r.at.wrote(at, formatTime(t))
	switch {
	case t == 0 && !wrote:
		r.add(at, "%s has no per_speaker: give each speaker some time, like per_speaker: 1m.", name)
	case t == 0:
		r.add(at, "per_speaker %s is zero: give each speaker some time, like 1m.", written)
	case t < 0:
		r.add(at, "per_speaker %s is negative: give each speaker some time, like 1m.", written)
	case t%time.Second != 0:
		r.add(at, "per_speaker %s is not a whole number of seconds: write it like 90s.", written)
	case timebox > 0 && t > timebox:
		r.add(at, "per_speaker %s is longer than the whole phase (%s): give each speaker less time, or the phase more.",
			written, formatTime(timebox))
	}
}

// checkSettings tells a setting written on a kind of phase that ignores it,
// which is most often a phase whose kind was changed.
func checkSettings(r *report, at path, name string, p Phase) {
	for _, k := range Kinds {
		for _, s := range kindRules[k].settings {
			if p.Kind == k || (!r.at.has(at.key(s.key)) && !s.set(p)) {
				continue
			}
			r.add(at.key(s.key), "%s belongs to %s phases only, and %s is %s %s phase: remove the %s: line.",
				s.key, k, name, article(p.Kind), p.Kind, s.key)
		}
	}
}

func article(k Kind) string {
	if strings.ContainsRune("aeiu", rune(k[0])) {
		return "an"
	}
	return "a"
}
