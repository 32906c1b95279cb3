package session

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"trio/content"
)

func TestOnlyTheFacilitatorSteersTheRoom(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.goTo(content.KindFrame)
	for _, tc := range []struct {
		cmd  Command
		want string
	}{
		{NextPhase{}, "Only the facilitator can move to the next phase."},
		{PreviousPhase{}, "Only the facilitator can go back a phase."},
		{AddTime{By: time.Minute}, "Only the facilitator can add time."},
		{PauseTimer{}, "Only the facilitator can pause the timer."},
		{HandOver{To: maya}, "Only the facilitator can hand over the facilitator's role."},
		{LockRoom{Locked: true}, "Only the facilitator can lock the room."},
	} {
		if got := f.refused(sam, tc.cmd); got != tc.want {
			t.Errorf("%T by a participant: got %q, want %q", tc.cmd, got, tc.want)
		}
	}
	f.do(coach, PauseTimer{})
	if got := f.refused(lee, ResumeTimer{}); got != "Only the facilitator can resume the timer." {
		t.Errorf("resume by a participant: %q", got)
	}
	// Once handed over, the role moves with it.
	f.do(coach, HandOver{To: maya})
	f.refused(coach, NextPhase{})
	f.do(maya, NextPhase{})
}

func TestStrangersCannotActInARoom(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	got := f.refused("stranger", CheckIn{Word: "hi"})
	if got != "You are not part of this room yet: join it first." {
		t.Errorf("got %q", got)
	}
}

func TestEachContributionBelongsToItsPhase(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	// In check-in, nothing but check-in things.
	for _, cmd := range []Command{
		StatePosition{Text: "We must"},
		WriteCard{Answers: map[string]string{"position": "x"}},
		Reflect{Text: "x"},
		SetGoal{Text: "x"},
		CastVote{Score: 4},
		ProposeDraft{Believe: "x"},
		ClimbLadder{Text: "x"},
		PassTalkingStick{},
	} {
		reason := f.refused(maya, cmd)
		if !strings.Contains(reason, `the room is in "The check-in" now`) {
			t.Errorf("%T in check-in: %q does not say where the room is", cmd, reason)
		}
	}
	if got := f.refused(maya, StatePosition{Text: "We must"}); got != `Stating a position belongs to "The discussion"; the room is in "The check-in" now.` {
		t.Errorf("got %q", got)
	}
	f.do(maya, CheckIn{Word: "curious"})
}

func TestObserversFacilitateAndListen(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.do(coach, CheckIn{Word: "ready"})
	f.goTo(content.KindDiscussion)
	if got := f.refused(coach, StatePosition{Text: "I think"}); got != "Observers listen and facilitate; stating a position is for the trio." {
		t.Errorf("got %q", got)
	}
	f.writeCards()
	f.refused(coach, WriteCard{Answers: map[string]string{"position": "mine"}})
}

func TestGoingBackKeepsEveryContribution(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.goTo(content.KindDiscussion)
	f.do(maya, StatePosition{Text: "Rebuild it."})
	f.do(coach, NextPhase{})
	f.do(coach, PreviousPhase{})
	f.do(coach, PreviousPhase{})
	r := f.room()
	if r.CurrentPhase().Kind != content.KindFrame {
		t.Fatalf("phase %s, want the frame", r.CurrentPhase().ID)
	}
	if got := r.ContributionsOf(Position); len(got) != 1 || got[0].Text != "Rebuild it." {
		t.Fatalf("positions after going back: %+v", got)
	}
	if last := r.Timeline[len(r.Timeline)-1].What; last != "Went back to The frame" {
		t.Errorf("timeline says %q", last)
	}
	for f.room().Phase > 0 { // back to the first phase, whatever comes before the frame
		f.do(coach, PreviousPhase{})
	}
	if got := f.refused(coach, PreviousPhase{}); got != "This is the first phase: there is nothing before it." {
		t.Errorf("got %q", got)
	}
}

func TestOnlyTheAuthorWithdrawsAndNothingIsDeleted(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.goTo(content.KindDiscussion)
	res := f.do(maya, StatePosition{Text: "Rebuild it."})
	id := res.Event.Seq
	if got := f.refused(sam, Withdraw{ID: id}); got != "Only its author can withdraw a contribution." {
		t.Errorf("got %q", got)
	}
	if got := f.refused(coach, Withdraw{ID: id}); got != "Only its author can withdraw a contribution." {
		t.Errorf("the facilitator withdrawing: %q", got)
	}
	f.do(maya, Withdraw{ID: id})
	c, ok := f.room().Contribution(id)
	if !ok || !c.Withdrawn || c.Text != "Rebuild it." {
		t.Fatalf("withdrawn contribution: %+v, %v", c, ok)
	}
	if len(f.room().ContributionsOf(Position)) != 0 {
		t.Error("a withdrawn position is still listed")
	}
	f.refused(maya, Withdraw{ID: id})
}

