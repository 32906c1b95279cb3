package session

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"trio/content"
)

func TestCardsStayHiddenUntilTheReveal(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.writeCards()
	r := f.room()
	for _, viewer := range []ParticipantID{sam, lee, coach, Nobody} {
		v := ViewFor(r, viewer)
		card, _ := v.CardOf(maya)
		if !card.Hidden || len(card.Fields) != 0 {
			t.Errorf("%q sees Maya's card before the reveal: %+v", viewer, card)
		}
		// Not through any door: the whole projection, the JSON and the
		// Markdown export.
		blob, _ := json.Marshal(v)
		md := ExportMarkdown(v)
		js, _ := ExportJSON(v)
		for name, b := range map[string][]byte{"projection": blob, "markdown": md, "json": js} {
			if bytes.Contains(b, []byte("Card of maya")) {
				t.Errorf("%q can read Maya's hidden card in the %s", viewer, name)
			}
		}
	}
	mine, _ := ViewFor(r, maya).MyCard()
	if mine.Hidden || mine.Answer("position") != "Card of maya" {
		t.Errorf("Maya cannot read her own card: %+v", mine)
	}
	// She may rewrite it while it is hidden.
	f.do(maya, WriteCard{Answers: map[string]string{"position": "Card of maya, rewritten"}})
	if card, _ := f.room().CardOf(maya); card.Answer("position") != "Card of maya, rewritten" || card.Answer("see") != "" {
		t.Errorf("rewritten card: %+v", card)
	}
	if got := f.refused(sam, WriteCard{Answers: map[string]string{"see": "only this"}}); got != `Fill in "My position" first: a sentence or two is enough.` {
		t.Errorf("got %q", got)
	}
	if got := f.refused(sam, WriteCard{Answers: map[string]string{"position": "x", "mood": "y"}}); got != `This card has no field "mood".` {
		t.Errorf("got %q", got)
	}
}

func TestTheRevealRoundIsATalkingStick(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.writeCards()
	f.do(coach, NextPhase{})
	r := f.room()
	if speaker, _ := r.Speaker(); speaker != maya {
		t.Fatalf("first speaker %q, want maya", speaker)
	}
	// Only the speaker's card is open.
	for _, viewer := range []ParticipantID{sam, lee} {
		v := ViewFor(r, viewer)
		if c, _ := v.CardOf(maya); c.Hidden {
			t.Errorf("%s cannot see the speaker's card", viewer)
		}
	}
	if c, _ := ViewFor(r, maya).CardOf(sam); !c.Hidden {
		t.Error("Maya sees Sam's card before his turn")
	}
	// Only the speaker adds to the card; others note what they heard.
	if got := f.refused(sam, AddToCard{Text: "me too"}); got != "Only Maya, who holds the talking stick, adds to their card now. Note what you heard instead." {
		t.Errorf("got %q", got)
	}
	if got := f.refused(maya, NoteHeard{Text: "I heard me"}); !strings.HasPrefix(got, "You hold the talking stick") {
		t.Errorf("got %q", got)
	}
	f.do(maya, AddToCard{Text: "And one more thing."})
	f.do(sam, NoteHeard{Text: "Maya wants the whole path fixed."})
	// Only the speaker or the facilitator passes the stick.
	if got := f.refused(lee, PassTalkingStick{}); got != "Maya holds the talking stick: they pass it on, or the facilitator does." {
		t.Errorf("got %q", got)
	}
	f.do(maya, PassTalkingStick{})
	if speaker, _ := f.room().Speaker(); speaker != sam {
		t.Fatalf("second speaker %q", speaker)
	}
	f.do(coach, PassTalkingStick{})
	f.do(lee, PassTalkingStick{})
	if _, ok := f.room().Speaker(); ok {
		t.Error("someone still speaks after everyone has")
	}
	if got := f.refused(lee, PassTalkingStick{}); got != "Everyone has shown their card: the facilitator can move on." {
		t.Errorf("got %q", got)
	}
	for _, card := range ViewFor(f.room(), Nobody).Perspectives {
		if card.Hidden {
			t.Errorf("card of %s still hidden after the round", card.Author)
		}
	}
	heard := f.room().About(Heard, f.card(maya))
	if len(heard) != 1 || heard[0].Author != sam {
		t.Errorf("heard notes on Maya's card: %+v", heard)
	}
}

func TestLeavingTheRevealEarlyShowsEveryCard(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.writeCards()
	f.do(coach, NextPhase{}) // the reveal, Maya speaking
	f.do(coach, NextPhase{}) // on to inquiry before Sam and Lee spoke
	for _, card := range ViewFor(f.room(), Nobody).Perspectives {
		if card.Hidden {
			t.Errorf("card of %s is hidden in inquiry", card.Author)
		}
	}
}

