package session

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"trio/content"
)

// randomCommand picks a command a real room might get, many of them wrong
// for the moment, the person or the phase.
func randomCommand(rng *rand.Rand, r Room) (ParticipantID, Command) {
	people := []ParticipantID{coach, maya, sam, lee, "stranger"}
	who := people[rng.IntN(len(people))]
	fac := r.Facilitator
	anyID := func() int {
		if r.Seq == 0 {
			return 0
		}
		return 1 + rng.IntN(r.Seq)
	}
	texts := []string{"Obviously we should", "What leads you there?", "yes, but no", "a plain view", "\x1b[2Jclear", "", "we could try"}
	text := texts[rng.IntN(len(texts))]
	cards := r.Perspectives
	card := anyID()
	if len(cards) > 0 && rng.IntN(4) > 0 {
		card = cards[rng.IntN(len(cards))].ID
	}
	pick := rng.IntN(commandCases)
	if rng.IntN(2) == 0 {
		// Half the time, something that fits the phase the room is in.
		pick = fitting[r.CurrentPhase().Kind][rng.IntN(len(fitting[r.CurrentPhase().Kind]))]
	}
	switch pick {
	case 0, 1:
		return fac, NextPhase{}
	case 2:
		return fac, PreviousPhase{}
	case 3:
		return who, PreviousPhase{}
	case 4:
		return fac, AddTime{By: time.Duration(rng.IntN(3)) * time.Minute}
	case 5:
		if rng.IntN(2) == 0 {
			return fac, PauseTimer{}
		}
		return fac, ResumeTimer{}
	case 6:
		return who, CheckIn{Word: text}
	case 7:
		return who, StatePosition{Text: text}
	case 8:
		return who, WriteCard{Answers: map[string]string{"position": text, "care": "people"}}
	case 9:
		return who, PassTalkingStick{}
	case 10:
		if rng.IntN(2) == 0 {
			return who, AddToCard{Text: text}
		}
		return who, NoteHeard{Text: text}
	case 11:
		return who, AskQuestion{Perspective: card, Text: text}
	case 12:
		return who, AnswerQuestion{Question: anyID(), Text: text}
	case 13:
		return who, SayYes{Perspective: card, Yes: text}
	case 14:
		return who, SayAnd{Build: anyID(), And: text}
	case 15:
		if rng.IntN(2) == 0 {
			return who, AddPro{Perspective: card, Text: text}
		}
		return who, AddCon{Perspective: card, Text: text}
	case 16:
		return who, ClimbLadder{Perspective: card, Text: text}
	case 17:
		if rng.IntN(3) == 0 {
			return who, SetQuestion{Text: text}
		}
		return who, SetGoal{Text: text}
	case 18:
		return who, ProposeDraft{Believe: text, Because: "because"}
	case 19:
		if rng.IntN(3) > 0 {
			return fac, OpenVote{}
		}
		return fac, CloseVote{}
	case 20:
		return who, CastVote{Score: rng.IntN(7) - 1, Concern: text}
	case 21:
		return who, Withdraw{ID: anyID()}
	case 22:
		return who, MarkReady{Ready: rng.IntN(2) == 0}
	case 23:
		return who, Reflect{Text: text}
	case 24:
		return who, AcceptAgreements{}
	case 25:
		return "stranger", Join{Name: text}
	case 26:
		return who, Rename{Name: text}
	case 27:
		return who, ChooseRole{Role: text}
	case 28:
		if rng.IntN(2) == 0 {
			return who, TakeFacilitation{}
		}
		return fac, HandOver{To: people[rng.IntN(len(people))]}
	default:
		return fac, LockRoom{Locked: rng.IntN(2) == 0}
	}
}

// comeAndGo now and then has someone leave the room, or come back: votes
// open for those present, and the facilitator's role opens to them when the
// facilitator is away.
func comeAndGo(rng *rand.Rand, f *fixture) {
	if rng.IntN(20) > 0 {
		return
	}
	people := []ParticipantID{coach, maya, sam, lee}
	id := people[rng.IntN(len(people))]
	if _, here := f.leaves[id]; here {
		f.leave(id)
	} else {
		f.enter(id)
	}
}

// commandCases is how many cases randomCommand's switch has: a new case
// raises it.
const commandCases = 30