func TestTheTimerPausesResumesAndGrows(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	start := f.room().Timer
	if got := start.Remaining(f.clock.Now()); got != 2*time.Minute-10*time.Second {
		// The fixture's three Enter calls take no time; opening took none.
		t.Logf("time left at start: %v", got)
	}
	f.do(coach, PauseTimer{})
	left := f.room().Timer.Remaining(f.clock.Now())
	f.clock.Advance(time.Hour)
	if got := f.room().Timer.Remaining(f.clock.Now()); got != left {
		t.Fatalf("a paused timer moved: %v, then %v", left, got)
	}
	f.refused(coach, PauseTimer{})
	f.do(coach, AddTime{By: time.Minute})
	if got := f.room().Timer.Remaining(f.clock.Now()); got != left+time.Minute {
		t.Fatalf("after adding a minute while paused: %v, want %v", got, left+time.Minute)
	}
	f.do(coach, ResumeTimer{})
	now := f.clock.Now()
	if got := f.room().Timer.Remaining(now); got != left+time.Minute {
		t.Fatalf("resumed with %v left, want %v", got, left+time.Minute)
	}
	if got := f.refused(coach, AddTime{By: 2 * time.Hour}); got != "Add between a few seconds and 60 minutes at a time." {
		t.Errorf("got %q", got)
	}
	// An overrun phase gets the added time from now.
	f.clock.Advance(10 * time.Minute)
	f.do(coach, AddTime{By: time.Minute})
	if got := f.room().Timer.Remaining(f.clock.Now()); got != time.Minute {
		t.Errorf("after an overrun, adding a minute leaves %v", got)
	}
}

func TestTheLastPhaseHasNoNext(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.goTo(content.KindClose)
	if got := f.refused(coach, NextPhase{}); got != "This is the last phase: the summary is ready to export." {
		t.Errorf("got %q", got)
	}
}

func TestJoiningAndNames(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	res, err := f.hub.Do(f.ctx, f.code, "ana", Join{Name: "Ana", Role: "Data"})
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := res.Room.Person("ana"); p.Name != "Ana" || p.Role != "Data" {
		t.Errorf("joined as %+v", p)
	}
	if got := f.refused("ana", Join{Name: "Ana"}); got != "You are already in this room." {
		t.Errorf("got %q", got)
	}
	for _, look := range []string{"maya", "MAYA", "Мауа", "M a y a"} {
		if got := f.refused("tom", Join{Name: look}); got != "Someone here is already called Maya. Add an initial or choose another name." {
			t.Errorf("joining as %q: %q", look, got)
		}
	}
	if got := f.refused(sam, Rename{Name: "Lee"}); !strings.Contains(got, "already called Lee") {
		t.Errorf("renaming to a taken name: %q", got)
	}
	f.do(sam, Rename{Name: "Samira"})
	f.do(coach, LockRoom{Locked: true})
	if got := f.refused("tom", Join{Name: "Tom"}); got != "This room is locked: the facilitator has closed it to new people." {
		t.Errorf("got %q", got)
	}
	f.do(coach, LockRoom{Locked: false})
	for i := len(f.room().People); i < MaxParticipants; i++ {
		f.do(ParticipantID(fmt.Sprint("guest", i)), Join{Name: fmt.Sprint("Guest ", i)})
	}
	if got := f.refused("tom", Join{Name: "Tom"}); got != "This room is full: it holds at most 12 people." {
		t.Errorf("got %q", got)
	}
}

func TestReadyMarksClearOnEveryPhaseChange(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.do(maya, MarkReady{Ready: true})
	f.refused(maya, MarkReady{Ready: true})
	if p, _ := f.room().Person(maya); !p.Ready {
		t.Fatal("Maya is not ready")
	}
	f.do(coach, NextPhase{})
	if p, _ := f.room().Person(maya); p.Ready {
		t.Fatal("a ready mark survived the phase change")
	}
}

func TestTextIsCleanedBeforeItIsStored(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	res := f.do(maya, CheckIn{Word: "\x1b[31mhappy\x1b]0;pwned\x07"})
	word, _ := res.Room.CheckInWord(maya)
	if word != "happy" {
		t.Errorf("stored %q", word)
	}
	if res.Removed == 0 {
		t.Error("the typist is not told that characters were removed")
	}
	if got := f.refused(maya, CheckIn{Word: "   "}); !strings.Contains(got, "empty") {
		t.Errorf("an empty word: %q", got)
	}
	f.goTo(content.KindDiscussion)
	long := strings.Repeat("word ", MaxTextRunes)
	if got := f.refused(maya, StatePosition{Text: long}); !strings.Contains(got, "characters long") {
		t.Errorf("a long position: %q", got)
	}
}

func TestARoomHoldsAtMostMaxContributions(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.goTo(content.KindDiscussion)
	r := f.room()
	// Fill the room through the reducer, as a replay would, rather than
	// through thousands of commands.
	for r.ContributionCount() < MaxContributions {
		e := Event{Room: r.Code, Seq: r.Seq + 1, At: r.UpdatedAt, Actor: maya, Body: &ContributionAdded{Kind: Position, Text: "x"}}
		var err error
		if r, err = Apply(r, e); err != nil {
			t.Fatal(err)
		}
	}
	d := &decision{actor: sam, now: r.UpdatedAt, present: func(ParticipantID) bool { return true }}
	_, err := StatePosition{Text: "one more"}.decide(r, d)
	if err == nil || !strings.Contains(err.Error(), "This room is full") {
		t.Fatalf("got %v", err)
	}
}