func TestACardWrittenAfterGoingBackWaitsForTheNextReveal(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.goTo(content.KindSilentWriting)
	f.do(maya, WriteCard{Answers: map[string]string{"position": "Maya's view"}})
	f.do(coach, NextPhase{})
	f.do(coach, PreviousPhase{})
	if got := f.refused(maya, WriteCard{Answers: map[string]string{"position": "changed"}}); !strings.HasPrefix(got, "Your card is shown to everyone already") {
		t.Errorf("got %q", got)
	}
	f.do(sam, WriteCard{Answers: map[string]string{"position": "Sam's late view"}})
	if c, _ := ViewFor(f.room(), maya).CardOf(sam); !c.Hidden {
		t.Error("a card written after going back is visible before the reveal")
	}
	f.do(coach, NextPhase{})
	r := f.room()
	if r.Reveal.Turn != 0 || len(r.Reveal.Order) != 2 || r.Reveal.Order[1] != sam {
		t.Fatalf("reveal after coming back: %+v", r.Reveal)
	}
}

func TestInquiryAsksAboutOthersAndAuthorsAnswer(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.writeCards()
	f.goTo(content.KindInquiry)
	if got := f.refused(maya, AskQuestion{Perspective: f.card(maya), Text: "Why me?"}); got != "Ask about a view that is not yours: your own is for answering." {
		t.Errorf("got %q", got)
	}
	q := f.do(sam, AskQuestion{Perspective: f.card(maya), Text: "What leads you to that view?"})
	if got := f.refused(lee, AnswerQuestion{Question: q.Event.Seq, Text: "I think"}); got != "That question is for Maya: the author of a view answers questions about it." {
		t.Errorf("got %q", got)
	}
	f.do(maya, AnswerQuestion{Question: q.Event.Seq, Text: "The drop-off numbers."})
	if a := f.room().About(Answer, q.Event.Seq); len(a) != 1 || a[0].Author != maya {
		t.Errorf("answers: %+v", a)
	}
	// The coach may ask too: curiosity is welcome from anyone.
	f.do(coach, AskQuestion{Perspective: f.card(lee), Text: "Where are you least sure?"})
}

func TestAYesComesBeforeItsAnd(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.writeCards()
	f.goTo(content.KindYesAnd)
	if got := f.refused(sam, SayAnd{Build: 999, And: "we add"}); got != "Say the yes first: what resonates with you in this view." {
		t.Errorf("an and without its yes: %q", got)
	}
	if got := f.refused(sam, SayYes{Perspective: f.card(maya), Yes: "  "}); !strings.Contains(got, "empty") {
		t.Errorf("an empty yes: %q", got)
	}
	if got := f.refused(sam, SayYes{Perspective: f.card(sam), Yes: "I like mine"}); !strings.HasPrefix(got, "Build on a view that is not yours") {
		t.Errorf("a build on one's own view: %q", got)
	}
	yes := f.do(sam, SayYes{Perspective: f.card(maya), Yes: "the first board matters most"})
	if len(yes.Nudges) != 0 {
		t.Errorf("a plain yes got nudges: %+v", yes.Nudges)
	}
	if got := f.refused(lee, SayAnd{Build: yes.Event.Seq, And: "mine"}); got != "That yes is Sam's: start your own build with your own yes." {
		t.Errorf("got %q", got)
	}
	f.do(sam, SayAnd{Build: yes.Event.Seq, And: "we could test it with five teams"})
	if b, _ := f.room().Build(yes.Event.Seq); b.Yes != "the first board matters most" || b.And != "we could test it with five teams" {
		t.Errorf("build: %+v", b)
	}
	if got := f.refused(sam, SayAnd{Build: yes.Event.Seq, And: "again"}); !strings.HasPrefix(got, "This build has its and already") {
		t.Errorf("got %q", got)
	}
}

func TestAYesThatIsAButInDisguiseIsNudgedNotRefused(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.writeCards()
	f.goTo(content.KindYesAnd)
	res := f.do(lee, SayYes{Perspective: f.card(sam), Yes: "Nice idea, but it will take months"})
	if len(res.Nudges) == 0 || res.Nudges[0].Cue != "but-in-yes" || res.Nudges[0].Phrase != "but" {
		t.Fatalf("nudges: %+v", res.Nudges)
	}
	if !strings.Contains(res.Nudges[0].Suggestion, "Keep the yes for what resonates") {
		t.Errorf("suggestion: %q", res.Nudges[0].Suggestion)
	}
}