// fitting lists, per phase kind, the cases of randomCommand that may be
// accepted in it.
var fitting = map[content.Kind][]int{
	content.KindCheckIn:        {6, 22, 24, 0},
	content.KindFrame:          {17, 4, 5, 0},
	content.KindDiscussion:     {7, 21, 0},
	content.KindSilentWriting:  {8, 8, 0},
	content.KindRevealRound:    {9, 10, 10, 0},
	content.KindInquiry:        {11, 12, 0},
	content.KindYesAnd:         {13, 14, 21, 0},
	content.KindProsCons:       {15, 15, 2},
	content.KindOneLevelHigher: {16, 17, 0},
	content.KindPointOfView:    {18, 0},
	content.KindConsent:        {19, 20, 20, 18},
	content.KindClose:          {23, 2},
}

// TestReplayGivesTheSameRoom drives rooms with random command sequences,
// then replays the store into a new hub: every room must come back equal,
// to the byte of its export, and no projection may show a hidden card.
//
//nolint:tparallel // the seeds fill one map of events seen, read after them
func TestReplayGivesTheSameRoom(t *testing.T) {
	t.Parallel()
	for _, k := range content.Kinds {
		if len(fitting[k]) == 0 {
			t.Fatalf("fitting has no commands for a %s phase: add the cases of randomCommand that fit it", k)
		}
	}
	seen := map[string]bool{}
	for seed := range uint64(20) {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			f := newFixture(t, WithLimits(Limits{FacilitatorAway: DefaultFacilitatorAway}))
			rng := rand.New(rand.NewPCG(seed, 42))
			accepted := 0
			for range 400 {
				comeAndGo(rng, f)
				who, cmd := randomCommand(rng, f.room())
				f.clock.Advance(time.Duration(rng.IntN(60)) * time.Second)
				if res, err := f.hub.Do(f.ctx, f.code, who, cmd); err == nil {
					accepted++
					seen[res.Event.Body.EventType()] = true
				} else if _, ok := err.(*Refusal); !ok {
					t.Fatalf("%s %T: not a refusal: %v", who, cmd, err)
				}
				assertNoHiddenCardShows(t, f.room())
			}
			if accepted < 60 {
				t.Fatalf("only %d of 400 commands were accepted: the sequence explores too little", accepted)
			}
			live := f.room()
			again, err := NewHub(context.Background(), f.store)
			if err != nil {
				t.Fatal(err)
			}
			replayed, err := again.Room(f.code)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(live, replayed) {
				a, _ := json.MarshalIndent(live, "", " ")
				b, _ := json.MarshalIndent(replayed, "", " ")
				t.Fatalf("the replayed room differs from the live one:\n%s\n---\n%s", a, b)
			}
			for _, viewer := range []ParticipantID{Nobody, maya, coach} {
				a, _ := ExportJSON(ViewFor(live, viewer))
				b, _ := ExportJSON(ViewFor(replayed, viewer))
				if !bytes.Equal(a, b) || !bytes.Equal(ExportMarkdown(ViewFor(live, viewer)), ExportMarkdown(ViewFor(replayed, viewer))) {
					t.Fatalf("exports for %q differ after replay", viewer)
				}
			}
		})
	}
	// Every kind of event but the room's opening, and its archiving by
	// whoever runs trio, came from a command; the events only a
	// workshop's rooms have come from TestWorkshopReplayGivesTheSameRooms.
	for typ := range eventTypes {
		if !seen[typ] && typ != "room-opened" && typ != "room-archived" && !onlyInWorkshopRooms[typ] {
			t.Errorf("no random sequence produced a %s event", typ)
		}
	}
}

func assertNoHiddenCardShows(t *testing.T, r Room) {
	t.Helper()
	for _, viewer := range []ParticipantID{Nobody, coach, maya, sam, lee} {
		v := ViewFor(r, viewer)
		for i, card := range v.Perspectives {
			truth := r.Perspectives[i]
			if !truth.Revealed && truth.Author != viewer && (len(card.Fields) > 0 || !card.Hidden) {
				t.Fatalf("%q sees %s's hidden card", viewer, truth.Author)
			}
		}
		if round, open := r.OpenRound(); open {
			for _, vote := range v.Votes[len(v.Votes)-1].Votes {
				if vote.Voter != viewer && vote.Score >= 0 {
					t.Fatalf("%q sees %s's secret vote in round %d", viewer, vote.Voter, round.Number)
				}
			}
		}
	}
}

func TestApplyNeverChangesTheRoomItWasGiven(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.writeCards()
	before := f.room()
	frozen, _ := json.Marshal(before)
	f.do(coach, NextPhase{})
	f.do(maya, AddToCard{Text: "more"})
	f.do(maya, PassTalkingStick{})
	f.do(maya, Withdraw{ID: f.card(maya)})
	after, _ := json.Marshal(before)
	if !bytes.Equal(frozen, after) {
		t.Fatal("a snapshot changed after later events were applied")
	}
}
