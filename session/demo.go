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

func (d *demo) play(phase content.Phase) {
	switch phase.Kind {
	case content.KindCheckIn:
		for _, who := range []ParticipantID{"maya", "sam", "lee"} {
			d.do(who, AcceptAgreements{})
		}
		d.do("maya", CheckIn{Word: "hopeful"})
		d.do("sam", CheckIn{Word: "curious"})
		d.do("lee", CheckIn{Word: "wary"})
	case content.KindFrame:
		d.do("sam", SetQuestion{Text: "What should we do about the new teams who drop out of onboarding?"})
		d.do("lee", SetGoal{Text: "More new teams reach their first shared board in week one"})
	case content.KindDiscussion:
		d.do("maya", StatePosition{Text: "We need to rebuild it. Obviously the flow is ten steps too long, and everyone knows the first screen confuses people."})
		d.do("lee", StatePosition{Text: "That won't work this quarter. A rebuild always takes twice as long as we think."})
		d.do("sam", StatePosition{Text: "Yes, but the drop-off is in step three, clearly. We should just fix the invite screen."})
		d.do("maya", StatePosition{Text: "The problem is we keep patching and never fix the whole thing."})
	case content.KindSilentWriting:
		fields := phase.Fields
		write := func(who ParticipantID, texts ...string) {
			answers := map[string]string{}
			for i, t := range texts {
				if i < len(fields) {
					answers[fields[i].ID] = t
				}
			}
			d.do(who, WriteCard{Answers: answers})
		}
		write("maya",
			"Rebuild onboarding around the first shared board.",
			"Only 38% of new teams create a board in week one; support tickets say people get lost between steps.",
			"That a shorter path to the first board is what makes teams stay.",
			"New teams feeling the product work for them on day one.")
		write("sam",
			"Fix the invite step first, then see what is left.",
			"In five usability sessions, four people stalled on inviting teammates.",
			"That most of the drop-off comes from that one step.",
			"Not asking people to learn a new flow twice.")
		write("lee",
			"Improve the current flow in small releases we can measure.",
			"The onboarding code is old but covered by tests; each step can change alone.",
			"That a rebuild would freeze other work for a quarter.",
			"Shipping something this month and learning from it.")
	case content.KindRevealRound:
		d.do("sam", NoteHeard{Text: "Maya sees the whole path as the problem, not one step."})
		d.do("maya", AddToCard{Text: "I am least sure about the number: it mixes trial and paid teams."})
		d.do("maya", PassTalkingStick{})
		d.do("lee", NoteHeard{Text: "Sam has watched people stall on the invite step."})
		d.do("sam", PassTalkingStick{})
		d.do("maya", NoteHeard{Text: "Lee cares about learning fast, not about keeping old code."})
		d.do("lee", PassTalkingStick{})
	case content.KindInquiry:
		q := d.do("lee", AskQuestion{Perspective: d.card("maya"), Text: "What would need to be true for a rebuild to pay off this quarter?"})
		d.do("maya", AnswerQuestion{Question: q.Event.Seq, Text: "That the first board comes in three steps instead of ten, and that we can ship it in parts."})
		q = d.do("maya", AskQuestion{Perspective: d.card("sam"), Text: "What are you seeing in the sessions that I might not be?"})
		d.do("sam", AnswerQuestion{Question: q.Event.Seq, Text: "People want their team in before they build anything; inviting is the moment they give up."})
		q = d.do("sam", AskQuestion{Perspective: d.card("lee"), Text: "Where are you least sure?"})
		d.do("lee", AnswerQuestion{Question: q.Event.Seq, Text: "Whether small releases can change how the whole flow feels."})
		if phase.Builds {
			d.builds()
		}
	case content.KindYesAnd:
		d.builds()
	case content.KindProsCons:
		d.do("sam", AddPro{Perspective: d.card("maya"), Text: "Aims at the outcome that matters: the first shared board."})
		d.do("lee", AddCon{Perspective: d.card("maya"), Text: "A big bang: we learn late whether it worked."})
		d.do("maya", AddPro{Perspective: d.card("sam"), Text: "Grounded in what we saw people do."})
		d.do("lee", AddPro{Perspective: d.card("sam"), Text: "Small and quick to try."})
		d.do("maya", AddCon{Perspective: d.card("sam"), Text: "May fix one step and leave the path as long as it is."})
		d.do("maya", AddPro{Perspective: d.card("lee"), Text: "Every release tells us something."})
		d.do("sam", AddPro{Perspective: d.card("lee"), Text: "Keeps the team shipping while we learn."})
		d.do("sam", AddCon{Perspective: d.card("lee"), Text: "Small steps can stay small and never add up."})
	case content.KindOneLevelHigher:
		d.do("maya", ClimbLadder{Perspective: d.card("maya"), Text: "A shorter path matters because teams that see value in week one stay."})
		d.do("sam", ClimbLadder{Perspective: d.card("sam"), Text: "The invite matters because a board is only useful with your team on it."})
		d.do("lee", ClimbLadder{Perspective: d.card("lee"), Text: "Shipping soon matters because we only learn from real teams."})
		d.do("sam", SetGoal{Text: "More new teams reach their first shared board, with their team on it, in week one"})
	case content.KindPointOfView:
		d.do("maya", ProposeDraft{
			Believe: "the path to the first shared board needs a redesign, starting with the invite step",
			Because: "that is where most teams stall, and the board is where they see value",
		})
		d.do("lee", ProposeDraft{
			Believe: "the path to the first shared board needs a redesign in small releases, starting with the invite step",
			Because: "that is where most teams stall, and each release shows us whether we are right",
			WrongIf: "week-one boards have not risen by a quarter after the second release",
		})
	case content.KindConsent:
		d.do("maya", OpenVote{})
		d.do("maya", CastVote{Score: 4})
		d.do("sam", CastVote{Score: 2, Concern: "Name who runs the sessions between releases, or we will stop testing with people."})
		d.do("lee", CastVote{Score: 4})
		if phase.Rounds > 1 {
			d.do("sam", ProposeDraft{
				Believe: "the path to the first shared board needs a redesign in small releases, starting with the invite step, with Sam testing each release with five new teams",
				Because: "that is where most teams stall, and each release shows us whether we are right",
				WrongIf: "week-one boards have not risen by a quarter after the second release",
			})
			d.do("maya", OpenVote{})
			d.do("maya", CastVote{Score: 5})
			d.do("sam", CastVote{Score: 4})
			d.do("lee", CastVote{Score: 4})
		}
	case content.KindClose:
		d.do("maya", Reflect{Text: "I came to win the rebuild; I leave with a better plan than mine."})
		d.do("sam", Reflect{Text: "Writing alone first made it easier to say what I really saw."})
		d.do("lee", Reflect{Text: "The yes, and slowed me down in a good way."})
	}
}

func (d *demo) builds() {
	b := d.do("lee", SayYes{Perspective: d.card("maya"), Yes: "the first shared board is the right finish line"})
	d.do("lee", SayAnd{Build: b.Event.Seq, And: "we could reach it in steps, measuring each one"})
	b = d.do("maya", SayYes{Perspective: d.card("sam"), Yes: "the invite step is where people give up"})
	d.do("maya", SayAnd{Build: b.Event.Seq, And: "fixing it first can be release one of the new path"})
	b = d.do("sam", SayYes{Perspective: d.card("lee"), Yes: "small releases let us learn from real teams"})
	d.do("sam", SayAnd{Build: b.Event.Seq, And: "I can test each one with five new teams"})
}
