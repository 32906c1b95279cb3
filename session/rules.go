package session

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"trio/content"
	"trio/content/prose"
)

// The checks every command shares. Each returns a Refusal that says what to
// do instead.

// member is the person asking, who must be part of the room.
func (d *decision) member(r Room) (Participant, error) {
	p, ok := r.Person(d.actor)
	if !ok {
		return Participant{}, refuse("You are not part of this room yet: join it first.")
	}
	return p, d.coachHasLeft(r)
}

// contributor is a member of the trio: observers facilitate and listen.
//
//nolint:unparam // the member comes back as from member, though no kind uses it yet
func (d *decision) contributor(r Room, doing string) (Participant, error) {
	p, err := d.member(r)
	if err != nil {
		return p, err
	}
	if p.Observer {
		return p, refuse(fmt.Sprintf("Observers listen and facilitate; %s is for the trio.", doing))
	}
	return p, nil
}

// facilitator checks that the person asking is the facilitator.
func (d *decision) facilitator(r Room, doing string) error {
	if _, err := d.member(r); err != nil {
		return err
	}
	if r.Facilitator != d.actor {
		return refuse(fmt.Sprintf("Only the facilitator can %s.", doing))
	}
	return nil
}

// inPhase checks that the room is in a phase of one of the kinds.
func (d *decision) inPhase(r Room, doing string, kinds ...content.Kind) error {
	if slices.Contains(kinds, r.CurrentPhase().Kind) {
		return nil
	}
	var where []string
	for _, k := range kinds {
		if title := phaseTitle(r.Script, k); title != "" {
			where = append(where, title)
		}
	}
	now := strconv.Quote(r.CurrentPhase().Title)
	if len(where) == 0 {
		return refuse(fmt.Sprintf("This script has no phase for %s.", doing))
	}
	return refuse(fmt.Sprintf("%s belongs to %s; the room is in %s now.",
		prose.Capitalize(doing), strings.Join(where, " or "), now))
}

// roomFor checks that the room can hold one more contribution.
func (d *decision) roomFor(r Room) error {
	// A room already past the limit (lowered since) keeps what it has.
	if most := d.mostContributions(); r.ContributionCount() >= most {
		return refuse(fmt.Sprintf("This room is full: it holds %d contributions, the most one room can. Export it and open a new room to go on.", most))
	}
	return nil
}

// clean cleans a person's text by a rule and notes what was removed.
func (d *decision) clean(rule TextRule, raw string) (string, error) {
	text, removed, err := rule.Clean(raw)
	if err != nil {
		return "", refuse(err.Error())
	}
	d.removed += removed
	return text, nil
}

// notice adds a nudge for each advocacy cue in a text, where the phase
// nudges.
func (d *decision) notice(r Room, text string) {
	d.nudges = append(d.nudges, r.Nudging().For(text, false)...)
}

// phaseTitle is the title of the first phase of a kind, quoted for a sentence.
func phaseTitle(s content.Script, k content.Kind) string {
	for _, p := range s.Phases {
		if p.Kind == k {
			return strconv.Quote(p.Title)
		}
	}
	return ""
}

// as is a rule that names its text differently in error sentences.
func as(rule TextRule, what string) TextRule {
	rule.What = what
	return rule
}

// The rules for each text a person types, named as a person would.
var (
	questionRule   = as(LineRule, "The question")
	goalRule       = as(LineRule, "The shared goal")
	askRule        = as(LineRule, "Your question")
	concernRule    = as(ParagraphRule, "What would make it work")
	cardRule       = as(ParagraphRule, "Your card")
	positionRule   = as(ParagraphRule, "Your position")
	noteRule       = as(ParagraphRule, "Your note")
	answerRule     = as(ParagraphRule, "Your answer")
	yesRule        = as(ParagraphRule, "Your yes")
	andRule        = as(ParagraphRule, "Your and")
	proConRule     = as(ParagraphRule, "That point")
	rungRule       = as(LineRule, "That step")
	draftRule      = as(ParagraphRule, "The draft")
	reflectionRule = as(ParagraphRule, "Your reflection")
)

// cleanRole cleans a role; a person may have none.
func (d *decision) cleanRole(raw string) (string, error) {
	if strings.TrimSpace(raw) == "" {
		return "", nil
	}
	return d.clean(RoleRule, raw)
}