func TestEveryoneIsAskedForAProOnAViewNotTheirs(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.writeCards()
	f.goTo(content.KindProsCons)
	res := f.do(maya, AddPro{Perspective: f.card(maya), Text: "Mine is bold"})
	if len(res.Nudges) != 1 || res.Nudges[0].Cue != "pro-for-another" {
		t.Errorf("a pro on one's own view: nudges %+v", res.Nudges)
	}
	if f.room().GavePro(maya) {
		t.Error("a pro on her own view counts as a pro for another")
	}
	f.do(maya, AddPro{Perspective: f.card(lee), Text: "Lee's is safe"})
	if !f.room().GavePro(maya) {
		t.Error("Maya's pro on Lee's view is not counted")
	}
	f.do(sam, AddCon{Perspective: f.card(lee), Text: "Slow"})
	if pros, cons := f.room().About(Pro, f.card(lee)), f.room().About(Con, f.card(lee)); len(pros) != 1 || len(cons) != 1 {
		t.Errorf("Lee's view has %d pros and %d cons", len(pros), len(cons))
	}
	if got := f.refused(sam, AddPro{Perspective: 4242, Text: "x"}); got != "That card is not on the table: pick one of the cards shown." {
		t.Errorf("got %q", got)
	}
}

func TestTheGoalClimbsOneLevelHigher(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.goTo(content.KindFrame)
	f.do(maya, SetGoal{Text: "Teams stay"})
	f.writeCards()
	f.goTo(content.KindOneLevelHigher)
	f.do(sam, ClimbLadder{Perspective: f.card(sam), Text: "Because a board needs a team"})
	f.do(lee, SetGoal{Text: "More teams reach a shared board in week one"})
	r := f.room()
	if r.Goal != "More teams reach a shared board in week one" || len(r.Goals) != 2 {
		t.Errorf("goal %q, %d wordings", r.Goal, len(r.Goals))
	}
	if got := f.refused(coach, ClimbLadder{Text: "x"}); !strings.HasPrefix(got, "Observers listen") {
		t.Errorf("got %q", got)
	}
}

// toConsent brings the room to the consent phase with one draft.
func toConsent(f *fixture) {
	f.writeCards()
	f.goTo(content.KindPointOfView)
	f.do(maya, ProposeDraft{Believe: "we fix the invite step first", Because: "that is where teams stall"})
	f.goTo(content.KindConsent)
}

func TestConsentVotesStaySecretUntilEveryoneVoted(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	toConsent(f)
	f.refused(maya, OpenVote{})
	f.do(coach, OpenVote{})
	f.do(maya, CastVote{Score: 4})
	f.do(sam, CastVote{Score: 5})
	r := f.room()
	for _, viewer := range []ParticipantID{lee, coach, Nobody} {
		v := ViewFor(r, viewer)
		for _, vote := range v.Votes[0].Votes {
			if vote.Score != -1 {
				t.Errorf("%q sees %s's score %d before everyone voted", viewer, vote.Voter, vote.Score)
			}
		}
		if md := string(ExportMarkdown(v)); !strings.Contains(md, "Open: 2 of 3 have voted.") {
			t.Errorf("export while the vote is open:\n%s", md)
		}
	}
	mine := ViewFor(r, maya).Votes[0].Votes
	if mine[0].Voter != maya || mine[0].Score != 4 || mine[1].Score != -1 {
		t.Errorf("Maya's own view of the votes: %+v", mine)
	}
	// A vote under the threshold says what would make it work.
	if got := f.refused(lee, CastVote{Score: 2}); got != "A 2 means it does not work for you yet: say what would make it work, so the team can amend it." {
		t.Errorf("got %q", got)
	}
	if got := f.refused(lee, CastVote{Score: 6}); !strings.HasPrefix(got, "Vote with a number from 0") {
		t.Errorf("got %q", got)
	}
	f.do(lee, CastVote{Score: 2, Concern: "Name who tests it"})
	round := ViewFor(f.room(), lee).Votes[0]
	if !round.Closed || round.Consented() {
		t.Fatalf("round after the last vote: %+v", round)
	}
	for _, vote := range round.Votes {
		if vote.Score < 0 {
			t.Errorf("a score is still hidden after everyone voted: %+v", vote)
		}
	}
	// A new round needs an amendment first, then goes ahead.
	if got := f.refused(coach, OpenVote{}); got != "Amend the point of view first: a new round votes on a new draft." {
		t.Errorf("got %q", got)
	}
	f.do(lee, ProposeDraft{Believe: "we fix the invite step first, and Sam tests it", Because: "that is where teams stall"})
	if d, _ := f.room().LatestDraft(); d.Amends != 1 || d.Version != 2 {
		t.Errorf("amendment: %+v", d)
	}
	f.do(coach, OpenVote{})
	for _, who := range []ParticipantID{maya, sam, lee} {
		f.do(who, CastVote{Score: 4})
	}
	if last := f.room().Votes[1]; !last.Consented() {
		t.Errorf("round 2: %+v", last)
	}
	f.do(sam, ProposeDraft{Believe: "a third version"})
	if got := f.refused(coach, OpenVote{}); !strings.HasPrefix(got, "This script allows 2 rounds of voting, and they are done") {
		t.Errorf("got %q", got)
	}
}

