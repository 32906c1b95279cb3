package session

import (
	"testing"

	"trio/content"
)

// The hub nudges only where the phase nudges: never in the discussion
// round, where advocacy is the point, nor in the point of view, whose
// grammar is "we believe" and "we should".
func TestNudgesBelongToTheDialoguePhases(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.goTo(content.KindDiscussion)
	if res := f.do(maya, StatePosition{Text: "Obviously we should rebuild it."}); len(res.Nudges) != 0 {
		t.Errorf("the discussion round nudged: %+v", res.Nudges)
	}
	f.writeCards()
	f.goTo(content.KindInquiry)
	if res := f.do(lee, AskQuestion{Perspective: f.card(maya), Text: "Obviously you see it?"}); len(res.Nudges) != 1 {
		t.Errorf("inquiry nudged %+v, want one nudge", res.Nudges)
	}
	f.goTo(content.KindYesAnd)
	if res := f.do(sam, SayYes{Perspective: f.card(lee), Yes: "the invite matters, but we should wait"}); len(res.Nudges) != 2 ||
		res.Nudges[0].Cue != ButInYesCue || res.Nudges[1].Cue != "we-should" {
		t.Errorf("a yes with a but and a cue: %+v", res.Nudges)
	}
	f.goTo(content.KindPointOfView)
	if res := f.do(maya, ProposeDraft{Believe: "we should ship the short invite", Because: "obviously it is where people stop"}); len(res.Nudges) != 0 {
		t.Errorf("the point of view nudged: %+v", res.Nudges)
	}
}

// A script may nudge where its kind does not, and the other way round;
// the consent phase's concerns are nudged too when it says so.
func TestAScriptDecidesWhereToNudge(t *testing.T) {
	t.Parallel()
	script := testScript()
	yes, no := true, false
	for i, p := range script.Phases {
		switch p.Kind {
		case content.KindDiscussion, content.KindConsent:
			script.Phases[i].NudgeCues = &yes
		case content.KindInquiry:
			script.Phases[i].NudgeCues = &no
		}
	}
	f := newFixtureOf(t, script)
	f.goTo(content.KindDiscussion)
	if res := f.do(maya, StatePosition{Text: "Obviously."}); len(res.Nudges) != 1 {
		t.Errorf("a discussion round set to nudge gave %+v", res.Nudges)
	}
	f.writeCards()
	f.goTo(content.KindInquiry)
	if res := f.do(lee, AskQuestion{Perspective: f.card(maya), Text: "Obviously?"}); len(res.Nudges) != 0 {
		t.Errorf("an inquiry set not to nudge gave %+v", res.Nudges)
	}
	f.goTo(content.KindPointOfView)
	f.do(maya, ProposeDraft{Believe: "We believe in a short invite"})
	f.goTo(content.KindConsent)
	f.do(coach, OpenVote{})
	if res := f.do(sam, CastVote{Score: 1, Concern: "Obviously it needs a date."}); len(res.Nudges) != 1 {
		t.Errorf("a concern in a consent set to nudge gave %+v", res.Nudges)
	}
}