func TestOnlyThePresentVoteAndTheFacilitatorMayClose(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	toConsent(f)
	// Lee's terminal is closed: he is not present when the vote opens.
	_, err := f.hub.Do(f.ctx, f.code, "ana", Join{Name: "Ana"})
	if err != nil {
		t.Fatal(err)
	}
	f.do(coach, OpenVote{})
	if got := f.refused("ana", CastVote{Score: 4}); got != "You joined after this vote opened: you can vote in the next round." {
		t.Errorf("got %q", got)
	}
	f.do(maya, CastVote{Score: 4})
	f.refused(maya, CloseVote{})
	f.do(coach, CloseVote{})
	if round := f.room().Votes[0]; !round.Closed || len(round.Votes) != 1 {
		t.Errorf("closed round: %+v", round)
	}
}

func TestDiscussionAndDialogueAreContrasted(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.goTo(content.KindDiscussion)
	f.do(maya, StatePosition{Text: "Obviously we should rebuild it all"})
	f.do(maya, StatePosition{Text: "Yes, but I know I am right"})
	f.do(sam, StatePosition{Text: "No"})
	f.writeCards()
	f.goTo(content.KindInquiry)
	f.do(lee, AskQuestion{Perspective: f.card(maya), Text: "What leads you there?"})
	f.do(sam, AskQuestion{Perspective: f.card(lee), Text: "Where are you least sure?"})
	f.goTo(content.KindYesAnd)
	b := f.do(maya, SayYes{Perspective: f.card(sam), Yes: "the invite matters"})
	f.do(maya, SayAnd{Build: b.Event.Seq, And: "we can test it"})

	m := MeasureView(ViewFor(f.room(), Nobody))
	c := m.Contrast
	if !c.HasDiscussion || c.Discussion.Figures.Contributions != 3 || c.Discussion.Figures.Cues != 3 || c.Discussion.Figures.Questions != 0 {
		t.Errorf("discussion side: %+v", c.Discussion)
	}
	if c.Dialogue.Figures.Questions != 2 || c.Dialogue.Figures.BuildsGiven != 1 || c.Dialogue.Figures.Cues != 0 {
		t.Errorf("dialogue side: %+v", c.Dialogue)
	}
	if c.Discussion.AirtimeSpread <= c.Dialogue.AirtimeSpread {
		t.Errorf("Maya did most of the talking in the discussion, yet its spread %.2f is not above the dialogue's %.2f",
			c.Discussion.AirtimeSpread, c.Dialogue.AirtimeSpread)
	}
	for _, p := range m.People {
		if p.Person == sam && p.Figures.BuildsReceived != 1 {
			t.Errorf("Sam received %d builds", p.Figures.BuildsReceived)
		}
		if p.Person == coach {
			t.Error("the silent coach is counted in the airtime")
		}
	}
}

func TestAdvocacyCuesAreNoticedGently(t *testing.T) {
	t.Parallel()
	cues := testScript().Cues
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Yes, but the data says otherwise", []string{"yes-but"}},
		{"YES BUT no", []string{"yes-but"}},
		{"Obviously we should ship", []string{"obviously", "we-should"}},
		{"yesterday, butter and obviousness", nil},
		{"We shouldn't wait", nil},
		{"What if we tried it?", nil},
	} {
		var got []string
		for _, n := range DetectCues(tc.text, cues) {
			got = append(got, n.Cue)
		}
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("DetectCues(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	f := newFixture(t)
	f.writeCards()
	f.goTo(content.KindInquiry)
	res := f.do(lee, AskQuestion{Perspective: f.card(maya), Text: "Obviously?"})
	if len(res.Nudges) != 1 || res.Nudges[0].Phrase != "Obviously" || res.Nudges[0].Suggestion != "Try my hunch is." {
		t.Errorf("nudges: %+v", res.Nudges)
	}
}
